//! `/organisations/:org/webhooks`: the organisation's webhooks. Administrators register an address
//! for events (its signing secret is shown once), see every delivery with its attempts and the
//! receiver's answer, replay one, and disable a webhook.

use super::SignInFirst;
use crate::api::{org_webhooks, CreateWebhook, DisableWebhook, ReplayDelivery};
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::clock::local_time;
use crate::domain::webhook::WebhookEvent;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{DeliveryRow, OrgWebhooksView, WebhookRow};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OrgWebhooksPage() -> impl IntoView {
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
    let create = ServerAction::<CreateWebhook>::new();
    let disable = ServerAction::<DisableWebhook>::new();
    let replay = ServerAction::<ReplayDelivery>::new();
    let data = Resource::new(
        move || {
            (
                org_id(),
                created(),
                disable.version().get(),
                replay.version().get(),
            )
        },
        |(id, created, _, _)| async move {
            match id {
                Some(id) => org_webhooks(id, created).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(o) => view! { <Webhooks o create disable replay/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("webhooks-title")/>
        <article class="page" id="org-webhooks">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Webhooks(
    o: OrgWebhooksView,
    create: ServerAction<CreateWebhook>,
    disable: ServerAction<DisableWebhook>,
    replay: ServerAction<ReplayDelivery>,
) -> impl IntoView {
    let t = use_i18n();
    let value = create.value();
    let events_error = field_error(value, "events");
    let id = o.org_id;
    let urls: Vec<(i64, String)> = o.hooks.iter().map(|h| (h.id, h.url.clone())).collect();
    let hint = if o.allow_internal {
        t.t("webhook-url-hint-internal")
    } else {
        t.t("webhook-url-hint")
    };
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{id}")>{o.org_name.clone()}</A></p>
        <h1>{t.t("webhooks-title")}</h1>
        <p>{t.t("webhooks-lead")}</p>
        <details class="webhook-help">
            <summary>{t.t("webhooks-verify-heading")}</summary>
            <p>{t.t("webhooks-verify")}</p>
            <pre class="token"><code>"RTW-Webhook-Signature: v1=hex(HMAC-SHA256(secret, timestamp + \".\" + body))"</code></pre>
        </details>
        {o.revealed.map(|(hook, secret)| view! {
            <section class="alert alert-success" role="status" aria-labelledby="secret-heading" id="revealed">
                <h2 id="secret-heading">{t.t("webhook-created")}</h2>
                <p><strong>{t.t("webhook-secret-once")}</strong></p>
                <label for="webhook-secret">{t.t("webhook-secret")}</label>
                <textarea id="webhook-secret" readonly rows="2" spellcheck="false" class="token" data-webhook=hook>{secret}</textarea>
            </section>
        })}

        <section aria-labelledby="hooks-heading">
            <h2 id="hooks-heading">{t.t("webhooks-heading")}</h2>
            <HookTable org_id=id hooks=o.hooks disable/>
        </section>

        <section aria-labelledby="deliveries-heading">
            <h2 id="deliveries-heading">{t.t("webhook-deliveries-heading")}</h2>
            <p class="hint">{t.t("webhook-deliveries-lead")}</p>
            <FormError value=replay.value()/>
            <DeliveryTable org_id=id deliveries=o.deliveries urls replay/>
        </section>

        <section class="panel" aria-labelledby="new-hook-heading">
            <h2 id="new-hook-heading">{t.t("webhook-new-heading")}</h2>
            <FormError value/>
            <ActionForm action=create attr:class="form" attr:id="webhook-form" attr:novalidate=true>
                <input type="hidden" name="org_id" value=id/>
                <Field label=t.t("webhook-url") name="url" kind="url" hint=hint error=field_error(value, "url")/>
                <fieldset class="field" class:field-invalid=move || events_error.get().is_some()
                    aria-describedby=move || events_error.get().is_some().then_some("field-events-error")>
                    <legend>{t.t("webhook-events")}</legend>
                    {move || events_error.get().map(|e| view! { <p class="field-error" id="field-events-error">{e}</p> })}
                    {WebhookEvent::ALL.into_iter().map(|e| {
                        let input_id = format!("field-{}", e.field());
                        view! {
                            <div class="check">
                                <input type="checkbox" id=input_id.clone() name=e.field() value="on"/>
                                <label for=input_id>{t.t(e.message_key())}" "<span class="code">{e.as_str()}</span></label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <Submit label=t.t("webhook-create") id="webhook-create" pending=create.pending()/>
            </ActionForm>
        </section>
    }
}

#[component]
fn HookTable(
    org_id: i64,
    hooks: Vec<WebhookRow>,
    disable: ServerAction<DisableWebhook>,
) -> impl IntoView {
    let t = use_i18n();
    if hooks.is_empty() {
        return view! { <p id="hooks-none">{t.t("webhooks-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="hooks-heading">
            <table class="data-table" id="hooks">
                <thead>
                    <tr>
                        <th scope="col">{t.t("webhook-url")}</th>
                        <th scope="col">{t.t("webhook-events")}</th>
                        <th scope="col">{t.t("api-created")}</th>
                        <th scope="col">{t.t("api-state")}</th>
                        <th scope="col"><span class="visually-hidden">{t.t("webhook-disable")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {hooks.into_iter().map(|h| {
                        let label = format!("{} – {}", t.t("webhook-disable"), h.url);
                        let events = h.events.iter().map(|e| e.as_str()).collect::<Vec<_>>().join(", ");
                        let state = if h.disabled { "disabled" } else { "active" };
                        view! {
                            <tr data-webhook=h.id data-state=state>
                                <th scope="row" class="code url-cell">{h.url.clone()}</th>
                                <td class="code">{events}</td>
                                <td>{local_time(h.created_at, t.lang())}</td>
                                <td>{t.t(&format!("webhook-state-{state}"))}</td>
                                <td>
                                    {(!h.disabled).then(|| view! {
                                        <ActionForm action=disable>
                                            <input type="hidden" name="org_id" value=org_id/>
                                            <input type="hidden" name="webhook_id" value=h.id/>
                                            <button type="submit" class="link-button" aria-label=label>{t.t("webhook-disable")}</button>
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

/// Where something sent through the outbox stands: `delivered`, `waiting` (not tried yet) or
/// `retrying` (tried, not taken yet). Webhook deliveries and xAPI statements alike.
pub(super) fn delivery_state(delivered_at: Option<i64>, attempts: i64) -> &'static str {
    match (delivered_at, attempts) {
        (Some(_), _) => "delivered",
        (None, 0) => "waiting",
        (None, _) => "retrying",
    }
}

#[component]
fn DeliveryTable(
    org_id: i64,
    deliveries: Vec<DeliveryRow>,
    urls: Vec<(i64, String)>,
    replay: ServerAction<ReplayDelivery>,
) -> impl IntoView {
    let t = use_i18n();
    if deliveries.is_empty() {
        return view! { <p id="deliveries-none">{t.t("webhook-deliveries-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="deliveries-heading">
            <table class="data-table" id="deliveries">
                <thead>
                    <tr>
                        <th scope="col">{t.t("webhook-event")}</th>
                        <th scope="col">{t.t("webhook-url")}</th>
                        <th scope="col">{t.t("webhook-queued")}</th>
                        <th scope="col">{t.t("api-state")}</th>
                        <th scope="col" class="num">{t.t("webhook-attempts")}</th>
                        <th scope="col">{t.t("webhook-answer")}</th>
                        <th scope="col"><span class="visually-hidden">{t.t("webhook-replay")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {deliveries.into_iter().map(|d| {
                        let state = delivery_state(d.delivered_at, d.attempts);
                        let url = urls.iter().find(|(id, _)| *id == d.webhook_id).map(|(_, u)| u.clone()).unwrap_or_default();
                        let label = format!("{} – {} {}", t.t("webhook-replay"), d.event, d.event_id);
                        let answer = match (&d.last_status, &d.last_error) {
                            (_, Some(e)) => e.clone(),
                            (Some(s), None) => format!("HTTP {s}"),
                            (None, None) => "–".into(),
                        };
                        view! {
                            <tr data-delivery=d.id data-event=d.event.clone() data-state=state>
                                <th scope="row">
                                    <span class="code">{d.event.clone()}</span>
                                    {d.replay_of.map(|of| view! { <span class="meta">" "{t.t_with("webhook-replay-of", &[("id", of.into())])}</span> })}
                                </th>
                                <td class="code url-cell">{url}</td>
                                <td>{local_time(d.created_at, t.lang())}</td>
                                <td>{t.t(&format!("webhook-delivery-{state}"))}</td>
                                <td class="num">{d.attempts}</td>
                                <td>{answer}</td>
                                <td>
                                    <ActionForm action=replay>
                                        <input type="hidden" name="org_id" value=org_id/>
                                        <input type="hidden" name="delivery_id" value=d.id/>
                                        <button type="submit" class="link-button" aria-label=label>{t.t("webhook-replay")}</button>
                                    </ActionForm>
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
