//! An organisation's webhooks, for its administrators: registering one (its signing secret is
//! shown once), disabling it, the delivery log and replaying a delivery. Sending is in
//! `crate::webhooks`.

use super::organisations::administered;
use crate::webhooks::{new_secret, queue};
use crate::{now, AppState};
use model::domain::webhook::{WebhookEvent, WebhookUrl};
use model::error::{AppError, FieldError};
use model::wire::{DeliveryRow, OrgWebhooksView, SessionUser, WebhookRow};

/// How many deliveries the log shows.
const LOG_ROWS: i64 = 100;
/// How long after creation its creator can still be shown a webhook's secret (once).
const REVEAL_SECS: i64 = 600;

/// Registers a webhook for `events` at `url`. Returns its id; the creator sees the secret once.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn create(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    url: &str,
    events: &[&str],
) -> Result<i64, AppError> {
    administered(crate::db::pool(&state.db), user, org_id).await?;
    let mut errors = Vec::new();
    let url = WebhookUrl::parse(url, state.config.webhooks_allow_internal).map_err(|key| {
        errors.push(FieldError {
            field: "url".into(),
            key: key.into(),
        })
    });
    let events = WebhookEvent::parse_list(events.iter().copied());
    if events.is_none() {
        errors.push(FieldError {
            field: "events".into(),
            key: "error-webhook-events".into(),
        });
    }
    let (Ok(url), Some(events)) = (url, events) else {
        return Err(AppError::Invalid(errors));
    };
    let (url, events, secret, t) = (
        url.as_str(),
        WebhookEvent::join(&events),
        new_secret(),
        now(),
    );
    let id = sqlx::query_scalar!(
        r#"INSERT INTO webhooks (organisation_id, url, events, secret, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id AS "id!""#,
        org_id,
        url,
        events,
        secret,
        user.id,
        t
    )
    .fetch_one(crate::db::pool(&state.db))
    .await?;
    tracing::info!(org_id, webhook = id, %events, "webhook registered");
    Ok(id)
}

/// The webhooks page: the organisation's webhooks, the newest deliveries, and right after creating
/// one, its secret.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn page(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    created: Option<i64>,
) -> Result<OrgWebhooksView, AppError> {
    let pool = crate::db::pool(&state.db);
    let org_name = administered(pool, user, org_id).await?;
    let t = now();
    let revealed = match created {
        Some(id) => sqlx::query_scalar!(
            "UPDATE webhooks SET revealed_at = $1
             WHERE id = $2 AND organisation_id = $3 AND created_by = $4 AND revealed_at IS NULL
               AND created_at > CAST($1 AS BIGINT) - $5
             RETURNING secret",
            t,
            id,
            org_id,
            user.id,
            REVEAL_SECS
        )
        .fetch_optional(pool)
        .await?
        .map(|secret| (id, secret)),
        None => None,
    };
    let hooks = sqlx::query!(
        r#"SELECT id AS "id!", url, events, created_at, disabled_at FROM webhooks
           WHERE organisation_id = $1 ORDER BY id DESC"#,
        org_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|h| WebhookRow {
        id: h.id,
        url: h.url,
        events: WebhookEvent::parse_list(h.events.split(' ')).unwrap_or_default(),
        created_at: h.created_at,
        disabled: h.disabled_at.is_some(),
    })
    .collect();
    let deliveries = sqlx::query_as!(
        DeliveryRow,
        r#"SELECT d.id AS "id!", d.webhook_id, d.event, d.event_id, d.created_at, d.attempts, d.last_status,
                  d.last_error, d.last_attempt_at, d.delivered_at, d.replay_of
           FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
           WHERE w.organisation_id = $1 ORDER BY d.id DESC LIMIT $2"#,
        org_id,
        LOG_ROWS
    )
    .fetch_all(pool)
    .await?;
    Ok(OrgWebhooksView {
        org_id,
        org_name,
        hooks,
        deliveries,
        revealed,
        allow_internal: state.config.webhooks_allow_internal,
    })
}

/// Stops a webhook: nothing more is sent to it, including deliveries still waiting.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn disable(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    webhook_id: i64,
) -> Result<(), AppError> {
    administered(crate::db::pool(&state.db), user, org_id).await?;
    let t = now();
    let found = sqlx::query!(
        "UPDATE webhooks SET disabled_at = COALESCE(disabled_at, $1) WHERE id = $2 AND organisation_id = $3",
        t,
        webhook_id,
        org_id
    )
    .execute(crate::db::pool(&state.db))
    .await?;
    if found.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Sends a delivery again, as a new delivery with the same event id and body (receivers that
/// already have it can tell by the id). Returns the new delivery's id.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn replay(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    delivery_id: i64,
) -> Result<i64, AppError> {
    administered(crate::db::pool(&state.db), user, org_id).await?;
    let mut tx = crate::db::pool(&state.db).begin().await?;
    let original = by_backend!(
        sqlite: sqlx::query!(
            r#"SELECT d.webhook_id, d.event_id, d.event, d.payload, w.disabled_at,
                      json_extract(d.payload, '$.data.person.id') AS "person?: i64"
               FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
               WHERE d.id = $1 AND w.organisation_id = $2"#,
            delivery_id,
            org_id
        ),
        postgres: sqlx::query!(
            r#"SELECT d.webhook_id, d.event_id, d.event, d.payload, w.disabled_at,
                      CAST(CAST(d.payload AS jsonb) #>> '{data,person,id}' AS BIGINT) AS "person?: i64"
               FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
               WHERE d.id = $1 AND w.organisation_id = $2"#,
            delivery_id,
            org_id
        ),
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::NotFound)?;
    if original.disabled_at.is_some() {
        return Err(AppError::field("delivery", "error-webhook-disabled"));
    }
    let t = now();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO webhook_deliveries (webhook_id, event_id, event, payload, created_at, replay_of)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id AS "id!""#,
        original.webhook_id,
        original.event_id,
        original.event,
        original.payload,
        t,
        delivery_id
    )
    .fetch_one(&mut *tx)
    .await?;
    let subject = match original.person {
        Some(p) => format!("person:{p}"),
        None => format!("delivery:{id}"),
    };
    queue(&mut tx, original.webhook_id, id, &subject).await?;
    tx.commit().await?;
    state.outbox_wakeup.notify_one();
    tracing::info!(
        org_id,
        delivery = delivery_id,
        replay = id,
        "webhook delivery replayed"
    );
    Ok(id)
}
