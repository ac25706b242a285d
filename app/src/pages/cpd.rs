//! `/certificates/cpd`: the learner's log of continuing professional development, which
//! certificate renewal counts, with a form to add an entry and a button to remove a mistake.

use super::SignInFirst;
use crate::api::{my_cpd, AddCpd, RemoveCpd};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::hours::display_hours;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::CpdEntryView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn CpdPage() -> impl IntoView {
    let t = use_i18n();
    let add = ServerAction::<AddCpd>::new();
    let remove = ServerAction::<RemoveCpd>::new();
    let log = Resource::new(
        move || (add.version().get(), remove.version().get()),
        |_| my_cpd(),
    );
    let value = add.value();
    let pending = add.pending();
    view! {
        <Title text=t.t("cpd-title")/>
        <article class="page narrow" id="cpd">
            <p><A href="/certificates">{t.t("certificates-title")}</A></p>
            <h1>{t.t("cpd-title")}</h1>
            <p class="lead">{t.t("cpd-lead")}</p>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match log.await {
                        Ok(entries) => view! { <CpdTable entries remove/> }.into_any(),
                        Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                        Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                    }
                })}
            </Transition>
            <section class="panel" aria-labelledby="cpd-add-heading">
                <h2 id="cpd-add-heading">{t.t("cpd-add-heading")}</h2>
                <FormError value/>
                <ActionForm action=add attr:class="form" attr:id="cpd-form">
                    <Field label=t.t("cpd-activity") name="activity" hint=t.t("cpd-activity-hint") error=field_error(value, "activity")/>
                    <Field label=t.t("cpd-provider") name="provider" error=field_error(value, "provider")/>
                    <Field label=t.t("cpd-done-on") name="done_on" kind="date" error=field_error(value, "done_on")/>
                    <Field label=t.t("cpd-hours") name="hours" hint=t.t("cpd-hours-hint") error=field_error(value, "hours")/>
                    <Field label=t.t("cpd-attested-by") name="attested_by" hint=t.t("cpd-attested-hint") error=field_error(value, "attested_by")/>
                    <Submit label=t.t("cpd-add") id="cpd-add" pending/>
                </ActionForm>
            </section>
        </article>
    }
}

#[component]
fn CpdTable(entries: Vec<CpdEntryView>, remove: ServerAction<RemoveCpd>) -> impl IntoView {
    let t = use_i18n();
    if entries.is_empty() {
        return view! { <p id="cpd-none">{t.t("cpd-none")}</p> }.into_any();
    }
    let total: i64 = entries.iter().map(|e| e.hours_tenths).sum();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cpd-caption">
            <table class="data-table" id="cpd-log">
                <caption id="cpd-caption">{t.t_with("cpd-total", &[("hours", display_hours(total, t.lang()).into())])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.t("cpd-done-on")}</th>
                        <th scope="col">{t.t("cpd-activity")}</th>
                        <th scope="col">{t.t("cpd-provider")}</th>
                        <th scope="col" class="num">{t.t("cpd-hours")}</th>
                        <th scope="col">{t.t("cpd-attested-by")}</th>
                        <th scope="col"><span class="visually-hidden">{t.t("cpd-remove")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {entries.into_iter().map(|e| view! {
                        <tr data-id=e.id>
                            <td>{e.done_on.clone()}</td>
                            <th scope="row">{e.activity.clone()}</th>
                            <td>{e.provider.clone()}</td>
                            <td class="num">{display_hours(e.hours_tenths, t.lang())}</td>
                            <td>{e.attested_by.clone()}</td>
                            <td>
                                <ActionForm action=remove>
                                    <input type="hidden" name="id" value=e.id/>
                                    <button type="submit" class="link-button" aria-label=format!("{} – {}", t.t("cpd-remove"), e.activity)>
                                        {t.t("cpd-remove")}
                                    </button>
                                </ActionForm>
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
