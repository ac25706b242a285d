//! Server functions for an organisation's webhooks page: registering, disabling, the delivery
//! log and replays.

use crate::error::AppError;
use crate::wire::OrgWebhooksView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The organisation's webhooks and delivery log; with `created`, the new webhook's secret (once).
#[server(endpoint = "org_webhooks")]
pub async fn org_webhooks(org_id: i64, created: Option<i64>) -> Result<OrgWebhooksView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::webhooks::page(&state, &user, org_id, created).await
            })
        }
        .await,
    )
}

/// Registers a webhook and opens the page that shows its secret once. Each event is a checkbox.
#[server(endpoint = "create_webhook")]
pub async fn create_webhook(
    org_id: i64,
    #[server(default)] url: String,
    #[server(default)] event_module_completed: Option<String>,
    #[server(default)] event_qualification_certified: Option<String>,
    #[server(default)] event_certificate_expiring: Option<String>,
    #[server(default)] event_certificate_revoked: Option<String>,
) -> Result<i64, AppError> {
    use crate::domain::webhook::WebhookEvent;
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                let ticked = [
                    (event_module_completed, WebhookEvent::ModuleCompleted),
                    (
                        event_qualification_certified,
                        WebhookEvent::QualificationCertified,
                    ),
                    (
                        event_certificate_expiring,
                        WebhookEvent::CertificateExpiring,
                    ),
                    (event_certificate_revoked, WebhookEvent::CertificateRevoked),
                ];
                let events: Vec<&str> = ticked
                    .iter()
                    .filter(|(on, _)| on.is_some())
                    .map(|(_, e)| e.as_str())
                    .collect();
                let id =
                    d::services::webhooks::create(&state, &user, org_id, &url, &events).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/webhooks?created={id}"));
                Ok(id)
            })
        }
        .await,
    )
}

/// Stops a webhook.
#[server(endpoint = "disable_webhook")]
pub async fn disable_webhook(org_id: i64, webhook_id: i64) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::webhooks::disable(&state, &user, org_id, webhook_id).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/webhooks"));
                Ok(())
            })
        }
        .await,
    )
}

/// Sends a delivery again.
#[server(endpoint = "replay_delivery")]
pub async fn replay_delivery(org_id: i64, delivery_id: i64) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                let id = d::services::webhooks::replay(&state, &user, org_id, delivery_id).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/webhooks?replayed={id}"));
                Ok(id)
            })
        }
        .await,
    )
}
