//! Certificates: issued automatically and exactly once with the completion that earns them,
//! verified by code by anyone (facts only, no other personal data), revoked and reinstated by
//! administrators, with an append-only log.

use crate::common::{write, TestApp};
use http::StatusCode;

const COURSE: &str = r#"
id = "cert-course"
required_languages = ["nb", "en"]
default_language = "nb"
modules = ["m", "r"]
title = { nb = "Sertifikatkurs", en = "Certificate course" }

[[certificates]]
id = "module"
title = { nb = "Modulbevis", en = "Module certificate" }
modules = ["m"]
quizzes = ["q"]
validity_months = 12

[certificates.renewal]
window_months = 12
cpd_hours = 4
modules = ["r"]
reminder_days = [90, 30]

[[certificates]]
id = "qualification"
qualification = true
title = { nb = "Kvalifisert", en = "Qualified" }
modules = ["m"]
quizzes = ["q"]
cases = [{ id = "c", min_score = 50 }]
validity_months = 36

[certificates.renewal]
window_months = 6
cpd_hours = 12
reminder_days = [60]
"#;

const ITEMS: &str = r#"
[[items]]
id = "tf"
type = "true_false"
area = "a"
answer = true
prompt = { nb = "Sant?", en = "True?" }
explanation = { nb = "Ja.", en = "Yes." }
sources = [{ title = "Testkilde" }]
"#;

const QUIZ: &str = r#"
id = "q"
title = { nb = "Test", en = "Quiz" }
pass_mark = 100
items = ["tf"]
"#;

const CASE: &str = r#"
id = "c"
jurisdiction = "NO"
start_date = "2026-02-02"
start = "a"
minutes = 5
title = { nb = "Case", en = "Case" }
summary = { nb = "Oppdiktet.", en = "Fictional." }

[[nodes]]
id = "a"
actor = "employee"
text = { nb = "Start.", en = "Start." }

[[nodes.choices]]
id = "good"
text = { nb = "Godt valg", en = "Good choice" }
next = "good-end"
expert = true
why = { nb = "Fordi.", en = "Because." }

[[nodes.choices]]
id = "poor"
text = { nb = "Dårlig valg", en = "Poor choice" }
next = "poor-end"
why = { nb = "Fordi.", en = "Because." }

[[nodes]]
id = "good-end"
actor = "employee"
text = { nb = "Bra.", en = "Good." }
ending = { outcome = "full_return", score = 90 }

[[nodes]]
id = "poor-end"
actor = "employee"
text = { nb = "Dårlig.", en = "Poor." }
ending = { outcome = "long_term_absence", score = 20 }
"#;

pub(crate) async fn setup() -> (TestApp, String) {
    setup_on(TestApp::start().await).await
}

/// The test course published on `app`, and Kari registered.
pub(crate) async fn setup_on(app: TestApp) -> (TestApp, String) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("cert-course");
    write(&d, "course.toml", COURSE);
    write(
        &d,
        "m/module.toml",
        "id = \"m\"\nquizzes = [\"q\"]\ncases = [\"c\"]\ntitle = { nb = \"M\", en = \"M\" }\n[[lessons]]\nid = \"l1\"\nminutes = 5\n[[lessons]]\nid = \"l2\"\nminutes = 5\n",
    );
    write(
        &d,
        "r/module.toml",
        "id = \"r\"\ntitle = { nb = \"Oppfriskning\", en = \"Refresher\" }\n[[lessons]]\nid = \"r1\"\nminutes = 5\n",
    );
    for l in ["l1", "l2", "r/r1"] {
        for lang in ["nb", "en"] {
            write(
                &d,
                &if l.contains('/') {
                    format!("{l}.{lang}.md")
                } else {
                    format!("m/{l}.{lang}.md")
                },
                "+++\ntitle = \"L\"\n+++\n\nTekst.\n",
            );
        }
    }
    write(&d, "items/bank.toml", ITEMS);
    write(&d, "m/q.quiz.toml", QUIZ);
    write(&d, "m/c.case.toml", CASE);
    server::courses::publish_all(&app.state.db, &d)
        .await
        .expect("publish");
    let cookie = app
        .register(
            "Kari Nordmann",
            "kari.cert@example.org",
            "correct horse battery",
        )
        .await;
    (app, cookie)
}

pub(crate) async fn complete(app: &TestApp, cookie: &str, lesson: &str) {
    let r = app
        .call(
            "complete_lesson",
            &[("course_id", "cert-course"), ("lesson_id", lesson)],
            Some(cookie),
        )
        .await;
    assert!(
        r.status.is_success() || r.status.is_redirection(),
        "{} {}",
        r.status,
        r.body
    );
}

pub(crate) async fn pass_quiz(app: &TestApp, cookie: &str) {
    let r = app
        .submit(
            "start_quiz",
            &[("course_id", "cert-course"), ("quiz_id", "q")],
            Some(cookie),
        )
        .await;
    let attempt = r
        .location()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    app.submit(
        "submit_attempt",
        &[("attempt_id", &attempt), ("a[tf]", "true")],
        Some(cookie),
    )
    .await;
}

pub(crate) async fn play_case(app: &TestApp, cookie: &str, choice: &str) {
    let r = app
        .submit(
            "start_case",
            &[("course_id", "cert-course"), ("case_id", "c")],
            Some(cookie),
        )
        .await;
    let run = r
        .location()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let d = app
        .submit(
            "decide",
            &[("run_id", &run), ("step", "0"), ("choice", choice)],
            Some(cookie),
        )
        .await;
    assert_eq!(d.status, StatusCode::FOUND, "{}", d.body);
}

pub(crate) async fn mine(app: &TestApp, cookie: &str) -> Vec<serde_json::Value> {
    let r = app.call("my_certificates", &[], Some(cookie)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.json().as_array().unwrap().clone()
}

#[tokio::test]
async fn certificates_are_issued_when_their_rules_are_met_and_only_then() {
    let (app, cookie) = setup().await;
    complete(&app, &cookie, "l1").await;
    pass_quiz(&app, &cookie).await;
    // One lesson is still missing: nothing yet.
    assert!(mine(&app, &cookie).await.is_empty());
    complete(&app, &cookie, "l2").await;
    let certs = mine(&app, &cookie).await;
    assert_eq!(certs.len(), 1);
    assert_eq!(certs[0]["title"], "Modulbevis");
    assert_eq!(certs[0]["holder"], "Kari Nordmann");
    assert_eq!(certs[0]["status"], "valid");
    let code = certs[0]["code"].as_str().unwrap();
    assert!(code.starts_with("RTW-") && code.len() == 23, "{code}");
    let year = 365 * 86_400;
    let span = certs[0]["expires_at"].as_i64().unwrap() - certs[0]["issued_at"].as_i64().unwrap();
    assert!((year..=year + 86_400).contains(&span), "12 months: {span}");

    // A poor case run (score 20 < 50) does not earn the qualification; a good one does.
    play_case(&app, &cookie, "poor").await;
    assert_eq!(mine(&app, &cookie).await.len(), 1);
    play_case(&app, &cookie, "good").await;
    let certs = mine(&app, &cookie).await;
    assert_eq!(certs.len(), 2);
    assert_eq!(certs[0]["qualification"], true);
    assert_eq!(app.count("certificate_events").await, 2);

    // Completing more (another quiz pass) issues nothing twice.
    pass_quiz(&app, &cookie).await;
    assert_eq!(app.count("certificates").await, 2);
}

#[tokio::test]
async fn concurrent_completions_issue_a_certificate_exactly_once() {
    let (app, cookie) = setup().await;
    pass_quiz(&app, &cookie).await;
    // Both lessons at once, several times over: one certificate, one log entry.
    tokio::join!(
        complete(&app, &cookie, "l1"),
        complete(&app, &cookie, "l2"),
        complete(&app, &cookie, "l1"),
        complete(&app, &cookie, "l2"),
        complete(&app, &cookie, "l2"),
        complete(&app, &cookie, "l1"),
    );
    assert_eq!(app.count("certificates").await, 1);
    assert_eq!(app.count("certificate_events").await, 1);
}

#[tokio::test]
async fn anyone_can_verify_a_code_and_sees_only_the_certificates_facts() {
    let (app, cookie) = setup().await;
    complete(&app, &cookie, "l1").await;
    complete(&app, &cookie, "l2").await;
    pass_quiz(&app, &cookie).await;
    let code = mine(&app, &cookie).await[0]["code"]
        .as_str()
        .unwrap()
        .to_string();

    let api = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let json = api.json();
    assert_eq!(json["holder"], "Kari Nordmann");
    assert_eq!(json["certificate"], "Modulbevis");
    assert_eq!(json["status"], "valid");
    assert!(
        !api.body.contains("kari.cert@example.org"),
        "no email: {}",
        api.body
    );
    // Typed loosely: lower case, spaces instead of dashes.
    let loose = code.to_lowercase().replace('-', " ");
    let page = app
        .get(&format!("/verify?code={}", loose.replace(' ', "+")), None)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Kari Nordmann") && page.body.contains("Gyldig"),
        "{}",
        page.body
    );

    for unknown in ["RTW-0000-0000-0000-0000", "not-a-code", "%3Cscript%3E"] {
        let r = app
            .get(&format!("/api/v1/certificates/{unknown}"), None)
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{unknown}");
        assert_eq!(r.json()["error"], "not_found");
    }
    let page = app.get("/verify/RTW-0000-0000-0000-0000", None).await;
    assert!(
        page.body.contains("Ingen sertifikater har denne koden."),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn administrators_revoke_and_reinstate_with_a_reason_and_the_log_keeps_it() {
    let (app, cookie) = setup().await;
    complete(&app, &cookie, "l1").await;
    complete(&app, &cookie, "l2").await;
    pass_quiz(&app, &cookie).await;
    let code = mine(&app, &cookie).await[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let form = |action: &'static str, reason: &'static str| {
        vec![
            ("code", code.clone()),
            ("action", action.to_string()),
            ("reason", reason.to_string()),
        ]
    };

    // A learner may not.
    let f = form("revoke", "no");
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let denied = app.call("change_certificate", &refs, Some(&cookie)).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);

    let admin = app
        .register("Ada Admin", "ada@example.org", "a long admin password")
        .await;
    sqlx::query("INSERT INTO user_roles (user_id, role, granted_at) SELECT id, 'platform_admin', 0 FROM users WHERE email = 'ada@example.org'")
        .execute(&app.db)
        .await
        .unwrap();
    let f = form("revoke", "  ");
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let no_reason = app.call("change_certificate", &refs, Some(&admin)).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);

    let f = form("revoke", "Utstedt ved en feil");
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let revoked = app.submit("change_certificate", &refs, Some(&admin)).await;
    assert_eq!(revoked.status, StatusCode::FOUND, "{}", revoked.body);
    let api = app
        .get(&format!("/api/v1/certificates/{code}"), None)
        .await
        .json();
    assert_eq!(api["status"], "revoked");
    // The public answer never carries the reason; the holder sees it.
    assert!(api.get("status_reason").is_none());
    assert_eq!(
        mine(&app, &cookie).await[0]["status_reason"],
        "Utstedt ved en feil"
    );
    // Revoking twice says so.
    let again = app.call("change_certificate", &refs, Some(&admin)).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);

    let f = form("reinstate", "Feilen var vår");
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.submit("change_certificate", &refs, Some(&admin)).await;
    assert_eq!(
        app.get(&format!("/api/v1/certificates/{code}"), None)
            .await
            .json()["status"],
        "valid"
    );

    let log: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT event, reason FROM certificate_events ORDER BY id")
            .fetch_all(&app.db)
            .await
            .unwrap();
    assert_eq!(
        log,
        [
            ("issued".to_string(), None),
            (
                "revoked".to_string(),
                Some("Utstedt ved en feil".to_string())
            ),
            ("reinstated".to_string(), Some("Feilen var vår".to_string())),
        ]
    );
    // No one edits the log or a certificate's facts, whatever their role: the database refuses.
    for sql in [
        "UPDATE certificate_events SET reason = 'x'",
        "DELETE FROM certificate_events",
        "UPDATE certificates SET holder_name = 'Someone Else'",
        "UPDATE certificates SET expires_at = expires_at + 1",
        "DELETE FROM certificates",
    ] {
        assert!(
            sqlx::query(sql).execute(&app.db).await.is_err(),
            "{sql} was allowed"
        );
    }
}

#[tokio::test]
async fn certificate_look_ups_are_rate_limited_per_address() {
    use tower::ServiceExt;
    let (app, _) = setup().await;
    let mut state = app.state.clone();
    let mut config = (*state.config).clone();
    config.verify_per_minute = 3;
    state.config = std::sync::Arc::new(config);
    let router = server::startup::router(state);
    let get = |path: &str| {
        http::Request::builder()
            .uri(path)
            .header(http::header::HOST, "rtw.test")
            .body(axum::body::Body::empty())
            .unwrap()
    };
    for _ in 0..3 {
        let r = router
            .clone()
            .oneshot(get("/api/v1/certificates/RTW-0000-0000-0000-0000"))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
    }
    let limited = router
        .clone()
        .oneshot(get("/verify/RTW-0000-0000-0000-0000"))
        .await
        .unwrap();
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers().contains_key(http::header::RETRY_AFTER));
    // Other pages are not limited.
    let home = router.clone().oneshot(get("/")).await.unwrap();
    assert_eq!(home.status(), StatusCode::OK);
}
