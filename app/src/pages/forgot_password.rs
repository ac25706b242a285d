//! Ask for a password reset link by email.

use crate::api::RequestPasswordReset;
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let t = use_i18n();
    let action = ServerAction::<RequestPasswordReset>::new();
    let value = action.value();
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some();
    view! {
        <Title text=t.t("forgot-title")/>
        <section class="page narrow">
            <h1>{t.t("forgot-title")}</h1>
            <Show
                when=sent
                fallback=move || view! {
                    <p class="lead">{t.t("forgot-lead")}</p>
                    <FormError value/>
                    <ActionForm action attr:novalidate=true attr:class="form" attr:id="forgot-form">
                        <Field label=t.t("field-email") name="email" kind="email" autocomplete="email" error=field_error(value, "email")/>
                        <Submit label=t.t("forgot-submit") id="forgot-submit" pending=action.pending()/>
                    </ActionForm>
                }
            >
                <div class="alert alert-success" role="status" id="reset-sent"><p>{t.t("forgot-sent")}</p></div>
            </Show>
        </section>
    }
}
