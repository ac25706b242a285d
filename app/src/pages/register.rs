//! Create an account.

use crate::api::Register;
use crate::app::use_auth;
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::domain::NewPassword;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let t = use_i18n();
    let action = use_auth().action::<Register>();
    let value = action.value();
    view! {
        <Title text=t.t("register-title")/>
        <section class="page narrow">
            <h1>{t.t("register-title")}</h1>
            <p class="lead">{t.t("register-lead")}</p>
            <FormError value/>
            <ActionForm action attr:novalidate=true attr:class="form" attr:id="register-form">
                <Field label=t.t("field-name") name="name" autocomplete="name" error=field_error(value, "name")/>
                <Field label=t.t("field-email") name="email" kind="email" autocomplete="email" error=field_error(value, "email")/>
                <Field
                    label=t.t("field-password")
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint=t.t_with("password-hint", &[("min", (NewPassword::MIN_CHARS as u32).into())])
                    error=field_error(value, "password")
                />
                <Submit label=t.t("register-submit") id="register-submit" pending=action.pending()/>
            </ActionForm>
            <p>{t.t("register-have-account")}" "<A href="/sign-in">{t.t("nav-sign-in")}</A></p>
        </section>
    }
}
