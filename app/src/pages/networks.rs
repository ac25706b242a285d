//! `/networks` (the learning networks one may see; platform administrators make them) and
//! `/networks/:network`: a network's figures per organisation and per module. Counts only: an
//! administrator sees individual people only on their own organisation's page.

use super::SignInFirst;
use crate::api::{network, networks, CreateNetwork, SetNetworkMember};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{NetworkView, NetworksView};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NetworksPage() -> impl IntoView {
    let t = use_i18n();
    let create = ServerAction::<CreateNetwork>::new();
    let list = Resource::new(move || create.version().get(), |_| networks());
    let page = move || {
        Suspend::new(async move {
            match list.await {
                Ok(l) => view! { <Networks l create/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("networks-title")/>
        <article class="page" id="networks">
            <h1>{t.t("networks-title")}</h1>
            <p>{t.t("networks-lead")}</p>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Networks(l: NetworksView, create: ServerAction<CreateNetwork>) -> impl IntoView {
    let t = use_i18n();
    let value = create.value();
    let admin = l.can_create;
    let l = l.networks;
    view! {
        {if l.is_empty() {
            view! { <p id="networks-none">{t.t("networks-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list" id="network-list">
                    {l.into_iter().map(|n| view! {
                        <li data-network=n.id>
                            <A href=format!("/networks/{}", n.id)>{n.name}</A>" "
                            <span class="meta">{t.t_with("networks-orgs", &[("count", n.organisations.into())])}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {admin.then(|| view! {
            <section class="panel" aria-labelledby="network-new-heading">
                <h2 id="network-new-heading">{t.t("network-new")}</h2>
                <FormError value/>
                <ActionForm action=create attr:class="form" attr:id="network-form" attr:novalidate=true>
                    <Field label=t.t("field-name") name="name" error=field_error(value, "name")/>
                    <Submit label=t.t("network-create") id="network-create" pending=create.pending()/>
                </ActionForm>
            </section>
        })}
    }
}

#[component]
pub fn NetworkPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("network")
            .and_then(|s| s.parse::<i64>().ok())
    };
    let set = ServerAction::<SetNetworkMember>::new();
    let data = Resource::new(
        move || (id(), set.version().get()),
        |(id, _)| async move {
            match id {
                Some(id) => network(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(v) => view! { <Network v set/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("networks-title")/>
        <article class="page" id="network">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Network(v: NetworkView, set: ServerAction<SetNetworkMember>) -> impl IntoView {
    let t = use_i18n();
    let nid = v.id;
    let total = |f: fn(&crate::wire::NetworkOrg) -> i64| v.organisations.iter().map(f).sum::<i64>();
    let (people, lessons, modules, certified) = (
        total(|o| o.people),
        total(|o| o.lessons),
        total(|o| o.modules),
        total(|o| o.certified),
    );
    let can_manage = v.can_manage;
    view! {
        <p class="breadcrumbs"><A href="/networks">{t.t("networks-title")}</A></p>
        <h1>{v.name.clone()}</h1>
        <p>{t.t("network-lead")}</p>
        <FormError value=set.value()/>
        <section aria-labelledby="network-orgs-heading">
            <h2 id="network-orgs-heading">{t.t("network-orgs-heading")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="network-orgs-heading">
                <table class="data-table" id="network-orgs">
                    <thead>
                        <tr>
                            <th scope="col">{t.t("network-org")}</th>
                            <th scope="col" class="num">{t.t("network-people")}</th>
                            <th scope="col" class="num">{t.t("org-lessons")}</th>
                            <th scope="col" class="num">{t.t("org-modules")}</th>
                            <th scope="col" class="num">{t.t("network-certified")}</th>
                            {can_manage.then(|| view! { <th scope="col"><span class="visually-hidden">{t.t("network-remove")}</span></th> })}
                        </tr>
                    </thead>
                    <tbody>
                        {v.organisations.iter().cloned().map(|o| {
                            let label = format!("{} – {}", t.t("network-remove"), o.name);
                            view! {
                                <tr data-org=o.id data-mine=o.mine.to_string()>
                                    <th scope="row">
                                        {if o.mine || can_manage {
                                            view! { <A href=format!("/organisations/{}", o.id)>{o.name.clone()}</A> }.into_any()
                                        } else {
                                            view! { <span>{o.name.clone()}</span> }.into_any()
                                        }}
                                        " "<span class="meta">{t.t(o.kind.message_key())}</span>
                                    </th>
                                    <td class="num" data-fact="people">{o.people}</td>
                                    <td class="num" data-fact="lessons">{o.lessons}</td>
                                    <td class="num" data-fact="modules">{o.modules}</td>
                                    <td class="num" data-fact="certified">{o.certified}</td>
                                    {can_manage.then(|| view! {
                                        <td>
                                            <ActionForm action=set>
                                                <input type="hidden" name="network_id" value=nid/>
                                                <input type="hidden" name="org_id" value=o.id/>
                                                <input type="hidden" name="join" value="false"/>
                                                <button type="submit" class="link-button" aria-label=label.clone()>{t.t("network-remove")}</button>
                                            </ActionForm>
                                        </td>
                                    })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr id="network-total">
                            <th scope="row">{t.t("network-total")}</th>
                            <td class="num">{people}</td>
                            <td class="num">{lessons}</td>
                            <td class="num">{modules}</td>
                            <td class="num">{certified}</td>
                            {can_manage.then(|| view! { <td></td> })}
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
        <section aria-labelledby="network-modules-heading">
            <h2 id="network-modules-heading">{t.t("network-modules-heading")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="network-modules-heading">
                <table class="data-table figures" id="network-modules">
                    <thead>
                        <tr>
                            <th scope="col">{t.t("org-module")}</th>
                            <th scope="col" class="num">{t.t("org-modules-completed")}</th>
                            <th scope="col" class="bar-cell"><span class="visually-hidden">{t.t("org-modules-share")}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {v.modules.into_iter().map(|m| {
                            let label = t.t_with("org-modules-of", &[("done", m.completed.into()), ("all", m.members.into())]);
                            view! {
                                <tr data-course=m.course_id.clone() data-module=m.module_id.clone()>
                                    <th scope="row"><span class="meta">{m.course_title}</span><br/>{m.module_title}</th>
                                    <td class="num" data-completed=m.completed>{label.clone()}</td>
                                    <td class="bar-cell"><progress max=m.members.max(1) value=m.completed aria-label=label></progress></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        {(can_manage && !v.candidates.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="network-add-heading">
                <h2 id="network-add-heading">{t.t("network-add")}</h2>
                <ActionForm action=set attr:class="inline-form" attr:id="network-add-form">
                    <input type="hidden" name="network_id" value=nid/>
                    <input type="hidden" name="join" value="true"/>
                    <label for="field-org_id">{t.t("network-org")}</label>
                    <select id="field-org_id" name="org_id">
                        {v.candidates.clone().into_iter().map(|o| view! { <option value=o.id>{o.name}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="button button-small" id="network-add">{t.t("network-add")}</button>
                </ActionForm>
            </section>
        })}
    }
}
