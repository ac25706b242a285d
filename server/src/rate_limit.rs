//! Rate limiting of certificate look-ups (the verification page, its server function and the
//! JSON API), per client address: a token bucket that refills evenly over a minute, so someone
//! cannot walk through codes by brute force. Other routes are not limited here.

pub use app::server::limiter::Limiter;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

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
