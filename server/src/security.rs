//! Request-level protections: refusing cross-site form posts and setting security headers.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{HOST, ORIGIN};
use http::{HeaderName, HeaderValue, Method, StatusCode};

/// Refuses state-changing requests that a browser marks as coming from another site.
/// Together with `SameSite=Lax` session cookies this stops cross-site request forgery.
pub async fn same_origin_writes(req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || FROM_OTHER_SITES.contains(&req.uri().path());
    if !safe && !is_same_origin(&req) {
        return (
            StatusCode::FORBIDDEN,
            "Cross-site requests are not accepted.",
        )
            .into_response();
    }
    next.run(req).await
}

/// Posts that come from another site by design: an LMS starts an LTI login and posts the launch.
/// What protects them is the platform's signature, the state (used once) and the nonce.
const FROM_OTHER_SITES: [&str; 2] = ["/lti/login", "/lti/launch"];

fn is_same_origin(req: &Request) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" {
            return false;
        }
    }
    let Some(origin) = headers.get(ORIGIN).and_then(|v| v.to_str().ok()) else {
        // Non-browser clients (and old browsers) send no Origin; SameSite still applies.
        return true;
    };
    let host = headers
        .get(HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    origin != "null" && origin_host.eq_ignore_ascii_case(host)
}

/// Whether responses tell browsers to use HTTPS only (`Strict-Transport-Security`): true when the
/// platform's public address is `https://`, that is, it is served behind TLS.
#[derive(Debug, Clone, Copy)]
pub struct Hsts(pub bool);

/// One year, the value browsers' preload lists expect.
const HSTS: &str = "max-age=31536000; includeSubDomains";

/// Headers on every response: no sniffing, no framing, no referrer leaks to other sites, a
/// Content Security Policy (pages set their own with the page's nonce; everything else gets one
/// that lets nothing run), and HSTS behind TLS.
pub async fn security_headers(
    axum::extract::State(hsts): axum::extract::State<Hsts>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut http::HeaderMap, name: &'static str, value: &'static str| {
        h.entry(HeaderName::from_static(name))
            .or_insert(HeaderValue::from_static(value));
    };
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    set(h, "referrer-policy", "same-origin");
    set(h, "content-security-policy", app::server::csp::NOTHING_RUNS);
    set(
        h,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=()",
    );
    if hsts.0 {
        set(h, "strict-transport-security", HSTS);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn req(origin: Option<&str>, host: &str) -> Request {
        let mut b = Request::builder()
            .method("POST")
            .uri("/api/x")
            .header(HOST, host);
        if let Some(o) = origin {
            b = b.header(ORIGIN, o);
        }
        b.body(Body::empty()).unwrap()
    }

    #[test]
    fn same_host_origin_is_accepted() {
        assert!(is_same_origin(&req(
            Some("http://127.0.0.1:3000"),
            "127.0.0.1:3000"
        )));
    }

    #[test]
    fn other_origins_are_refused() {
        assert!(!is_same_origin(&req(
            Some("https://evil.example"),
            "127.0.0.1:3000"
        )));
        assert!(!is_same_origin(&req(Some("null"), "127.0.0.1:3000")));
    }

    #[test]
    fn requests_without_origin_pass() {
        assert!(is_same_origin(&req(None, "127.0.0.1:3000")));
    }
}
