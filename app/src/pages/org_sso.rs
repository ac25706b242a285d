//! `/organisations/:org/sign-in`: single sign-on through the organisation's OpenID provider
//! (Entra ID, ADFS, ID-porten). Administrators give the issuer, the client and which claims name
//! the person; they see the address to register at the provider and how many people use it.

use super::SignInFirst;
use crate::api::{org_sso, SaveSso, ToggleSso};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::OrgSsoView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OrgSsoPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let org_id = move || params.read().get("org").and_then(|s| s.parse::<i64>().ok());
    let save = ServerAction::<SaveSso>::new();
    let toggle = ServerAction::<ToggleSso>::new();
    let data = Resource::new(
        move || (org_id(), save.version().get(), toggle.version().get()),
        |(id, _, _)| async move {
            match id {
                Some(id) => org_sso(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(o) => view! { <Sso o save toggle/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("sso-title")/>
        <article class="page" id="org-sso">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Sso(
    o: OrgSsoView,
    save: ServerAction<SaveSso>,
    toggle: ServerAction<ToggleSso>,
) -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    let value = save.value();
    let id = o.org_id;
    let configured = o.provider.is_some();
    let p = o.provider.clone();
    let get = move |f: fn(&crate::wire::SsoProviderView) -> &String| {
        p.as_ref().map(|p| f(p).clone()).unwrap_or_default()
    };
    let issuer_hint = if o.allow_internal {
        t.t("sso-issuer-hint-internal")
    } else {
        t.t("sso-issuer-hint")
    };
    let claim = |v: String, default: &str| if v.is_empty() { default.to_string() } else { v };
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{id}")>{o.org_name.clone()}</A></p>
        <h1>{t.t("sso-title")}</h1>
        <p>{t.t("sso-lead")}</p>
        {move || saved().then(|| view! { <div class="alert alert-success" role="status" id="sso-saved"><p>{t.t("sso-saved")}</p></div> })}

        <section aria-labelledby="sso-register-heading" id="sso-register">
            <h2 id="sso-register-heading">{t.t("sso-register-heading")}</h2>
            <p>{t.t("sso-register-lead")}</p>
            <dl class="account-facts">
                <dt>{t.t("sso-redirect-uri")}</dt><dd class="code url-cell" id="sso-redirect-uri">{o.redirect_uri.clone()}</dd>
                <dt>{t.t("sso-scopes")}</dt><dd class="code">"openid email profile"</dd>
                <dt>{t.t("sso-start-url")}</dt><dd class="code url-cell" id="sso-start-url">{o.start_url.clone()}</dd>
            </dl>
        </section>

        <section aria-labelledby="sso-state-heading" id="sso-state">
            <h2 id="sso-state-heading">{t.t("sso-state-heading")}</h2>
            {match o.provider.clone() {
                None => view! { <p id="sso-none">{t.t("sso-none")}</p> }.into_any(),
                Some(p) => {
                    let state = if p.enabled { "on" } else { "off" };
                    view! {
                        <dl class="account-facts" id="sso-provider" data-state=state>
                            <dt>{t.t("sso-issuer")}</dt><dd class="code url-cell">{p.issuer.clone()}</dd>
                            <dt>{t.t("api-state")}</dt><dd>{t.t(&format!("sso-state-{state}"))}</dd>
                            <dt>{t.t("sso-people")}</dt><dd id="sso-people">{o.people}</dd>
                        </dl>
                        <ActionForm action=toggle attr:class="inline-form">
                            <input type="hidden" name="org_id" value=id/>
                            <input type="hidden" name="enable" value=(!p.enabled).to_string()/>
                            <button type="submit" class="button button-small" id="sso-toggle">
                                {if p.enabled { t.t("lrs-turn-off") } else { t.t("lrs-turn-on") }}
                            </button>
                        </ActionForm>
                    }
                    .into_any()
                }
            }}
        </section>

        <section class="panel" aria-labelledby="sso-form-heading">
            <h2 id="sso-form-heading">{if configured { t.t("sso-change-heading") } else { t.t("sso-connect-heading") }}</h2>
            <FormError value/>
            <ActionForm action=save attr:class="form" attr:id="sso-form" attr:novalidate=true>
                <input type="hidden" name="org_id" value=id/>
                <Field label=t.t("sso-issuer") name="issuer" kind="url" hint=issuer_hint value=get(|p| &p.issuer) error=field_error(value, "issuer")/>
                <Field label=t.t("sso-client-id") name="client_id" autocomplete="off" value=get(|p| &p.client_id) error=field_error(value, "client_id")/>
                <Field label=t.t("sso-client-secret") name="client_secret" kind="password" autocomplete="new-password"
                    hint=if configured { t.t("sso-client-secret-keep") } else { t.t("sso-client-secret-hint") }
                    required=!configured error=field_error(value, "client_secret")/>
                <fieldset class="field">
                    <legend>{t.t("sso-claims-legend")}</legend>
                    <p class="hint">{t.t("sso-claims-hint")}</p>
                    <Field label=t.t("sso-subject-claim") name="subject_claim" autocomplete="off" required=false
                        hint=t.t("sso-subject-claim-hint") value=claim(get(|p| &p.subject_claim), "sub") error=field_error(value, "subject_claim")/>
                    <Field label=t.t("sso-name-claim") name="name_claim" autocomplete="off" required=false
                        value=claim(get(|p| &p.name_claim), "name") error=field_error(value, "name_claim")/>
                    <Field label=t.t("sso-email-claim") name="email_claim" autocomplete="off" required=false
                        value=claim(get(|p| &p.email_claim), "email") error=field_error(value, "email_claim")/>
                    <Field label=t.t("sso-org-claim") name="org_claim" autocomplete="off" required=false
                        hint=t.t("sso-org-claim-hint") value=get(|p| &p.org_claim) error=field_error(value, "org_claim")/>
                    <Field label=t.t("sso-org-value") name="org_value" autocomplete="off" required=false
                        value=get(|p| &p.org_value) error=field_error(value, "org_value")/>
                </fieldset>
                <Submit label=t.t("sso-save") id="sso-save" pending=save.pending()/>
            </ActionForm>
        </section>
    }
}
