//! `/organisations/:org/api`: the organisation's HR integration. Its administrators create API
//! tokens for their HR system (the token is shown once, right after), see when each was last used
//! and revoke them; the page says where the API and its OpenAPI description are.

use super::SignInFirst;
use crate::api::{org_api, CreateApiToken, RevokeApiToken};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::clock::local_date;
use crate::domain::hr_api::{Scope, TOKEN_DAYS};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{ApiTokenRow, NewApiToken, OrgApiView};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OrgApiPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let org_id = move || params.read().get("org").and_then(|s| s.parse::<i64>().ok());
    let created = move || {
        query
            .read()
            .get("created")
            .and_then(|s| s.parse::<i64>().ok())
    };
    let create = ServerAction::<CreateApiToken>::new();
    let revoke = ServerAction::<RevokeApiToken>::new();
    let data = Resource::new(
        move || (org_id(), created(), revoke.version().get()),
        |(id, created, _)| async move {
            match id {
                Some(id) => org_api(id, created).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(o) => view! { <Integration o create revoke/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("api-title")/>
        <article class="page" id="org-api">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Integration(
    o: OrgApiView,
    create: ServerAction<CreateApiToken>,
    revoke: ServerAction<RevokeApiToken>,
) -> impl IntoView {
    let t = use_i18n();
    let value = create.value();
    let scopes_error = field_error(value, "scopes");
    let days_error = field_error(value, "days");
    let id = o.org_id;
    let docs = format!("{}/api/v1/openapi.json", o.base_url);
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{id}")>{o.org_name.clone()}</A></p>
        <h1>{t.t("api-title")}</h1>
        <p>{t.t("api-lead")}</p>
        <p>
            {t.t("api-docs")}" "
            <a href="/api/v1/openapi.json" id="openapi-link" class="url-cell"><span class="code">{docs}</span></a>
        </p>
        {o.revealed.map(|r| view! { <Revealed r base_url=o.base_url.clone()/> })}

        <section aria-labelledby="tokens-heading">
            <h2 id="tokens-heading">{t.t("api-tokens-heading")}</h2>
            <TokenTable org_id=id tokens=o.tokens revoke/>
        </section>

        <section class="panel" aria-labelledby="new-token-heading">
            <h2 id="new-token-heading">{t.t("api-new-heading")}</h2>
            <FormError value/>
            <ActionForm action=create attr:class="form" attr:id="token-form" attr:novalidate=true>
                <input type="hidden" name="org_id" value=id/>
                <Field label=t.t("api-token-name") name="name" hint=t.t("api-token-name-hint") error=field_error(value, "name")/>
                <fieldset class="field" class:field-invalid=move || scopes_error.get().is_some()
                    aria-describedby=move || scopes_error.get().is_some().then_some("field-scopes-error")>
                    <legend>{t.t("api-scopes")}</legend>
                    {move || scopes_error.get().map(|e| view! { <p class="field-error" id="field-scopes-error">{e}</p> })}
                    {Scope::ALL.into_iter().map(|s| {
                        let name = format!("scope_{}", s.as_str().trim_end_matches(":read"));
                        let input_id = format!("field-{name}");
                        view! {
                            <div class="check">
                                <input type="checkbox" id=input_id.clone() name=name value="on"/>
                                <label for=input_id>{t.t(s.message_key())}" "<span class="code">{s.as_str()}</span></label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field" class:field-invalid=move || days_error.get().is_some()>
                    <label for="field-days">{t.t("api-days")}</label>
                    {move || days_error.get().map(|e| view! { <p class="field-error" id="field-days-error">{e}</p> })}
                    <select id="field-days" name="days">
                        {TOKEN_DAYS.into_iter().map(|d| view! {
                            <option value=d selected=d == 90>{t.t_with("org-standing-days", &[("days", d.into())])}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Submit label=t.t("api-create") id="token-create" pending=create.pending()/>
            </ActionForm>
        </section>
    }
}

/// The new token, the only time it is shown, with how to use it.
#[component]
fn Revealed(r: NewApiToken, base_url: String) -> impl IntoView {
    let t = use_i18n();
    let example = format!(
        "curl -H \"Authorization: Bearer {}\" {base_url}/api/v1/completions",
        r.token
    );
    view! {
        <section class="alert alert-success" role="status" aria-labelledby="revealed-heading" id="revealed">
            <h2 id="revealed-heading">{t.t_with("api-revealed-heading", &[("name", r.name.clone().into())])}</h2>
            <p><strong>{t.t("api-revealed-once")}</strong></p>
            <label for="revealed-token">{t.t("api-revealed-token")}</label>
            <textarea id="revealed-token" readonly rows="4" spellcheck="false" class="token">{r.token.clone()}</textarea>
            <p>{t.t_with("api-revealed-expires", &[("date", local_date(r.expires_at, t.lang()).into())])}</p>
            <p>{t.t("api-example")}</p>
            <pre class="token"><code>{example}</code></pre>
        </section>
    }
}

#[component]
fn TokenTable(
    org_id: i64,
    tokens: Vec<ApiTokenRow>,
    revoke: ServerAction<RevokeApiToken>,
) -> impl IntoView {
    let t = use_i18n();
    if tokens.is_empty() {
        return view! { <p id="tokens-none">{t.t("api-tokens-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="tokens-heading">
            <table class="data-table" id="tokens">
                <thead>
                    <tr>
                        <th scope="col">{t.t("api-token-name")}</th>
                        <th scope="col">{t.t("api-scopes")}</th>
                        <th scope="col">{t.t("api-created")}</th>
                        <th scope="col">{t.t("api-expires")}</th>
                        <th scope="col">{t.t("api-last-used")}</th>
                        <th scope="col">{t.t("api-state")}</th>
                        <th scope="col"><span class="visually-hidden">{t.t("api-revoke")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {tokens.into_iter().map(|k| {
                        let active = k.state == "active";
                        let label = format!("{} – {}", t.t("api-revoke"), k.name);
                        let scopes = k.scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
                        let created = match &k.created_by {
                            Some(by) => format!("{} ({by})", local_date(k.created_at, t.lang())),
                            None => local_date(k.created_at, t.lang()),
                        };
                        view! {
                            <tr data-token=k.id data-state=k.state.clone()>
                                <th scope="row">{k.name.clone()}</th>
                                <td class="code">{scopes}</td>
                                <td>{created}</td>
                                <td>{local_date(k.expires_at, t.lang())}</td>
                                <td>{match k.last_used_at {
                                    Some(at) => local_date(at, t.lang()),
                                    None => t.t("api-never-used"),
                                }}</td>
                                <td>{t.t(&format!("api-state-{}", k.state))}</td>
                                <td>
                                    {active.then(|| view! {
                                        <ActionForm action=revoke>
                                            <input type="hidden" name="org_id" value=org_id/>
                                            <input type="hidden" name="token_id" value=k.id/>
                                            <button type="submit" class="link-button" aria-label=label>{t.t("api-revoke")}</button>
                                        </ActionForm>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
