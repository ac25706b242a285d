//! Every endpoint, fed malformed, oversized and wrong-typed input, answers with a 4xx and a
//! message, never a 500. The server functions are taken from the framework's own registry, so a
//! new one is swept without being listed here.

use crate::common::{TestApp, HOST};
use axum::body::Body;
use http::{header, Method, Request, StatusCode};

/// A learner and a platform administrator, signed in.
async fn people(app: &TestApp) -> Vec<(&'static str, Option<String>)> {
    let learner = app
        .register("Kari Nordmann", "kari@example.org", "correct horse battery")
        .await;
    let admin = app
        .register("Ada Admin", "ada@example.org", "correct horse battery")
        .await;
    for role in ["platform_admin", "author"] {
        sqlx::query(
            "INSERT INTO user_roles (user_id, role, granted_at) SELECT id, $1, 0 FROM users WHERE email = 'ada@example.org'",
        )
        .bind(role)
        .execute(&app.db)
        .await
        .expect("role");
    }
    vec![
        ("anonymous", None),
        ("learner", Some(learner)),
        ("admin", Some(admin)),
    ]
}

/// Bodies no honest form sends.
fn bad_bodies() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let form = "application/x-www-form-urlencoded";
    vec![
        ("empty", form, Vec::new()),
        ("not UTF-8", form, vec![0xff, 0xfe, b'=', 0x80, b'&', 0xc3]),
        ("broken escapes", form, b"%%%=%zz&=&&a[=]".to_vec()),
        (
            "wrong types",
            form,
            b"attempt_id=abc&run_id=1e99&step=-1&course_id[]=x&quiz_id=%00&case_id=..%2F..&lesson_id=&code=%3Cscript%3E&id=NaN&a[x]=1&lang=xx&password=&back=javascript:alert(1)".to_vec(),
        ),
        (
            "huge numbers",
            form,
            b"attempt_id=99999999999999999999999&run_id=-99999999999999999999&step=4294967296".to_vec(),
        ),
        ("malformed JSON", "application/json", b"{\"attempt_id\": [".to_vec()),
        ("JSON of the wrong shape", "application/json", b"[1,2,3]".to_vec()),
        ("unknown type", "application/x-unknown", b"\x00\x01\x02".to_vec()),
        (
            "a thousand fields",
            form,
            (0..5000)
                .map(|i| format!("a[f{i}]=x"))
                .collect::<Vec<_>>()
                .join("&")
                .into_bytes(),
        ),
    ]
}

#[tokio::test]
async fn every_server_function_refuses_bad_input_with_a_4xx_and_a_message() {
    let app = TestApp::start().await;
    let people = people(&app).await;
    let mut endpoints: Vec<_> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(_, m)| *m == Method::POST)
        .map(|(p, _)| p)
        .collect();
    // Signing out ends the session the later requests use, so it goes last.
    endpoints.sort_by_key(|p| (p.ends_with("/sign_out"), *p));
    assert!(
        endpoints.len() >= 30,
        "the registry lists the server functions: {endpoints:?}"
    );
    let mut failures = Vec::new();
    for path in &endpoints {
        for (who, cookie) in &people {
            for (what, content_type, body) in bad_bodies() {
                let mut b = Request::post(*path)
                    .header(header::HOST, HOST)
                    .header(header::ORIGIN, format!("http://{HOST}"))
                    .header(header::ACCEPT, "application/json")
                    .header(header::CONTENT_TYPE, content_type);
                if let Some(c) = cookie {
                    b = b.header(header::COOKIE, c);
                }
                let reply = app.send(b.body(Body::from(body)).expect("request")).await;
                // A function whose arguments all have defaults may accept such a body (signing
                // out, the session); what none may do is fail, or refuse without saying why.
                let silent = reply.status.is_client_error() && reply.body.trim().is_empty();
                if reply.status.is_server_error() || silent {
                    failures.push(format!(
                        "{path} as {who} with {what}: {} {}",
                        reply.status,
                        reply.body.chars().take(160).collect::<String>()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn oversized_requests_are_refused_before_they_are_read() {
    let app = TestApp::start().await;
    let huge = vec![b'a'; 3 * 1024 * 1024];
    for path in ["/api/register", "/api/submit_attempt", "/api/sign_in"] {
        // Announced by its length: refused at once.
        let reply = app
            .send(
                Request::post(path)
                    .header(header::HOST, HOST)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(header::CONTENT_LENGTH, huge.len())
                    .body(Body::from(huge.clone()))
                    .expect("request"),
            )
            .await;
        assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert!(!reply.body.is_empty(), "{path} says why");
        // Sent without a length: reading stops at the limit, and the answer is still a 4xx.
        let reply = app
            .send(
                Request::post(path)
                    .header(header::HOST, HOST)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(huge.clone()))
                    .expect("request"),
            )
            .await;
        assert!(reply.status.is_client_error(), "{path}: {}", reply.status);
        assert!(!reply.body.is_empty(), "{path} says why");
    }
    assert_eq!(app.count("users").await, 0, "nothing was written");
}

#[tokio::test]
async fn plain_endpoints_and_pages_refuse_nonsense_without_failing() {
    let app = TestApp::start().await;
    let people = people(&app).await;
    let paths = [
        "/api/v1/certificates/%3Cscript%3E",
        "/api/v1/certificates/RTW-0000-0000",
        "/api/v1/certificates/x%00y",
        "/api/v1/status-lists/nonsense/1",
        "/api/v1/status-lists/revocation/-1",
        "/api/v1/status-lists/revocation/99999999999999999999",
        "/certificates/%FF%FE/certificate.pdf",
        "/certificates/RTW-0000-0000/credential.jwt",
        "/courses/%00",
        "/courses/rtw-coordinator/lessons/..%2F..%2Fetc%2Fpasswd",
        "/courses/rtw-coordinator/quizzes/module-1-quiz/attempts/abc",
        "/courses/rtw-coordinator/quizzes/module-1-quiz/attempts/99999999999999999999",
        "/courses/rtw-coordinator/cases/nope/runs/-1",
        "/courses/rtw-coordinator/quizzes/nope/statistics",
        "/verify/%E2%80%AE",
        "/reset-password?token=%00%00",
        "/sign-in?next=https%3A%2F%2Fevil.example",
        "/cpd?certificate=abc",
    ];
    let mut failures = Vec::new();
    for path in paths {
        for (who, cookie) in &people {
            let reply = app.get(path, cookie.as_deref()).await;
            if reply.status.is_server_error() {
                failures.push(format!("GET {path} as {who}: {}", reply.status));
            }
        }
    }
    for (method, path) in [
        (Method::POST, "/api/v1/certificates/RTW-0000-0000"),
        (Method::DELETE, "/account/data.json"),
        (Method::PUT, "/healthz"),
    ] {
        let reply = app
            .send(
                Request::builder()
                    .method(method.clone())
                    .uri(path)
                    .header(header::HOST, HOST)
                    .body(Body::from("x"))
                    .expect("request"),
            )
            .await;
        if !reply.status.is_client_error() {
            failures.push(format!("{method} {path}: {}", reply.status));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
