//! Webhook events and their delivery. An event is written, inside the transaction of what caused
//! it, as one delivery per subscribed webhook of each organisation the person belongs to, with an
//! outbox row that carries it; the outbox worker posts it, signed, and retries with back-off until
//! the receiver answers 2xx. Deliveries about the same person to the same webhook go out in order.

use super::services::hr_feed::rfc3339;
use super::{now, random_hex, AppState};
use crate::db::Conn;
use hmac::{Hmac, Mac};
use model::domain::webhook::WebhookEvent;
use sha2::Sha256;
use std::net::IpAddr;
use std::time::Duration;

pub const KIND_WEBHOOK: &str = "webhook";
const TIMEOUT: Duration = Duration::from_secs(10);

/// `v1=` and the hex HMAC-SHA256, under the webhook's secret, of `"<timestamp>.<body>"`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1={}", hex::encode(mac.finalize().into_bytes()))
}

/// A new webhook secret: 32 random bytes, hex, with a prefix that says what it is.
pub fn new_secret() -> String {
    format!("whsec_{}", random_hex(32))
}

/// The HTTP client webhooks are posted with: no redirects followed (a redirect could lead to an
/// address the checks refused), a time limit.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(TIMEOUT)
        .user_agent("RTW-Academy-Webhooks/1.0")
        .build()
        .unwrap_or_default()
}

/// Records `event` about `user_id` for every enabled webhook subscribed to it in the person's
/// organisations, inside the caller's transaction. `data` is the event's own part of the payload;
/// `subject` orders deliveries (events with the same subject reach a webhook in order). Returns
/// how many deliveries were queued.
pub async fn emit(
    conn: &mut Conn,
    user_id: i64,
    event: WebhookEvent,
    subject: &str,
    data: serde_json::Value,
) -> Result<usize, sqlx::Error> {
    let name = event.as_str();
    let hooks = sqlx::query!(
        r#"SELECT w.id AS "id!", o.id AS "org_id!", o.name AS org_name
           FROM webhooks w JOIN organisations o ON o.id = w.organisation_id
           JOIN memberships m ON m.organisation_id = o.id AND m.user_id = $1
           WHERE w.disabled_at IS NULL AND (' ' || w.events || ' ') LIKE ('% ' || $2 || ' %')
           ORDER BY w.id"#,
        user_id,
        name
    )
    .fetch_all(&mut *conn)
    .await?;
    let t = now();
    let event_id = format!("evt_{}", random_hex(12));
    for hook in &hooks {
        let payload = serde_json::json!({
            "id": event_id,
            "type": name,
            "created_at": rfc3339(t),
            "organisation": { "id": hook.org_id, "name": hook.org_name },
            "data": data,
        })
        .to_string();
        let delivery = sqlx::query_scalar!(
            r#"INSERT INTO webhook_deliveries (webhook_id, event_id, event, payload, created_at)
               VALUES ($1, $2, $3, $4, $5) RETURNING id AS "id!""#,
            hook.id,
            event_id,
            name,
            payload,
            t
        )
        .fetch_one(&mut *conn)
        .await?;
        queue(conn, hook.id, delivery, subject).await?;
    }
    Ok(hooks.len())
}

/// The person an event is about, as payloads show them.
pub async fn person(conn: &mut Conn, user_id: i64) -> Result<serde_json::Value, sqlx::Error> {
    let p = sqlx::query!(
        "SELECT display_name, email FROM users WHERE id = $1",
        user_id
    )
    .fetch_one(conn)
    .await?;
    Ok(serde_json::json!({ "id": user_id, "name": p.display_name, "email": p.email }))
}

/// Puts a delivery in the outbox (also a replay).
pub(crate) async fn queue(
    conn: &mut Conn,
    webhook_id: i64,
    delivery_id: i64,
    subject: &str,
) -> Result<(), sqlx::Error> {
    let payload = serde_json::json!({ "delivery": delivery_id }).to_string();
    let subject = format!("webhook:{webhook_id}:{subject}");
    let t = now();
    sqlx::query!(
        "INSERT INTO outbox (kind, payload, created_at, available_at, subject) VALUES ($1, $2, $3, $4, $5)",
        KIND_WEBHOOK,
        payload,
        t,
        t,
        subject
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether an address is one a webhook must not reach from a public platform: loopback,
/// private, link-local, unique-local, unspecified or multicast.
fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1]) // carrier-grade NAT
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (v6.segments()[0] & 0xfe00) == 0xfc00 // unique local
                || (v6.segments()[0] & 0xffc0) == 0xfe80 // link local
                || v6.to_ipv4_mapped().is_some_and(|v4| is_internal(IpAddr::V4(v4)))
        }
    }
}

/// Posts delivery `id` once. `Ok` when the receiver took it (2xx) or it can never be sent (its
/// webhook was disabled); `Err` with what went wrong otherwise, and the outbox tries again later.
/// Every attempt is recorded on the delivery for the log.
#[tracing::instrument(skip(state))]
pub async fn deliver(state: &AppState, id: i64) -> Result<(), String> {
    let row = sqlx::query!(
        r#"SELECT d.event_id, d.event, d.payload, w.url, w.secret, w.disabled_at
           FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = $1"#,
        id
    )
    .fetch_optional(crate::db::pool(&state.db))
    .await
    .map_err(|e| format!("database: {e}"))?;
    let Some(row) = row else {
        return Ok(()); // gone with its organisation's data: nothing to send
    };
    if row.disabled_at.is_some() {
        record(
            state,
            id,
            None,
            Some("the webhook is disabled; not sent"),
            false,
        )
        .await?;
        return Ok(());
    }
    let outcome = post(
        state,
        &row.url,
        &row.secret,
        &row.event_id,
        &row.event,
        &row.payload,
    )
    .await;
    match outcome {
        Ok(status) if (200..300).contains(&status) => {
            record(state, id, Some(status), None, true).await?;
            Ok(())
        }
        Ok(status) => {
            let error = format!("the receiver answered {status}");
            record(state, id, Some(status), Some(&error), false).await?;
            Err(error)
        }
        Err(error) => {
            record(state, id, None, Some(&error), false).await?;
            Err(error)
        }
    }
}

async fn post(
    state: &AppState,
    url: &str,
    secret: &str,
    event_id: &str,
    event: &str,
    payload: &str,
) -> Result<u16, String> {
    let parsed = public_url(state, url).await?;
    let t = now();
    let res = state
        .webhooks
        .post(parsed)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header("RTW-Webhook-Id", event_id)
        .header("RTW-Webhook-Event", event)
        .header("RTW-Webhook-Timestamp", t.to_string())
        .header(
            "RTW-Webhook-Signature",
            signature(secret, t, payload.as_bytes()),
        )
        .body(payload.to_string())
        .send()
        .await
        .map_err(describe)?;
    Ok(res.status().as_u16())
}

/// `url` parsed, once its host is known not to resolve to an internal address (unless the
/// platform is configured to allow them: a closed network, or tests).
pub(crate) async fn public_url(state: &AppState, url: &str) -> Result<reqwest::Url, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("not a valid address: {e}"))?;
    if !state.config.webhooks_allow_internal {
        let host = parsed
            .host_str()
            .unwrap_or_default()
            .trim_matches(['[', ']']);
        let port = parsed.port_or_known_default().unwrap_or(443);
        let addresses = tokio::net::lookup_host((host, port))
            .await
            .map_err(|e| format!("cannot resolve {host}: {e}"))?;
        for a in addresses {
            if is_internal(a.ip()) {
                return Err(format!(
                    "{host} resolves to an internal address ({}); only public addresses are allowed",
                    a.ip()
                ));
            }
        }
    }
    Ok(parsed)
}

/// What went wrong sending, in words for the delivery log.
pub(crate) fn describe(e: reqwest::Error) -> String {
    if e.is_timeout() {
        format!("no answer within {} s", TIMEOUT.as_secs())
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        format!("sending failed: {e}")
    }
}

async fn record(
    state: &AppState,
    id: i64,
    status: Option<u16>,
    error: Option<&str>,
    delivered: bool,
) -> Result<(), String> {
    let t = now();
    let status = status.map(i64::from);
    let delivered_at = delivered.then_some(t);
    sqlx::query!(
        "UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = $1, last_error = $2,
         last_attempt_at = $3, delivered_at = COALESCE(delivered_at, $4) WHERE id = $5",
        status,
        error,
        t,
        delivered_at,
        id
    )
    .execute(crate::db::pool(&state.db))
    .await
    .map_err(|e| format!("database: {e}"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_of_timestamp_dot_body() {
        // Independently computed: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assert_eq!(
            signature("whsec_test", 1_700_000_000, br#"{"a":1}"#),
            "v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
        );
    }

    #[test]
    fn internal_addresses_are_recognised() {
        for internal in [
            "127.0.0.1",
            "10.1.2.3",
            "192.168.0.10",
            "172.16.5.4",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_internal(internal.parse().unwrap()), "{internal}");
        }
        for public in ["8.8.8.8", "195.88.54.16", "2001:4860:4860::8888"] {
            assert!(!is_internal(public.parse().unwrap()), "{public}");
        }
    }
}
