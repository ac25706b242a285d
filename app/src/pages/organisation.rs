//! `/organisations/:org`: an organisation's people and what the organisation sees about each,
//! its invitations, a form to invite one person and one to upload a roster for a dry run.

use super::SignInFirst;
use crate::api::{
    organisation, ChangeMemberRole, InviteMember, RemoveMember, RevokeInvitation, UploadRoster,
};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::clock::local_date;
use crate::domain::organisation::{OrgRole, Standing, WINDOWS};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{InvitationRow, MemberRecord, OrgOverview};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let org_id = move || params.read().get("org").and_then(|s| s.parse::<i64>().ok());
    let invite = ServerAction::<InviteMember>::new();
    let revoke = ServerAction::<RevokeInvitation>::new();
    let upload = ServerAction::<UploadRoster>::new();
    let manage = Manage {
        change: ServerAction::<ChangeMemberRole>::new(),
        remove: ServerAction::<RemoveMember>::new(),
    };
    let query = use_query_map();
    let list = move || {
        let q = query.read();
        (
            q.get("standing"),
            q.get("within").and_then(|s| s.parse::<i64>().ok()),
            q.get("page").and_then(|s| s.parse::<i64>().ok()),
        )
    };
    let overview = Resource::new(
        move || {
            (
                org_id(),
                list(),
                invite.version().get(),
                revoke.version().get(),
                manage.change.version().get() + manage.remove.version().get(),
            )
        },
        |(id, (standing, within, page), _, _, _)| async move {
            match id {
                Some(id) => organisation(id, standing, within, page).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let page = move || {
        Suspend::new(async move {
            match overview.await {
                Ok(o) => view! { <Organisation o invite revoke upload manage/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
    }
}

/// The forms that change a person's place in the organisation.
#[derive(Clone, Copy)]
struct Manage {
    change: ServerAction<ChangeMemberRole>,
    remove: ServerAction<RemoveMember>,
}

#[component]
fn Organisation(
    o: OrgOverview,
    invite: ServerAction<InviteMember>,
    revoke: ServerAction<RevokeInvitation>,
    upload: ServerAction<UploadRoster>,
    manage: Manage,
) -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let flash = move || {
        let q = query.read();
        if let Some(n) = q.get("imported") {
            let n: i64 = n.parse().unwrap_or(0);
            Some(t.t_with("org-imported", &[("count", n.into())]))
        } else if q.get("changed").is_some() {
            Some(t.t("org-role-changed"))
        } else if q.get("removed").is_some() {
            Some(t.t("org-member-removed"))
        } else {
            q.get("invited").map(|_| t.t("org-invited"))
        }
    };
    let value = invite.value();
    let role_error = field_error(value, "role");
    let roster_value = upload.value();
    let roster_error = field_error(roster_value, "roster");
    let id = o.id;
    let can_read_files = RwSignal::new(false);
    Effect::new(move |_| can_read_files.set(true));
    let roster_text = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| read_roster_file(ev, roster_text);
    let (within, filter, total) = (o.within, o.standing, o.member_total);
    view! {
        <Title text=o.name.clone()/>
        <article class="page" id="organisation">
            <p class="breadcrumbs"><A href="/organisations">{t.t("orgs-title")}</A></p>
            <h1>{o.name.clone()}</h1>
            <p class="meta">{t.t(o.kind.message_key())}</p>
            {move || flash().map(|m| view! { <div class="alert alert-success" role="status" id="org-flash"><p>{m}</p></div> })}

            <Standings counts=o.standings within/>
            <super::org_figures::ModuleCompletion org_id=id modules=o.modules/>
            <super::org_figures::ProgressOverTime org_id=id weeks=o.weeks/>
            <super::cohorts::CohortsSection org_id=id cohorts=o.cohorts courses=o.courses today=o.today/>

            <section aria-labelledby="members-heading">
                <h2 id="members-heading">{t.t("org-members-heading")}</h2>
                <p class="hint">{t.t("org-members-lead")}</p>
                <FormError value=manage.change.value()/>
                <FormError value=manage.remove.value()/>
                {filter.map(|f| view! {
                    <p id="standing-filter" role="status">
                        {t.t_with("org-standing-filtered", &[("what", t.t_with(&format!("standing-{}", f.as_str()), &[("days", within.into())]).into()), ("count", total.into())])}
                        " "<a href="?" id="standing-all">{t.t("org-standing-all")}</a>
                    </p>
                })}
                <MemberTable members=o.members org_id=id manage/>
                <MemberPages page=o.page per_page=o.per_page total filter within/>
                // A plain link: a file, not a page of the application.
                <p><a href=format!("/organisations/{id}/people.csv") class="button" id="people-csv" download>{t.t("org-people-csv")}</a></p>
                <p><A href=format!("/organisations/{id}/verify") attr:id="org-verify-link">{t.t("org-verify-link")}</A></p>
                <p><A href=format!("/organisations/{id}/api") attr:id="org-api-link">{t.t("org-api-link")}</A></p>
                <p><A href=format!("/organisations/{id}/webhooks") attr:id="org-webhooks-link">{t.t("org-webhooks-link")}</A></p>
                <p><A href=format!("/organisations/{id}/xapi") attr:id="org-xapi-link">{t.t("org-xapi-link")}</A></p>
                <p><A href=format!("/organisations/{id}/sign-in") attr:id="org-sso-link">{t.t("org-sso-link")}</A></p>
            </section>

            <section aria-labelledby="invitations-heading">
                <h2 id="invitations-heading">{t.t("org-invitations-heading")}</h2>
                <InvitationTable org_id=id invitations=o.invitations revoke/>
                <p><a href=format!("/organisations/{id}/invitations.csv") class="button" id="invitations-csv" download>{t.t("org-invitations-csv")}</a></p>
            </section>

            <section class="panel" aria-labelledby="invite-heading">
                <h2 id="invite-heading">{t.t("org-invite-heading")}</h2>
                <FormError value/>
                <ActionForm action=invite attr:class="form" attr:id="invite-form" attr:novalidate=true>
                    <input type="hidden" name="org_id" value=id/>
                    <Field label=t.t("field-name") name="name" error=field_error(value, "name")/>
                    <Field label=t.t("field-email") name="email" kind="email" error=field_error(value, "email")/>
                    <div class="field" class:field-invalid=move || role_error.get().is_some()>
                        <label for="field-role">{t.t("org-role")}</label>
                        {move || role_error.get().map(|e| view! { <p class="field-error" id="field-role-error">{e}</p> })}
                        <select id="field-role" name="role">
                            {[OrgRole::Member, OrgRole::Admin].into_iter().map(|r| view! {
                                <option value=r.as_str()>{t.t(r.message_key())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Submit label=t.t("org-invite") id="invite-submit" pending=invite.pending()/>
                </ActionForm>
            </section>

            <section class="panel" aria-labelledby="roster-heading">
                <h2 id="roster-heading">{t.t("org-roster-heading")}</h2>
                <p>{t.t("org-roster-lead")}</p>
                <FormError value=roster_value/>
                <ActionForm action=upload attr:class="form" attr:id="roster-form" attr:novalidate=true>
                    <input type="hidden" name="org_id" value=id/>
                    // Only with JavaScript: a chosen file is read into the text area below, which is
                    // what the form sends (the picker has no name, so it sends nothing itself).
                    <div class="field" hidden=move || !can_read_files.get()>
                        <label for="field-roster-file">{t.t("org-roster-file")}</label>
                        <input type="file" id="field-roster-file" accept=".csv,.txt,text/csv,text/plain" on:change=on_file/>
                    </div>
                    <div class="field" class:field-invalid=move || roster_error.get().is_some()>
                        <label for="field-roster">{t.t("org-roster-field")}</label>
                        <p class="hint" id="field-roster-hint">{t.t("org-roster-hint")}</p>
                        {move || roster_error.get().map(|e| view! { <p class="field-error" id="field-roster-error">{e}</p> })}
                        <textarea id="field-roster" name="roster" rows="8" spellcheck="false" prop:value=move || roster_text.get()
                            aria-required="true"
                            aria-invalid=move || roster_error.get().is_some().then_some("true")
                            aria-describedby=move || if roster_error.get().is_some() { "field-roster-hint field-roster-error" } else { "field-roster-hint" }
                        ></textarea>
                    </div>
                    <Submit label=t.t("org-roster-check") id="roster-check" pending=upload.pending()/>
                </ActionForm>
            </section>
        </article>
    }
}

/// The people of the organisation with what it sees about each (the record each person sees
/// about themselves on their account page, as [`MemberFacts`]).
#[component]
fn MemberTable(members: Vec<MemberRecord>, org_id: i64, manage: Manage) -> impl IntoView {
    let t = use_i18n();
    if members.is_empty() {
        return view! { <p id="members-none">{t.t("org-members-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="members-heading">
            <table class="data-table" id="members">
                <thead>
                    <tr>
                        <th scope="col">{t.t("field-name")}</th>
                        <th scope="col">{t.t("field-email")}</th>
                        <th scope="col">{t.t("org-role")}</th>
                        <th scope="col">{t.t("org-joined")}</th>
                        <th scope="col" class="num">{t.t("org-lessons")}</th>
                        <th scope="col" class="num">{t.t("org-quizzes")}</th>
                        <th scope="col" class="num">{t.t("org-modules")}</th>
                        <th scope="col">{t.t("org-certificates")}</th>
                        <th scope="col">{t.t("cohorts-heading")}</th>
                        <th scope="col">{t.t("org-manage")}</th>
                    </tr>
                </thead>
                <tbody>
                    {members.into_iter().map(|m| view! { <MemberRow m org_id manage/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// One person's record as a list of facts (the account page: one record, a narrow column).
#[component]
pub fn MemberFacts(m: MemberRecord, id: String) -> impl IntoView {
    let t = use_i18n();
    view! {
        <dl class="account-facts" id=id>
            <dt>{t.t("field-name")}</dt><dd>{m.name.clone()}</dd>
            <dt>{t.t("field-email")}</dt><dd>{m.email.clone()}</dd>
            <dt>{t.t("org-role")}</dt><dd>{t.t(m.role.message_key())}</dd>
            <dt>{t.t("org-joined")}</dt><dd>{local_date(m.joined_at, t.lang())}</dd>
            <dt>{t.t("org-lessons")}</dt><dd data-fact="lessons">{m.lessons_completed}</dd>
            <dt>{t.t("org-quizzes")}</dt><dd data-fact="quizzes">{m.quizzes_passed}</dd>
            <dt>{t.t("org-modules")}</dt><dd data-fact="modules">{m.modules_completed}</dd>
            <dt>{t.t("org-certificates")}</dt><dd data-fact="certificates">{certificate_list(m.certificates)}</dd>
            <dt>{t.t("cohorts-heading")}</dt><dd data-fact="cohorts">{super::cohorts::cohort_list(m.cohorts)}</dd>
        </dl>
    }
}

fn certificate_list(certificates: Vec<crate::wire::MemberCertificate>) -> AnyView {
    let t = use_i18n();
    if certificates.is_empty() {
        return view! { <span>{t.t("org-no-certificates")}</span> }.into_any();
    }
    view! {
        <ul class="plain-list">
            {certificates.into_iter().map(|c| view! {
                <li>
                    <A href=format!("/verify/{}", c.code)><span class="code">{c.code.clone()}</span></A>
                    " · "{t.t(&format!("certificate-status-{}", c.status))}
                    " · "{t.t_with("org-expires", &[("date", local_date(c.expires_at, t.lang()).into())])}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn MemberRow(m: MemberRecord, org_id: i64, manage: Manage) -> impl IntoView {
    let t = use_i18n();
    let certificates = certificate_list(m.certificates);
    let cohorts = super::cohorts::cohort_list(m.cohorts);
    let (user_id, role) = (m.user_id, m.role);
    let role_label = format!("{} – {}", t.t("org-role"), m.name);
    let select_id = format!("role-{user_id}");
    let other = match role {
        OrgRole::Admin => OrgRole::Member,
        OrgRole::Member => OrgRole::Admin,
    };
    let remove_label = t.t_with("org-remove-confirm", &[("name", m.name.clone().into())]);
    view! {
        <tr data-email=m.email.clone()>
            <th scope="row"><A href=format!("/organisations/{org_id}/people/{user_id}")>{m.name}</A></th>
            <td>{m.email.clone()}</td>
            <td>{t.t(m.role.message_key())}</td>
            <td>{local_date(m.joined_at, t.lang())}</td>
            <td class="num">{m.lessons_completed}</td>
            <td class="num">{m.quizzes_passed}</td>
            <td class="num">{m.modules_completed}</td>
            <td>{certificates}</td>
            <td>{cohorts}</td>
            <td class="manage-cell">
                <ActionForm action=manage.change attr:class="inline-form">
                    <input type="hidden" name="org_id" value=org_id/>
                    <input type="hidden" name="user_id" value=user_id/>
                    <label class="visually-hidden" for=select_id.clone()>{role_label}</label>
                    <select id=select_id name="role" class="role-select">
                        {[role, other].into_iter().map(|r| view! {
                            <option value=r.as_str() selected=r == role>{t.t(r.message_key())}</option>
                        }).collect_view()}
                    </select>
                    <button type="submit" class="button button-small" data-change=user_id>{t.t("org-change-role")}</button>
                </ActionForm>
                <details class="remove-member">
                    <summary>{t.t("org-remove")}</summary>
                    <p class="hint">{t.t("org-remove-lead")}</p>
                    <ActionForm action=manage.remove>
                        <input type="hidden" name="org_id" value=org_id/>
                        <input type="hidden" name="user_id" value=user_id/>
                        <button type="submit" class="button button-small button-danger" data-remove=user_id>{remove_label}</button>
                    </ActionForm>
                </details>
            </td>
        </tr>
    }
}

#[component]
fn InvitationTable(
    org_id: i64,
    invitations: Vec<InvitationRow>,
    revoke: ServerAction<RevokeInvitation>,
) -> impl IntoView {
    let t = use_i18n();
    if invitations.is_empty() {
        return view! { <p id="invitations-none">{t.t("org-invitations-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="invitations-heading">
            <table class="data-table" id="invitations">
                <thead>
                    <tr>
                        <th scope="col">{t.t("field-name")}</th>
                        <th scope="col">{t.t("field-email")}</th>
                        <th scope="col">{t.t("org-role")}</th>
                        <th scope="col">{t.t("org-invitation-state")}</th>
                        <th scope="col">{t.t("org-invitation-expires")}</th>
                        <th scope="col"><span class="visually-hidden">{t.t("org-revoke")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {invitations.into_iter().map(|i| {
                        let open = i.state == "open" || i.state == "expired";
                        let label = format!("{} – {}", t.t("org-revoke"), i.email);
                        view! {
                            <tr data-email=i.email.clone() data-state=i.state.clone()>
                                <th scope="row">{i.name}</th>
                                <td>{i.email.clone()}</td>
                                <td>{t.t(i.role.message_key())}</td>
                                <td>{t.t(&format!("invitation-state-{}", i.state))}</td>
                                <td>{local_date(i.expires_at, t.lang())}</td>
                                <td>
                                    {open.then(|| view! {
                                        <ActionForm action=revoke>
                                            <input type="hidden" name="org_id" value=org_id/>
                                            <input type="hidden" name="invitation_id" value=i.id/>
                                            <button type="submit" class="link-button" aria-label=label>{t.t("org-revoke")}</button>
                                        </ActionForm>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// How many people hold a valid certificate, one expiring within the window, only lapsed ones, or
/// none; each count links to the people it counts. The window is chosen with a plain form.
#[component]
fn Standings(counts: Vec<(Standing, i64)>, within: i64) -> impl IntoView {
    let t = use_i18n();
    let mut windows = WINDOWS;
    windows.sort_unstable();
    view! {
        <section aria-labelledby="standing-heading" id="standing">
            <h2 id="standing-heading">{t.t("org-standing-heading")}</h2>
            <ul class="standing-summary" id="standing-summary">
                {counts.into_iter().map(|(s, n)| view! {
                    <li data-standing=s.as_str()>
                        <a href=format!("?standing={}&within={within}", s.as_str())>
                            <span class="standing-count">{n}</span>" "
                            <span>{t.t_with(&format!("standing-{}", s.as_str()), &[("days", within.into())])}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
            <form method="get" class="inline-form standing-form" id="standing-form">
                <label for="field-within">{t.t("org-standing-within")}</label>
                <select id="field-within" name="within">
                    {windows.into_iter().map(|d| view! {
                        <option value=d selected=d == within>{t.t_with("org-standing-days", &[("days", d.into())])}</option>
                    }).collect_view()}
                </select>
                <button type="submit" class="button button-small" id="standing-apply">{t.t("org-standing-apply")}</button>
            </form>
        </section>
    }
}

/// Which people of how many the list shows, with links to the page before and after (keeping
/// the standing and the window). Nothing when everyone fits on one page.
#[component]
fn MemberPages(
    page: i64,
    per_page: i64,
    total: i64,
    filter: Option<Standing>,
    within: i64,
) -> impl IntoView {
    let t = use_i18n();
    if total <= per_page {
        return ().into_any();
    }
    let last = (total + per_page - 1) / per_page;
    let from = (page - 1) * per_page + 1;
    let to = (page * per_page).min(total);
    let href = move |p: i64| match filter {
        Some(f) => format!("?standing={}&within={within}&page={p}", f.as_str()),
        None => format!("?within={within}&page={p}"),
    };
    view! {
        <nav class="pager member-pages" id="member-pages" aria-label=t.t("org-members-pages")>
            <p id="member-range" role="status">{t.t_with("org-members-range", &[("from", from.into()), ("to", to.into()), ("total", total.into())])}</p>
            {(page > 1).then(|| view! {
                <A href=href(page - 1) attr:class="pager-prev" attr:id="members-prev" attr:rel="prev">{t.t("org-members-previous")}</A>
            })}
            {(page < last).then(|| view! {
                <A href=href(page + 1) attr:class="pager-next" attr:id="members-next" attr:rel="next">{t.t("org-members-next")}</A>
            })}
        </nav>
    }
    .into_any()
}

/// Reads the chosen file into `into`: as UTF-8, or, when it is not valid UTF-8, as Windows-1252
/// (what Excel in Norway and Sweden writes for "CSV (semicolon separated)").
fn read_roster_file(ev: leptos::ev::Event, into: RwSignal<String>) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            leptos::task::spawn_local(async move {
                let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await
                else {
                    return;
                };
                let bytes = js_sys::Uint8Array::new(&buffer);
                let strict = web_sys::TextDecoderOptions::new();
                strict.set_fatal(true);
                let text = web_sys::TextDecoder::new_with_label_and_options("utf-8", &strict)
                    .and_then(|d| d.decode_with_buffer_source(&bytes))
                    .or_else(|_| {
                        web_sys::TextDecoder::new_with_label("windows-1252")
                            .and_then(|d| d.decode_with_buffer_source(&bytes))
                    });
                if let Ok(text) = text {
                    into.set(text);
                }
            });
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, into);
}

/// `/organisations/:org/people/:person`: one person, as the organisation sees them (the record
/// they see on their account page) with each module, completed or not.
#[component]
pub fn OrgPersonPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let ids = move || {
        let p = params.read();
        (
            p.get("org").and_then(|s| s.parse::<i64>().ok()),
            p.get("person").and_then(|s| s.parse::<i64>().ok()),
        )
    };
    let data = Resource::new(ids, |(org, person)| async move {
        match (org, person) {
            (Some(org), Some(person)) => crate::api::org_person(org, person).await,
            _ => Err(AppError::NotFound),
        }
    });
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(v) => view! { <OrgPerson v/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("org-person-title")/>
        <article class="page" id="org-person">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn OrgPerson(v: crate::wire::OrgPersonView) -> impl IntoView {
    let t = use_i18n();
    let lang = t.lang();
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{}", v.org_id)>{v.org_name.clone()}</A></p>
        <h1>{v.record.name.clone()}</h1>
        <MemberFacts m=v.record id="person-record".to_string()/>
        <section aria-labelledby="person-modules-heading">
            <h2 id="person-modules-heading">{t.t("org-person-modules")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="person-modules-heading">
                <table class="data-table" id="person-modules">
                    <thead>
                        <tr>
                            <th scope="col">{t.t("org-module")}</th>
                            <th scope="col">{t.t("org-person-completed")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {v.modules.into_iter().map(|m| view! {
                            <tr data-module=m.module_id.clone() data-done=m.completed_at.is_some().to_string()>
                                <th scope="row"><span class="meta">{m.course_title}</span><br/>{m.module_title}</th>
                                <td>{match m.completed_at {
                                    Some(at) => local_date(at, lang),
                                    None => t.t("org-person-not-yet"),
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
