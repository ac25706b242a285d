//! Cohorts: the organisation page's section (each cohort with where its people stand, a form to
//! make one) and `/organisations/:org/cohorts/:cohort` (its people, adding and removing them).

use super::SignInFirst;
use crate::api::{cohort, AddToCohort, CreateCohort, RemoveFromCohort};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::clock::{format_date, local_date};
use crate::domain::cohort::CohortState;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{CohortSummary, CohortView, MemberCohort};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// A calendar day (days since 1970) as people write it; noon, so no time zone moves it.
fn day(d: i64, lang: crate::domain::Lang) -> String {
    local_date(d * 86_400 + 12 * 3600, lang)
}

#[component]
pub fn CohortsSection(
    org_id: i64,
    cohorts: Vec<CohortSummary>,
    courses: Vec<(String, String)>,
    today: i64,
) -> impl IntoView {
    let t = use_i18n();
    let create = ServerAction::<CreateCohort>::new();
    let value = create.value();
    let course_error = field_error(value, "course_id");
    let deadline_error = field_error(value, "deadline");
    let lang = t.lang();
    view! {
        <section aria-labelledby="cohorts-heading" id="cohorts-section">
            <h2 id="cohorts-heading">{t.t("cohorts-heading")}</h2>
            <p class="hint">{t.t("cohorts-lead")}</p>
            {if cohorts.is_empty() {
                view! { <p id="cohorts-none">{t.t("cohorts-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cohorts-heading">
                        <table class="data-table" id="cohorts">
                            <thead>
                                <tr>
                                    <th scope="col">{t.t("cohort-name")}</th>
                                    <th scope="col">{t.t("cohort-course")}</th>
                                    <th scope="col">{t.t("cohort-deadline")}</th>
                                    <th scope="col" class="num">{t.t("cohort-members")}</th>
                                    {CohortState::ALL.map(|s| view! { <th scope="col" class="num">{t.t(&format!("cohort-state-{}", s.as_str()))}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {cohorts.into_iter().map(|c| view! {
                                    <tr data-cohort=c.id>
                                        <th scope="row"><A href=format!("/organisations/{org_id}/cohorts/{}", c.id)>{c.name}</A></th>
                                        <td>{c.course_title}</td>
                                        <td>{day(c.deadline_day, lang)}</td>
                                        <td class="num">{c.members}</td>
                                        <td class="num" data-state="done">{c.done}</td>
                                        <td class="num" data-state="in_progress">{c.in_progress}</td>
                                        <td class="num" data-state="not_started">{c.not_started}</td>
                                        <td class="num" data-state="overdue">{c.overdue}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <p><a href=format!("/organisations/{org_id}/cohorts.csv") class="button" id="cohorts-csv" download>{t.t("cohorts-csv")}</a></p>
                }.into_any()
            }}
            <details class="panel" id="cohort-new">
                <summary>{t.t("cohort-new")}</summary>
                <FormError value/>
                <ActionForm action=create attr:class="form" attr:id="cohort-form" attr:novalidate=true>
                    <input type="hidden" name="org_id" value=org_id/>
                    <Field label=t.t("cohort-name") name="name" error=field_error(value, "name")/>
                    <div class="field" class:field-invalid=move || course_error.get().is_some()>
                        <label for="field-course_id">{t.t("cohort-course")}</label>
                        {move || course_error.get().map(|e| view! { <p class="field-error" id="field-course_id-error">{e}</p> })}
                        <select id="field-course_id" name="course_id">
                            {courses.into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field" class:field-invalid=move || deadline_error.get().is_some()>
                        <label for="field-deadline">{t.t("cohort-deadline")}</label>
                        <p class="hint" id="field-deadline-hint">{t.t("cohort-deadline-hint")}</p>
                        {move || deadline_error.get().map(|e| view! { <p class="field-error" id="field-deadline-error">{e}</p> })}
                        <input type="date" id="field-deadline" name="deadline" min=format_date(today * 86_400)
                            aria-describedby=move || if deadline_error.get().is_some() { "field-deadline-hint field-deadline-error" } else { "field-deadline-hint" }
                            aria-invalid=move || deadline_error.get().is_some().then_some("true")/>
                    </div>
                    <Submit label=t.t("cohort-create") id="cohort-create" pending=create.pending()/>
                </ActionForm>
            </details>
        </section>
    }
}

/// A person's cohorts on their record (organisation page and account page).
pub fn cohort_list(cohorts: Vec<MemberCohort>) -> AnyView {
    let t = use_i18n();
    if cohorts.is_empty() {
        return view! { <span>"–"</span> }.into_any();
    }
    let lang = t.lang();
    view! {
        <ul class="plain-list">
            {cohorts.into_iter().map(|c| view! {
                <li data-cohort-state=c.state.as_str()>
                    {c.name}" · "{t.t_with("cohort-by", &[("date", day(c.deadline_day, lang).into())])}
                    " · "{t.t(&format!("cohort-state-{}", c.state.as_str()))}
                    " ("{t.t_with("org-modules-of", &[("done", c.done.into()), ("all", c.total.into())])}")"
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn CohortPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let ids = move || {
        let p = params.read();
        (
            p.get("org").and_then(|s| s.parse::<i64>().ok()),
            p.get("cohort").and_then(|s| s.parse::<i64>().ok()),
        )
    };
    let add = ServerAction::<AddToCohort>::new();
    let remove = ServerAction::<RemoveFromCohort>::new();
    let data = Resource::new(
        move || (ids(), add.version().get(), remove.version().get()),
        |((org, c), _, _)| async move {
            match (org, c) {
                (Some(org), Some(c)) => cohort(org, c).await,
                _ => Err(AppError::NotFound),
            }
        },
    );
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(v) => view! { <Cohort v add remove/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("cohort-title")/>
        <article class="page" id="cohort">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Cohort(
    v: CohortView,
    add: ServerAction<AddToCohort>,
    remove: ServerAction<RemoveFromCohort>,
) -> impl IntoView {
    let t = use_i18n();
    let lang = t.lang();
    let (org, c) = (v.org_id, v.cohort.clone());
    let cid = c.id;
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{org}")>{v.org_name.clone()}</A></p>
        <h1>{c.name.clone()}</h1>
        <p class="meta" id="cohort-facts">
            {c.course_title.clone()}" · "{t.t_with("cohort-by", &[("date", day(c.deadline_day, lang).into())])}
        </p>
        <ul class="standing-summary" id="cohort-summary">
            {[(CohortState::Done, c.done), (CohortState::InProgress, c.in_progress), (CohortState::NotStarted, c.not_started), (CohortState::Overdue, c.overdue)]
                .into_iter()
                .map(|(s, n)| view! {
                    <li data-state=s.as_str()><span class="standing-count">{n}</span>" "<span>{t.t(&format!("cohort-state-{}", s.as_str()))}</span></li>
                })
                .collect_view()}
        </ul>
        <FormError value=add.value()/>
        <FormError value=remove.value()/>
        <section aria-labelledby="cohort-members-heading">
            <h2 id="cohort-members-heading">{t.t("cohort-members")}</h2>
            {if v.members.is_empty() {
                view! { <p id="cohort-members-none">{t.t("cohort-members-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cohort-members-heading">
                        <table class="data-table figures" id="cohort-members">
                            <thead>
                                <tr>
                                    <th scope="col">{t.t("field-name")}</th>
                                    <th scope="col">{t.t("field-email")}</th>
                                    <th scope="col" class="bar-cell">{t.t("org-modules")}</th>
                                    <th scope="col">{t.t("api-state")}</th>
                                    <th scope="col"><span class="visually-hidden">{t.t("cohort-remove")}</span></th>
                                </tr>
                            </thead>
                            <tbody>
                                {v.members.into_iter().map(|m| {
                                    let of = t.t_with("org-modules-of", &[("done", m.done.into()), ("all", m.total.into())]);
                                    let label = format!("{} – {}", t.t("cohort-remove"), m.name);
                                    view! {
                                        <tr data-email=m.email.clone() data-state=m.state.as_str()>
                                            <th scope="row">{m.name.clone()}</th>
                                            <td>{m.email.clone()}</td>
                                            <td class="bar-cell">
                                                <progress max=m.total.max(1) value=m.done aria-label=of.clone()>{of.clone()}</progress>
                                                " "<span class="meta">{of}</span>
                                            </td>
                                            <td>{t.t(&format!("cohort-state-{}", m.state.as_str()))}</td>
                                            <td>
                                                <ActionForm action=remove>
                                                    <input type="hidden" name="org_id" value=org/>
                                                    <input type="hidden" name="cohort_id" value=cid/>
                                                    <input type="hidden" name="user_id" value=m.user_id/>
                                                    <button type="submit" class="link-button" aria-label=label>{t.t("cohort-remove")}</button>
                                                </ActionForm>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <p><a href=format!("/organisations/{org}/cohorts/{cid}/people.csv") class="button" id="cohort-csv" download>{t.t("org-people-csv")}</a></p>
                }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="cohort-add-heading">
            <h2 id="cohort-add-heading">{t.t("cohort-add-heading")}</h2>
            {let add_all = t.t_with("cohort-add-all", &[("count", (v.candidates.len() as i64).into())]);
            if v.candidates.is_empty() {
                view! { <p id="cohort-candidates-none">{t.t("cohort-candidates-none")}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=add attr:class="inline-form">
                        <input type="hidden" name="org_id" value=org/>
                        <input type="hidden" name="cohort_id" value=cid/>
                        <button type="submit" class="button" id="cohort-add-all">{add_all}</button>
                    </ActionForm>
                    <ul class="plain-list" id="cohort-candidates">
                        {v.candidates.into_iter().map(|p| {
                            let label = format!("{} – {}", t.t("cohort-add"), p.name);
                            let (name, email) = (p.name.clone(), p.email.clone());
                            view! {
                                <li data-email=p.email>
                                    <ActionForm action=add attr:class="inline-form">
                                        <input type="hidden" name="org_id" value=org/>
                                        <input type="hidden" name="cohort_id" value=cid/>
                                        <input type="hidden" name="user_id" value=p.user_id/>
                                        <span>{name}" "<span class="meta">{email}</span></span>" "
                                        <button type="submit" class="button button-small" aria-label=label>{t.t("cohort-add")}</button>
                                    </ActionForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
