//! `/organisations/:org/xapi`: the organisation's learning record store. Administrators connect
//! it (address, user name, password), turn it off and on, and see every statement sent with its
//! attempts and the LRS's answer.

use super::SignInFirst;
use crate::api::{org_lrs, SaveLrs, ToggleLrs};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::clock::local_time;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{OrgLrsView, StatementRow};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OrgLrsPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let org_id = move || params.read().get("org").and_then(|s| s.parse::<i64>().ok());
    let save = ServerAction::<SaveLrs>::new();
    let toggle = ServerAction::<ToggleLrs>::new();
    let data = Resource::new(
        move || (org_id(), save.version().get(), toggle.version().get()),
        |(id, _, _)| async move {
            match id {
                Some(id) => org_lrs(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(o) => view! { <Lrs o save toggle/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("lrs-title")/>
        <article class="page" id="org-lrs">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Lrs(
    o: OrgLrsView,
    save: ServerAction<SaveLrs>,
    toggle: ServerAction<ToggleLrs>,
) -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    let value = save.value();
    let id = o.org_id;
    let hint = if o.allow_internal {
        t.t("lrs-endpoint-hint-internal")
    } else {
        t.t("lrs-endpoint-hint")
    };
    let connected = o.connection.is_some();
    let (endpoint, username) = o
        .connection
        .as_ref()
        .map(|c| (c.endpoint.clone(), c.username.clone()))
        .unwrap_or_default();
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{id}")>{o.org_name.clone()}</A></p>
        <h1>{t.t("lrs-title")}</h1>
        <p>{t.t("lrs-lead")}</p>
        {move || saved().then(|| view! { <div class="alert alert-success" role="status" id="lrs-saved"><p>{t.t("lrs-saved")}</p></div> })}

        <section aria-labelledby="lrs-state-heading" id="lrs-state">
            <h2 id="lrs-state-heading">{t.t("lrs-state-heading")}</h2>
            {match o.connection.clone() {
                None => view! { <p id="lrs-none">{t.t("lrs-none")}</p> }.into_any(),
                Some(c) => {
                    let state = if c.enabled { "on" } else { "off" };
                    view! {
                        <dl class="account-facts" id="lrs-connection" data-state=state>
                            <dt>{t.t("lrs-endpoint")}</dt><dd class="code url-cell">{c.endpoint.clone()}</dd>
                            <dt>{t.t("lrs-username")}</dt><dd class="code">{c.username.clone()}</dd>
                            <dt>{t.t("api-state")}</dt><dd>{t.t(&format!("lrs-state-{state}"))}</dd>
                            <dt>{t.t("lrs-counts")}</dt>
                            <dd id="lrs-counts">{t.t_with("lrs-counts-value", &[("sent", o.sent.into()), ("waiting", o.waiting.into())])}</dd>
                        </dl>
                        <ActionForm action=toggle attr:class="inline-form">
                            <input type="hidden" name="org_id" value=id/>
                            <input type="hidden" name="enable" value=(!c.enabled).to_string()/>
                            <button type="submit" class="button button-small" id="lrs-toggle">
                                {if c.enabled { t.t("lrs-turn-off") } else { t.t("lrs-turn-on") }}
                            </button>
                        </ActionForm>
                    }
                    .into_any()
                }
            }}
        </section>

        <section aria-labelledby="statements-heading">
            <h2 id="statements-heading">{t.t("lrs-statements-heading")}</h2>
            <p class="hint">{t.t("lrs-statements-lead")}</p>
            <StatementTable statements=o.statements/>
        </section>

        <section class="panel" aria-labelledby="lrs-form-heading">
            <h2 id="lrs-form-heading">{if connected { t.t("lrs-change-heading") } else { t.t("lrs-connect-heading") }}</h2>
            <FormError value/>
            <ActionForm action=save attr:class="form" attr:id="lrs-form" attr:novalidate=true>
                <input type="hidden" name="org_id" value=id/>
                <Field label=t.t("lrs-endpoint") name="endpoint" kind="url" hint=hint value=endpoint error=field_error(value, "endpoint")/>
                <Field label=t.t("lrs-username") name="username" autocomplete="off" value=username error=field_error(value, "username")/>
                <Field label=t.t("lrs-password") name="password" kind="password" autocomplete="new-password"
                    hint=if connected { t.t("lrs-password-keep") } else { t.t("lrs-password-hint") }
                    required=!connected error=field_error(value, "password")/>
                <Submit label=t.t("lrs-save") id="lrs-save" pending=save.pending()/>
            </ActionForm>
        </section>
    }
}

#[component]
fn StatementTable(statements: Vec<StatementRow>) -> impl IntoView {
    let t = use_i18n();
    if statements.is_empty() {
        return view! { <p id="statements-none">{t.t("lrs-statements-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="statements-heading">
            <table class="data-table" id="statements">
                <thead>
                    <tr>
                        <th scope="col">{t.t("lrs-verb")}</th>
                        <th scope="col">{t.t("lrs-object")}</th>
                        <th scope="col">{t.t("field-name")}</th>
                        <th scope="col">{t.t("webhook-queued")}</th>
                        <th scope="col">{t.t("api-state")}</th>
                        <th scope="col" class="num">{t.t("webhook-attempts")}</th>
                        <th scope="col">{t.t("lrs-answer")}</th>
                    </tr>
                </thead>
                <tbody>
                    {statements.into_iter().map(|s| {
                        let state = super::org_webhooks::delivery_state(s.delivered_at, s.attempts);
                        let answer = match (&s.last_status, &s.last_error) {
                            (_, Some(e)) => e.clone(),
                            (Some(code), None) => format!("HTTP {code}"),
                            (None, None) => "–".into(),
                        };
                        view! {
                            <tr data-statement=s.statement_id.clone() data-verb=s.verb.clone() data-state=state>
                                <th scope="row" class="code">{s.verb.clone()}</th>
                                <td class="code url-cell">{s.object.clone()}</td>
                                <td>{s.person.clone()}</td>
                                <td>{local_time(s.created_at, t.lang())}</td>
                                <td>{t.t(&format!("webhook-delivery-{state}"))}</td>
                                <td class="num">{s.attempts}</td>
                                <td>{answer}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
