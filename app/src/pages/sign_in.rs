//! Sign in with email and password.

use crate::api::SignIn;
use crate::app::use_auth;
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> impl IntoView {
    let t = use_i18n();
    let action = use_auth().action::<SignIn>();
    let value = action.value();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let reset_done = move || query.read().get("reset").is_some();
    view! {
        <Title text=t.t("sign-in-title")/>
        <section class="page narrow">
            <h1>{t.t("sign-in-title")}</h1>
            <Show when=reset_done>
                <div class="alert alert-success" role="status" id="reset-done"><p>{t.t("reset-done")}</p></div>
            </Show>
            <FormError value/>
            <ActionForm action attr:novalidate=true attr:class="form" attr:id="sign-in-form">
                <input type="hidden" name="next" value=next/>
                <Field label=t.t("field-email") name="email" kind="email" autocomplete="email" error=field_error(value, "email")/>
                <Field label=t.t("field-password") name="password" kind="password" autocomplete="current-password" error=field_error(value, "password")/>
                <Submit label=t.t("sign-in-submit") id="sign-in-submit" pending=action.pending()/>
            </ActionForm>
            <p><A href="/forgot-password" attr:id="forgot-password-link">{t.t("sign-in-forgot")}</A></p>
            <p>{t.t("sign-in-no-account")}" "<A href="/register">{t.t("nav-register")}</A></p>
        </section>
    }
}
