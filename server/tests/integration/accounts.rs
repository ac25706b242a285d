//! Accounts over HTTP: registration, sign-in, sign-out with revocation, password reset by email.

use crate::common::{SmtpSink, TestApp};
use http::StatusCode;
use serde_json::Value;

const PASSWORD: &str = "correct horse battery";

async fn session_user(app: &TestApp, cookie: &str) -> Value {
    app.call("session", &[], Some(cookie)).await.json()
}

#[tokio::test]
async fn registering_signs_the_learner_in() {
    let app = TestApp::start().await;
    let cookie = app
        .register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    let me = session_user(&app, &cookie).await;
    assert_eq!(me["email"], "kari@example.org");
    assert_eq!(me["name"], "Kari Nordmann");
    assert_eq!(me["roles"], serde_json::json!(["learner"]));
    let stored: String = sqlx::query_scalar("SELECT password_hash FROM users")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert!(stored.starts_with("$argon2id$"), "stored: {stored}");
}

#[tokio::test]
async fn a_taken_email_is_refused_and_nothing_changes() {
    let app = TestApp::start().await;
    app.register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    let reply = app
        .call(
            "register",
            &[
                ("name", "Someone Else"),
                ("email", "KARI@example.org"),
                ("password", "another long password"),
            ],
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("error-email-taken"), "{}", reply.body);
    assert!(reply.session_cookie().is_none());
    assert_eq!(app.count("users").await, 1);
}

#[tokio::test]
async fn empty_and_short_fields_are_each_explained() {
    let app = TestApp::start().await;
    let reply = app
        .call(
            "register",
            &[
                ("name", " "),
                ("email", "not-an-email"),
                ("password", "short"),
            ],
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let err = reply.json();
    let fields: Vec<&str> = err["Invalid"]
        .as_array()
        .expect("field errors")
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "email", "password"]);
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_wrong_password_gets_the_same_answer_as_an_unknown_email() {
    let app = TestApp::start().await;
    app.register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    let wrong = app
        .call(
            "sign_in",
            &[
                ("email", "kari@example.org"),
                ("password", "wrong password!!"),
            ],
            None,
        )
        .await;
    let unknown = app
        .call(
            "sign_in",
            &[
                ("email", "nobody@example.org"),
                ("password", "wrong password!!"),
            ],
            None,
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.status, unknown.status);
    assert_eq!(wrong.body, unknown.body);
    assert!(wrong.session_cookie().is_none());
}

/// ASVS 2.1.7: a password known from data breaches is refused at registration, with a message
/// that says why, and no account is made.
#[tokio::test]
async fn a_password_known_from_breaches_is_refused() {
    let app = TestApp::start().await;
    let reply = app
        .call(
            "register",
            &[
                ("name", "Kari Nordmann"),
                ("email", "kari@example.org"),
                ("password", "Qwerty123456"),
            ],
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains("error-password-breached"),
        "{}",
        reply.body
    );
    assert_eq!(app.count("users").await, 0);
}

/// ASVS 2.2.1: after ten failures an account is locked for a while, whatever the password, with
/// a clear answer; other accounts are not affected. Unknown accounts are counted the same way, so
/// the lock tells nothing about whether an account exists.
#[tokio::test]
async fn ten_failed_sign_ins_lock_the_account_for_a_while_and_no_other() {
    let app = TestApp::start().await;
    app.register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    app.register("Ola Nordmann", "ola@example.org", PASSWORD)
        .await;
    let sign_in = |email: &'static str, password: &'static str| {
        let app = &app;
        async move {
            app.call("sign_in", &[("email", email), ("password", password)], None)
                .await
        }
    };
    for _ in 0..10 {
        let reply = sign_in("kari@example.org", "wrong password!!").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        let reply = sign_in("nobody@example.org", "wrong password!!").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    // The right password, written another way, is refused now too, and no session starts.
    let locked = sign_in("KARI@example.org", PASSWORD).await;
    assert_eq!(
        locked.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        locked.body
    );
    assert!(locked.body.contains("TooManyAttempts"), "{}", locked.body);
    assert!(locked.session_cookie().is_none());
    let unknown = sign_in("nobody@example.org", "wrong password!!").await;
    assert_eq!(unknown.status, locked.status);
    assert_eq!(unknown.body, locked.body);

    let other = sign_in("ola@example.org", PASSWORD).await;
    assert!(
        other.session_cookie().is_some(),
        "{} {}",
        other.status,
        other.body
    );
}

#[tokio::test]
async fn signing_out_revokes_the_session_on_the_server() {
    let app = TestApp::start().await;
    let cookie = app
        .register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    let out = app.call("sign_out", &[], Some(&cookie)).await;
    assert!(
        out.status.is_success() || out.status.is_redirection(),
        "{}",
        out.status
    );
    // The old cookie, replayed, no longer signs anyone in.
    assert_eq!(session_user(&app, &cookie).await, Value::Null);
    let revoked: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE revoked_at IS NOT NULL")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(revoked, 1);

    let again = app
        .submit(
            "sign_in",
            &[("email", "kari@example.org"), ("password", PASSWORD)],
            None,
        )
        .await;
    assert_eq!(again.status, StatusCode::FOUND);
    assert_eq!(again.location(), Some("/courses/rtw-coordinator"));
    let cookie = again.session_cookie().expect("new session");
    assert_eq!(
        session_user(&app, &cookie).await["email"],
        "kari@example.org"
    );
}

#[tokio::test]
async fn a_tampered_session_cookie_signs_no_one_in() {
    let app = TestApp::start().await;
    let cookie = app
        .register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    // Change one character in the middle of the signature (the last part of the token).
    let at = cookie.rfind('.').unwrap() + 10;
    let mut tampered = cookie.clone();
    let old = tampered.as_bytes()[at];
    let new = if old == b'x' { "y" } else { "x" };
    tampered.replace_range(at..at + 1, new);
    assert_ne!(tampered, cookie);
    assert_eq!(session_user(&app, &tampered).await, Value::Null);
}

fn reset_link(text: &str) -> String {
    let start = text
        .find("http://rtw.test/reset-password?token=")
        .expect("a reset link in the email");
    text[start..].split_whitespace().next().unwrap().to_string()
}

#[tokio::test]
async fn a_password_reset_arrives_by_smtp_and_ends_every_session() {
    let smtp = SmtpSink::start();
    let app = TestApp::start_with(Some(smtp.url())).await;
    let old_session = app
        .register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;

    let reply = app
        .submit(
            "request_password_reset",
            &[("email", "kari@example.org")],
            None,
        )
        .await;
    assert_eq!(reply.location(), Some("/forgot-password?sent=1"));
    // An unknown address gets the same answer and sends nothing.
    let unknown = app
        .submit(
            "request_password_reset",
            &[("email", "nobody@example.org")],
            None,
        )
        .await;
    assert_eq!(unknown.status, reply.status);
    assert_eq!(unknown.location(), reply.location());

    let delivered = app::with_data!(app.state.db, |d| {
        d::email::outbox::deliver_due(&app.state).await
    })
    .unwrap();
    assert_eq!(delivered, 1);
    let mail = smtp.messages();
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0]["to"], serde_json::json!(["kari@example.org"]));
    let link = reset_link(mail[0]["text"].as_str().unwrap());
    let token = link.split("token=").nth(1).unwrap();

    let too_short = app
        .call(
            "reset_password",
            &[("token", token), ("password", "short")],
            None,
        )
        .await;
    assert_eq!(too_short.status, StatusCode::UNPROCESSABLE_ENTITY);

    let done = app
        .submit(
            "reset_password",
            &[("token", token), ("password", "a brand new passphrase")],
            None,
        )
        .await;
    assert_eq!(done.location(), Some("/sign-in?reset=1"));
    assert_eq!(session_user(&app, &old_session).await, Value::Null);

    let reused = app
        .call(
            "reset_password",
            &[("token", token), ("password", "yet another passphrase")],
            None,
        )
        .await;
    assert!(reused.body.contains("LinkExpired"), "{}", reused.body);

    let old = app
        .call(
            "sign_in",
            &[("email", "kari@example.org"), ("password", PASSWORD)],
            None,
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = app
        .call(
            "sign_in",
            &[
                ("email", "kari@example.org"),
                ("password", "a brand new passphrase"),
            ],
            None,
        )
        .await;
    assert!(
        new.session_cookie().is_some(),
        "{} {}",
        new.status,
        new.body
    );
}

#[tokio::test]
async fn mail_waits_in_the_outbox_while_the_smtp_server_is_down() {
    // Nothing listens on this port: delivery fails, the message stays queued for a retry.
    let app = TestApp::start_with(Some("smtp://127.0.0.1:9".into())).await;
    app.register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    app.submit(
        "request_password_reset",
        &[("email", "kari@example.org")],
        None,
    )
    .await;
    let delivered = app::with_data!(app.state.db, |d| {
        d::email::outbox::deliver_due(&app.state).await
    })
    .unwrap();
    assert_eq!(delivered, 0);
    let (attempts, delivered_at): (i64, Option<i64>) =
        sqlx::query_as("SELECT attempts, delivered_at FROM outbox")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!((attempts, delivered_at), (1, None));
}

#[tokio::test]
async fn the_first_administrator_is_created_or_promoted_from_the_command_line() {
    let app = TestApp::start().await;
    let (id, created) = app::with_data!(app.state.db, |d, pool| {
        d::services::accounts::create_admin(pool, "Bo Sjef", "boss@example.org", PASSWORD).await
    })
    .unwrap();
    assert!(created);
    let cookie = app
        .call(
            "sign_in",
            &[("email", "boss@example.org"), ("password", PASSWORD)],
            None,
        )
        .await
        .session_cookie()
        .unwrap();
    let me = session_user(&app, &cookie).await;
    assert!(
        me["roles"]
            .as_array()
            .unwrap()
            .contains(&"platform_admin".into()),
        "{me}"
    );

    let learner = app
        .register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    let (kari, created) = app::with_data!(app.state.db, |d, pool| {
        d::services::accounts::create_admin(pool, "Kari Nordmann", "kari@example.org", PASSWORD)
            .await
    })
    .unwrap();
    assert!(!created && kari != id);
    assert!(session_user(&app, &learner).await["roles"]
        .as_array()
        .unwrap()
        .contains(&"platform_admin".into()));
    assert!(app::with_data!(app.state.db, |d, pool| {
        d::services::accounts::create_admin(pool, "X", "x@example.org", "short").await
    })
    .is_err());
}
