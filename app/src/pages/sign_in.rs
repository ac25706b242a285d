//! Sign in with email and password, or through one's organisation (single sign-on).

use crate::api::{sso_choices, SignIn};
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
            <OrganisationSignIn next=Signal::derive(next)/>
            <p>{t.t("sign-in-no-account")}" "<A href="/register">{t.t("nav-register")}</A></p>
        </section>
    }
}

/// "Sign in through your organisation": a link per organisation to `/sso/start`, which sends the
/// browser to the organisation's provider. Links, not a form: the page's `form-action 'self'`
/// would stop a form's redirect to another site, and `rel="external"` makes the hydrated router
/// leave the navigation to the browser. Shown only when an organisation has single sign-on.
#[component]
fn OrganisationSignIn(next: Signal<String>) -> impl IntoView {
    let t = use_i18n();
    let choices = Resource::new(|| (), |_| sso_choices());
    let section = move || {
        Suspend::new(async move {
            let choices = choices.await.unwrap_or_default();
            (!choices.is_empty()).then(|| {
                let next = next.get_untracked();
                view! {
                    <section class="panel" aria-labelledby="sso-sign-in-heading" id="sso-sign-in">
                        <h2 id="sso-sign-in-heading">{t.t("sso-sign-in-heading")}</h2>
                        <p class="hint">{t.t("sso-sign-in-lead")}</p>
                        <ul class="sso-choices" id="sso-choices">
                            {choices.into_iter().map(|c| {
                                let href = if next.is_empty() {
                                    format!("/sso/start?org={}", c.org_id)
                                } else {
                                    format!("/sso/start?org={}&next={}", c.org_id, super::urlencode(&next))
                                };
                                view! { <li><a href=href rel="external" class="button" data-org=c.org_id>{c.name}</a></li> }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })
        })
    };
    view! { <Transition fallback=|| ()>{section}</Transition> }
}
