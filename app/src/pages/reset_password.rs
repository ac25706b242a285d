//! Choose a new password with the link from the reset email.

use crate::api::ResetPassword;
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::domain::NewPassword;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let t = use_i18n();
    let action = ServerAction::<ResetPassword>::new();
    let value = action.value();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let expired =
        move || value.with(|v| matches!(v, Some(Err(crate::error::AppError::LinkExpired))));
    view! {
        <Title text=t.t("reset-title")/>
        <section class="page narrow">
            <h1>{t.t("reset-title")}</h1>
            <FormError value/>
            <Show when=expired>
                <p><A href="/forgot-password">{t.t("reset-ask-again")}</A></p>
            </Show>
            <ActionForm action attr:novalidate=true attr:class="form" attr:id="reset-form">
                <input type="hidden" name="token" value=token/>
                <Field
                    label=t.t("field-new-password")
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint=t.t_with("password-hint", &[("min", (NewPassword::MIN_CHARS as u32).into())])
                    error=field_error(value, "password")
                />
                <Submit label=t.t("reset-submit") id="reset-submit" pending=action.pending()/>
            </ActionForm>
        </section>
    }
}
