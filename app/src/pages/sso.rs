//! The pages a sign-in through an organisation can end on: `/sso/failed` (why it did not work,
//! nothing was made) and `/sso/link` (an account has this email: its password links the two).

use crate::api::{sso_link_info, LinkSso};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::sso::SsoFailure;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SsoFailedPage() -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let reason = move || {
        query
            .read()
            .get("reason")
            .and_then(|r| SsoFailure::parse(&r))
            .unwrap_or(SsoFailure::Denied)
    };
    view! {
        <Title text=t.t("sso-failed-title")/>
        <section class="page narrow" id="sso-failed">
            <h1>{t.t("sso-failed-title")}</h1>
            <div class="alert alert-error" role="alert" id="sso-failed-reason" data-reason=move || reason().code()>
                <p>{move || t.t(&reason().message_key())}</p>
            </div>
            <p>{t.t("sso-failed-nothing")}</p>
            <p><A href="/sign-in" attr:id="sso-failed-back">{t.t("sso-failed-back")}</A></p>
        </section>
    }
}

#[component]
pub fn SsoLinkPage() -> impl IntoView {
    let t = use_i18n();
    let action = ServerAction::<LinkSso>::new();
    let value = action.value();
    let info = Resource::new(|| (), |_| sso_link_info());
    let page = move || {
        Suspend::new(async move {
            match info.await {
                Ok(Some(v)) => view! {
                    <p id="sso-link-lead">{t.t_with("sso-link-lead", &[("org", v.org_name.clone().into()), ("email", v.email.clone().into())])}</p>
                    <p class="hint">{t.t("sso-link-why")}</p>
                    <FormError value/>
                    <ActionForm action attr:class="form" attr:id="sso-link-form" attr:novalidate=true>
                        <Field label=t.t("field-password") name="password" kind="password" autocomplete="current-password" error=field_error(value, "password")/>
                        <Submit label=t.t("sso-link-submit") id="sso-link-submit" pending=action.pending()/>
                    </ActionForm>
                    <p><A href="/" attr:id="sso-link-cancel">{t.t("sso-link-cancel")}</A></p>
                }
                .into_any(),
                Ok(None) => view! {
                    <div class="alert alert-error" role="alert" id="sso-link-expired"><p>{t.t("sso-link-expired")}</p></div>
                    <p><A href="/sign-in">{t.t("sso-failed-back")}</A></p>
                }
                .into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("sso-link-title")/>
        <section class="page narrow" id="sso-link">
            <h1>{t.t("sso-link-title")}</h1>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </section>
    }
}
