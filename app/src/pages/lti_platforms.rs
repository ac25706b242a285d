//! `/lti/platforms`: for platform administrators, the learning platforms (KS Læring and other
//! Moodles, Canvas) that launch our content with LTI 1.3: what to give the LMS, the platforms
//! registered (turned off and on here), and a form to register one.

use super::SignInFirst;
use crate::api::{lti_platforms, AddLtiPlatform, ToggleLtiPlatform};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::LtiPlatformsView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LtiPlatformsPage() -> impl IntoView {
    let t = use_i18n();
    let add = ServerAction::<AddLtiPlatform>::new();
    let toggle = ServerAction::<ToggleLtiPlatform>::new();
    let data = Resource::new(
        move || (add.version().get(), toggle.version().get()),
        |_| lti_platforms(),
    );
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(v) => view! { <Platforms v add toggle/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("lti-title")/>
        <article class="page" id="lti-platforms">
            <h1>{t.t("lti-title")}</h1>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Platforms(
    v: LtiPlatformsView,
    add: ServerAction<AddLtiPlatform>,
    toggle: ServerAction<ToggleLtiPlatform>,
) -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    let value = add.value();
    let org_error = field_error(value, "organisation");
    let url_hint = if v.allow_internal {
        t.t("lti-url-hint-internal")
    } else {
        t.t("lti-url-hint")
    };
    view! {
        <p>{t.t("lti-lead")}</p>
        {move || saved().then(|| view! { <div class="alert alert-success" role="status" id="lti-saved"><p>{t.t("lti-saved")}</p></div> })}
        <section aria-labelledby="lti-tool-heading" id="lti-tool">
            <h2 id="lti-tool-heading">{t.t("lti-tool-heading")}</h2>
            <p>{t.t("lti-tool-lead")}</p>
            <dl class="account-facts">
                <dt>{t.t("lti-login-url")}</dt><dd class="code url-cell" id="lti-login-url">{v.login_url.clone()}</dd>
                <dt>{t.t("lti-launch-url")}</dt><dd class="code url-cell" id="lti-launch-url">{v.launch_url.clone()}</dd>
                <dt>{t.t("lti-jwks-url")}</dt><dd class="code url-cell" id="lti-jwks-url">{v.jwks_url.clone()}</dd>
            </dl>
        </section>
        <section aria-labelledby="lti-list-heading">
            <h2 id="lti-list-heading">{t.t("lti-list-heading")}</h2>
            {if v.platforms.is_empty() {
                view! { <p id="lti-none">{t.t("lti-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="lti-list-heading">
                        <table class="data-table" id="lti-list">
                            <thead><tr>
                                <th scope="col">{t.t("lti-name")}</th>
                                <th scope="col">{t.t("lti-issuer")}</th>
                                <th scope="col">{t.t("lti-client-id")}</th>
                                <th scope="col">{t.t("lti-deployments")}</th>
                                <th scope="col">{t.t("lti-organisation")}</th>
                                <th scope="col" class="num">{t.t("lti-people")}</th>
                                <th scope="col">{t.t("api-state")}</th>
                            </tr></thead>
                            <tbody>
                                {v.platforms.into_iter().map(|p| {
                                    let state = if p.enabled { "on" } else { "off" };
                                    view! {
                                        <tr data-state=state data-issuer=p.issuer.clone()>
                                            <th scope="row">{p.name.clone()}</th>
                                            <td class="code url-cell">{p.issuer.clone()}</td>
                                            <td class="code">{p.client_id.clone()}</td>
                                            <td class="code">{p.deployments.clone()}</td>
                                            <td>{p.organisation.clone()}</td>
                                            <td class="num">{p.people}</td>
                                            <td>
                                                <ActionForm action=toggle attr:class="inline-form">
                                                    <input type="hidden" name="id" value=p.id/>
                                                    <input type="hidden" name="enable" value=(!p.enabled).to_string()/>
                                                    <button type="submit" class="button button-small">
                                                        {if p.enabled { t.t("lrs-turn-off") } else { t.t("lrs-turn-on") }}
                                                    </button>
                                                </ActionForm>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="lti-add-heading">
            <h2 id="lti-add-heading">{t.t("lti-add-heading")}</h2>
            <p class="hint">{t.t("lti-add-lead")}</p>
            <FormError value/>
            <ActionForm action=add attr:class="form" attr:id="lti-add-form" attr:novalidate=true>
                <Field label=t.t("lti-name") name="name" autocomplete="off" error=field_error(value, "name")/>
                <Field label=t.t("lti-issuer") name="issuer" kind="url" hint=url_hint error=field_error(value, "issuer")/>
                <Field label=t.t("lti-client-id") name="client_id" autocomplete="off" error=field_error(value, "client_id")/>
                <Field label=t.t("lti-deployments") name="deployments" autocomplete="off" hint=t.t("lti-deployments-hint") error=field_error(value, "deployments")/>
                <Field label=t.t("lti-auth-url") name="auth_url" kind="url" error=field_error(value, "auth_url")/>
                <Field label=t.t("lti-token-url") name="token_url" kind="url" error=field_error(value, "token_url")/>
                <Field label=t.t("lti-platform-jwks") name="jwks_url" kind="url" error=field_error(value, "jwks_url")/>
                <div class="field" class:field-invalid=move || org_error.get().is_some()>
                    <label for="field-organisation">{t.t("lti-organisation")}</label>
                    <p class="hint" id="field-organisation-hint">{t.t("lti-organisation-hint")}</p>
                    {move || org_error.get().map(|e| view! { <p class="field-error" id="field-organisation-error">{e}</p> })}
                    <select id="field-organisation" name="organisation" aria-describedby="field-organisation-hint">
                        {v.organisations.into_iter().map(|o| view! { <option value=o.org_id>{o.name}</option> }).collect_view()}
                    </select>
                </div>
                <Submit label=t.t("lti-add") id="lti-add" pending=add.pending()/>
            </ActionForm>
        </section>
    }
}
