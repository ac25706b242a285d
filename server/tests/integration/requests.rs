//! Requests as a browser or an attacker sends them: headers, cross-site posts, malformed input.

use crate::common::{TestApp, HOST};
use axum::body::Body;
use http::{header, Method, Request, StatusCode};

#[tokio::test]
async fn pages_carry_security_headers_and_a_language() {
    let app = TestApp::start().await;
    let home = app.get("/", None).await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(home.headers["x-frame-options"], "DENY");
    assert_eq!(home.headers["x-content-type-options"], "nosniff");
    assert!(home.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    assert!(home.body.contains("<html lang=\"nb\""));

    let english = app
        .send(
            Request::get("/")
                .header(header::HOST, HOST)
                .header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(english.body.contains("<html lang=\"en\""));
}

/// The nonce of a page's `script-src`, checked against every `<script>` in the page.
fn script_nonce(csp: &str) -> String {
    let scripts = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src "))
        .unwrap_or_else(|| panic!("no script-src in {csp}"));
    assert!(!scripts.contains("unsafe-inline"), "{scripts}");
    assert!(
        !scripts.split_whitespace().any(|s| s == "'unsafe-eval'"),
        "{scripts}"
    );
    scripts
        .split_whitespace()
        .find_map(|s| s.strip_prefix("'nonce-")?.strip_suffix('\''))
        .unwrap_or_else(|| panic!("no nonce in {scripts}"))
        .to_string()
}

#[tokio::test]
async fn every_script_on_a_page_carries_the_nonce_of_its_policy() {
    let app = TestApp::start().await;
    let cookie = app
        .register("Kari Nordmann", "kari@example.org", "correct horse battery")
        .await;
    let mut seen = Vec::new();
    for (path, cookie) in [
        ("/", None),
        ("/sign-in", None),
        ("/no/such/page", None),
        ("/courses/rtw-coordinator", Some(cookie.as_str())),
    ] {
        let page = app.get(path, cookie).await;
        let csp = page.headers["content-security-policy"].to_str().unwrap();
        let nonce = script_nonce(csp);
        let scripts = page.body.matches("<script").count();
        assert!(scripts > 0, "{path} has its hydration script");
        assert_eq!(
            page.body
                .matches(&format!("<script nonce=\"{nonce}\""))
                .count()
                + page
                    .body
                    .matches(&format!("<script type=\"module\" nonce=\"{nonce}\""))
                    .count(),
            scripts,
            "every script on {path} carries the nonce"
        );
        seen.push(nonce);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 4, "a new nonce for every response");

    // What is not a page lets nothing run, and a plain-HTTP deployment sends no HSTS.
    let json = app.get("/api/v1/issuer", None).await;
    assert!(json.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .starts_with("default-src 'none'"));
    assert!(!json.headers.contains_key("strict-transport-security"));
}

#[tokio::test]
async fn behind_tls_browsers_are_told_to_use_https_only() {
    let app = TestApp::start_at("https://rtw.example").await;
    for path in ["/", "/api/v1/issuer", "/healthz"] {
        let reply = app.get(path, None).await;
        assert_eq!(
            reply.headers["strict-transport-security"], "max-age=31536000; includeSubDomains",
            "{path}"
        );
    }
}

#[tokio::test]
async fn unknown_addresses_are_a_404_page() {
    let app = TestApp::start().await;
    let missing = app.get("/no/such/page", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<html"));
}

#[tokio::test]
async fn cross_site_posts_are_refused_before_anything_happens() {
    let app = TestApp::start().await;
    let reply = app
        .send(
            Request::builder()
                .method(Method::POST)
                .uri("/api/register")
                .header(header::HOST, HOST)
                .header(header::ORIGIN, "https://evil.example")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(
                    "name=Eve&email=eve%40example.org&password=correct+horse+battery",
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn malformed_server_function_input_is_a_400_not_a_500() {
    let app = TestApp::start().await;
    for body in ["", "name=only", "%%%", "email=a&password=b&name=c&name=d"] {
        let reply = app
            .send(
                Request::builder()
                    .method(Method::POST)
                    .uri("/api/register")
                    .header(header::HOST, HOST)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert!(
            reply.status.is_client_error(),
            "{body:?} gave {} {}",
            reply.status,
            reply.body
        );
    }
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn health_answers() {
    let app = TestApp::start().await;
    let reply = app.get("/healthz", None).await;
    assert_eq!((reply.status, reply.body.as_str()), (StatusCode::OK, "ok"));
}

#[tokio::test]
async fn accessibility_feedback_is_kept_and_sent_to_the_team_and_bad_input_is_explained() {
    let app = TestApp::start().await;
    let page = app.get("/accessibility", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Tilgjengelighetserklæring"),
        "{}",
        page.body
    );
    assert!(page.body.contains("uutilsynet.no") && page.body.contains("digg.se"));

    let bad = app
        .call("send_accessibility_feedback", &[("message", "   ")], None)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["Invalid"][0]["field"], "message");
    assert_eq!(app.count("accessibility_feedback").await, 0);

    let ok = app
        .call(
            "send_accessibility_feedback",
            &[
                ("message", "Nedtellingen i quizen leses ikke opp."),
                ("page", "/courses/rtw-coordinator/quizzes/module-1-quiz"),
                ("contact", "kari@example.org"),
            ],
            None,
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(app.count("accessibility_feedback").await, 1);
    let mail: String = sqlx::query_scalar("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let mail: serde_json::Value = serde_json::from_str(&mail).unwrap();
    assert!(mail["subject"]
        .as_str()
        .unwrap()
        .starts_with("Accessibility feedback #"));
    let text = mail["text"].as_str().unwrap();
    assert!(
        text.contains("Nedtellingen i quizen leses ikke opp.") && text.contains("kari@example.org"),
        "{text}"
    );
    assert_eq!(mail["to"], "no-reply@rtw-academy.invalid");
}
