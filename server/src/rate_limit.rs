//! Rate limiting of certificate look-ups (the verification page, its server function and the
//! JSON API), per client address: a token bucket that refills evenly over a minute, so someone
//! cannot walk through codes by brute force. Other routes are not limited here.

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub struct Limiter {
    capacity: f64,
    per_sec: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

/// Buckets kept before full ones are forgotten (a full bucket is the same as none).
const MAX_BUCKETS: usize = 10_000;

impl Limiter {
    pub fn per_minute(n: u32) -> Self {
        let n = f64::from(n.max(1));
        Limiter {
            capacity: n,
            per_sec: n / 60.0,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key`; `Err(seconds)` says how long until one is free.
    pub fn take(&self, key: &str, now: Instant) -> Result<(), u64> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > MAX_BUCKETS {
            let (cap, rate) = (self.capacity, self.per_sec);
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * rate < cap
            });
        }
        let (tokens, at) = buckets
            .entry(key.to_string())
            .or_insert((self.capacity, now));
        *tokens =
            (*tokens + now.duration_since(*at).as_secs_f64() * self.per_sec).min(self.capacity);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / self.per_sec).ceil() as u64)
        }
    }
}

fn is_verification(path: &str) -> bool {
    path.starts_with("/api/v1/certificates/")
        || path == "/api/verify_certificate"
        || path == "/verify"
        || path.starts_with("/verify/")
}

pub async fn limit_verification(
    State(limiter): State<Arc<Limiter>>,
    req: Request,
    next: Next,
) -> Response {
    if !is_verification(req.uri().path()) {
        return next.run(req).await;
    }
    let key = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "local".into());
    match limiter.take(&key, Instant::now()) {
        Ok(()) => next.run(req).await,
        Err(wait) => {
            tracing::info!(client = %key, "certificate look-ups rate-limited");
            let message = format!(
                "Too many certificate look-ups from your address. Try again in {wait} seconds."
            );
            let body = if req.uri().path().starts_with("/api/") {
                serde_json::json!({ "error": "too_many_requests", "message": message }).to_string()
            } else {
                message
            };
            let kind = if req.uri().path().starts_with("/api/") {
                "application/json"
            } else {
                "text/plain; charset=utf-8"
            };
            (
                StatusCode::TOO_MANY_REQUESTS,
                [
                    (header::RETRY_AFTER, wait.to_string()),
                    (header::CONTENT_TYPE, kind.to_string()),
                ],
                body,
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_bucket_empties_and_refills_over_the_minute() {
        let l = Limiter::per_minute(3);
        let t0 = Instant::now();
        assert!((0..3).all(|_| l.take("a", t0).is_ok()));
        assert_eq!(l.take("a", t0), Err(20));
        // Another address has its own bucket.
        assert!(l.take("b", t0).is_ok());
        // 20 seconds later one token is back.
        assert!(l.take("a", t0 + Duration::from_secs(20)).is_ok());
        assert!(l.take("a", t0 + Duration::from_secs(20)).is_err());
    }

    #[test]
    fn only_certificate_look_ups_are_limited() {
        assert!(is_verification("/api/v1/certificates/RTW-0000"));
        assert!(is_verification("/verify"));
        assert!(is_verification("/verify/RTW-0000"));
        assert!(is_verification("/api/verify_certificate"));
        assert!(!is_verification("/verifyx"));
        assert!(!is_verification("/courses/x"));
    }
}
