//! The learner's own account: what is stored about them (downloadable as JSON) and deleting the
//! account, with what deletion keeps said before anyone confirms it.

use super::organisation::MemberFacts;
use super::SignInFirst;
use crate::api::{my_organisations, DeleteAccount};
use crate::app::use_auth;
use crate::components::form::{field_error, Field, FormError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AccountPage() -> impl IntoView {
    let t = use_i18n();
    let auth = use_auth();
    let delete = auth.action::<DeleteAccount>();
    let query = use_query_map();
    let just_deleted = move || query.read().get("deleted").is_some();
    let page = move || {
        Suspend::new(async move {
            match auth.user.await {
                Ok(Some(user)) => view! { <Account name=user.name email=user.email delete/> }.into_any(),
                _ if just_deleted() => view! {
                    <Title text=t.t("account-deleted-title")/>
                    <article class="page narrow" id="account-deleted">
                        <h1>{t.t("account-deleted-title")}</h1>
                        <div class="alert alert-success" role="status"><p>{t.t("account-deleted-lead")}</p></div>
                        <p>{t.t("account-deleted-certificates")}</p>
                        <p><a href="/">{t.t("account-deleted-home")}</a></p>
                    </article>
                }
                .into_any(),
                _ => view! { <SignInFirst/> }.into_any(),
            }
        })
    };
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {page}
        </Transition>
    }
}

#[component]
fn Account(name: String, email: String, delete: ServerAction<DeleteAccount>) -> impl IntoView {
    let t = use_i18n();
    let value = delete.value();
    let confirm_error = field_error(value, "confirm");
    view! {
        <Title text=t.t("account-title")/>
        <article class="page narrow" id="account">
            <h1>{t.t("account-title")}</h1>
            <dl class="account-facts">
                <dt>{t.t("field-name")}</dt><dd id="account-name">{name}</dd>
                <dt>{t.t("field-email")}</dt><dd id="account-email">{email}</dd>
            </dl>

            <MyOrganisations/>

            <section aria-labelledby="data-heading">
                <h2 id="data-heading">{t.t("account-data-heading")}</h2>
                <p>{t.t("account-data-lead")}</p>
                // A plain link: a file, not a page of the application.
                <p><a href="/account/data.json" class="button" id="download-data" download>{t.t("account-data-download")}</a></p>
            </section>

            <section aria-labelledby="delete-heading" class="danger-zone">
                <h2 id="delete-heading">{t.t("account-delete-heading")}</h2>
                <p>{t.t("account-delete-lead")}</p>
                <p>{t.t("account-delete-kept")}</p>
                <FormError value/>
                <ActionForm action=delete attr:novalidate=true attr:class="form" attr:id="delete-account-form">
                    <Field label=t.t("field-password") name="password" kind="password" autocomplete="current-password"
                        hint=t.t("account-delete-password-hint") error=field_error(value, "password")/>
                    <div class="field field-check" class:field-invalid=move || confirm_error.get().is_some()>
                        {move || confirm_error.get().map(|e| view! { <p class="field-error" id="field-confirm-error">{e}</p> })}
                        <span class="check-row">
                            <input type="checkbox" id="field-confirm" name="confirm" value="yes" aria-required="true"
                                aria-invalid=move || confirm_error.get().is_some().then_some("true")
                                aria-describedby=move || confirm_error.get().is_some().then_some("field-confirm-error")/>
                            <label for="field-confirm">{t.t("account-delete-confirm")}</label>
                        </span>
                    </div>
                    <button type="submit" class="button button-danger" id="delete-account"
                        aria-disabled=move || delete.pending().get().then_some("true")>
                        {move || if delete.pending().get() { t.t("working") } else { t.t("account-delete-submit") }}
                    </button>
                </ActionForm>
            </section>
        </article>
    }
}

/// The organisations the person belongs to, each with exactly the record it sees about them
/// (the same row its administrators see).
#[component]
fn MyOrganisations() -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let joined = move || query.read().get("joined").is_some();
    let orgs = Resource::new(|| (), |_| my_organisations());
    view! {
        <section aria-labelledby="organisations-heading" id="organisations">
            <h2 id="organisations-heading">{t.t("account-orgs-heading")}</h2>
            <Show when=joined>
                <div class="alert alert-success" role="status" id="joined"><p>{t.t("account-joined")}</p></div>
            </Show>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match orgs.await {
                        Ok(list) if list.is_empty() => view! { <p id="orgs-none-mine">{t.t("account-orgs-none")}</p> }.into_any(),
                        Ok(list) => view! {
                            <p>{t.t("account-orgs-lead")}</p>
                            {list.into_iter().enumerate().map(|(n, o)| view! {
                                <h3 id=format!("my-org-{n}")>{o.name}</h3>
                                <MemberFacts m=o.record id=format!("my-org-{n}-record")/>
                            }).collect_view()}
                        }
                        .into_any(),
                        Err(_) => view! { <p>{t.t("error-internal")}</p> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
