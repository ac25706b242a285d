//! The outbox: effects (emails, webhooks) are written in the same transaction as their cause, then
//! delivered by a worker with retries. A row is only marked delivered after the backend accepted
//! it. Rows with the same `subject` are delivered in the order they were written: a row waits
//! while an earlier one with its subject is undelivered.

use super::EmailMessage;
use crate::db::Conn;
use crate::{now, AppState};
use std::time::Duration;

pub const KIND_EMAIL: &str = "email";
/// How long a claimed row stays reserved for the worker that claimed it.
const LEASE_SECS: i64 = 120;
const BATCH: i64 = 20;

/// Puts an email in the outbox, inside the caller's transaction.
pub async fn enqueue_email(conn: &mut Conn, msg: &EmailMessage) -> Result<(), sqlx::Error> {
    let payload = serde_json::to_string(msg).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let t = now();
    sqlx::query!(
        "INSERT INTO outbox (kind, payload, created_at, available_at) VALUES ($1, $2, $3, $4)",
        KIND_EMAIL,
        payload,
        t,
        t
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Wait before retry `attempt` (1-based): 30 s doubling, at most an hour.
pub fn backoff_secs(attempt: i64) -> i64 {
    let exp = attempt.clamp(1, 8) - 1;
    (30_i64 << exp).min(3600)
}

/// Delivers what is due now. Returns how many rows were delivered.
#[tracing::instrument(skip(state))]
pub async fn deliver_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let t = now();
    let lease = t + LEASE_SECS;
    // On PostgreSQL several instances claim at once: each skips the rows another is claiming
    // (`SKIP LOCKED`), and the lease is checked again on the row itself. SQLite runs one writer at
    // a time, so its claim cannot overlap another.
    let claimed = by_backend!(
        sqlite: sqlx::query!(
            r#"UPDATE outbox SET locked_until = $1
               WHERE id IN (SELECT o.id FROM outbox o
                            WHERE o.delivered_at IS NULL AND o.available_at <= $2
                              AND (o.locked_until IS NULL OR o.locked_until < $3)
                              AND (o.subject IS NULL OR NOT EXISTS (
                                    SELECT 1 FROM outbox e
                                    WHERE e.subject = o.subject AND e.id < o.id AND e.delivered_at IS NULL))
                            ORDER BY o.id LIMIT $4)
               RETURNING id AS "id!", kind, payload, attempts"#,
            lease,
            t,
            t,
            BATCH
        ),
        postgres: sqlx::query!(
            r#"UPDATE outbox SET locked_until = $1
               WHERE id IN (SELECT o.id FROM outbox o
                            WHERE o.delivered_at IS NULL AND o.available_at <= $2
                              AND (o.locked_until IS NULL OR o.locked_until < $3)
                              AND (o.subject IS NULL OR NOT EXISTS (
                                    SELECT 1 FROM outbox e
                                    WHERE e.subject = o.subject AND e.id < o.id AND e.delivered_at IS NULL))
                            ORDER BY o.id LIMIT $4
                            FOR UPDATE SKIP LOCKED)
                 AND (locked_until IS NULL OR locked_until < $3)
               RETURNING id AS "id!", kind, payload, attempts"#,
            lease,
            t,
            t,
            BATCH
        ),
    )
    .fetch_all(crate::db::pool(&state.db))
    .await?;

    let mut delivered = 0;
    let mut rows = claimed;
    rows.sort_by_key(|r| r.id);
    for row in rows {
        let result = match row.kind.as_str() {
            KIND_EMAIL => match serde_json::from_str::<EmailMessage>(&row.payload) {
                Ok(msg) => state.mailer.send(&state.config.mail_from, &msg).await,
                Err(e) => Err(format!("unreadable payload: {e}")),
            },
            crate::webhooks::KIND_WEBHOOK => {
                match serde_json::from_str::<serde_json::Value>(&row.payload)
                    .ok()
                    .and_then(|v| v["delivery"].as_i64())
                {
                    Some(id) => crate::webhooks::deliver(state, id).await,
                    None => Err("unreadable payload".to_string()),
                }
            }
            crate::xapi::KIND_XAPI => {
                match serde_json::from_str::<serde_json::Value>(&row.payload)
                    .ok()
                    .and_then(|v| v["statement"].as_i64())
                {
                    Some(id) => crate::xapi::deliver(state, id).await,
                    None => Err("unreadable payload".to_string()),
                }
            }
            crate::lti::KIND_LTI_SCORE => crate::lti::deliver(state, &row.payload).await,
            other => Err(format!("unknown outbox kind {other}")),
        };
        let t = now();
        match result {
            Ok(()) => {
                sqlx::query!("UPDATE outbox SET delivered_at = $1, locked_until = NULL, attempts = attempts + 1 WHERE id = $2", t, row.id)
                    .execute(crate::db::pool(&state.db))
                    .await?;
                delivered += 1;
            }
            Err(error) => {
                let attempts = row.attempts + 1;
                let next = t + backoff_secs(attempts);
                tracing::warn!(id = row.id, attempts, %error, "outbox delivery failed; will retry");
                sqlx::query!(
                    "UPDATE outbox SET attempts = $1, available_at = $2, locked_until = NULL, last_error = $3 WHERE id = $4",
                    attempts,
                    next,
                    error,
                    row.id
                )
                .execute(crate::db::pool(&state.db))
                .await?;
            }
        }
    }
    Ok(delivered)
}

/// Runs until `shutdown` resolves: delivers due rows when woken or every `poll`. Then it drains:
/// whatever is due (including effects of the requests that finished during shutdown) is delivered
/// in further passes until none is left or `drain` has passed. Rows it could not deliver stay in
/// the outbox for the next start.
pub async fn run_worker(
    state: AppState,
    poll: Duration,
    drain: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        match deliver_due(&state).await {
            Ok(n) if n > 0 => tracing::info!(delivered = n, "outbox delivered"),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "outbox delivery pass failed"),
        }
        tokio::select! {
            _ = &mut shutdown => break,
            _ = state.outbox_wakeup.notified() => {}
            _ = tokio::time::sleep(poll) => {}
        }
    }
    let deadline = tokio::time::Instant::now() + drain;
    let mut delivered = 0;
    // Each pass is a bounded batch; the deadline is checked between passes so that no claimed row
    // is abandoned half-way.
    while tokio::time::Instant::now() < deadline {
        match deliver_due(&state).await {
            Ok(0) => break,
            Ok(n) => delivered += n,
            Err(e) => {
                tracing::error!(error = %e, "outbox drain failed");
                break;
            }
        }
    }
    let left = pending(&state).await.unwrap_or(-1);
    tracing::info!(delivered, left, "outbox drained on shutdown");
}

/// Rows not yet delivered (due now or waiting for a retry).
pub async fn pending(state: &AppState) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT COUNT(*) AS "n!" FROM outbox WHERE delivered_at IS NULL"#)
        .fetch_one(crate::db::pool(&state.db))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped_at_an_hour() {
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(2), 60);
        assert_eq!(backoff_secs(3), 120);
        assert_eq!(backoff_secs(20), 3600);
    }
}
