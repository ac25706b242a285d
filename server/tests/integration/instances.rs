//! Several server instances on one database, as behind a load balancer: each has its own data
//! folder and its own background worker, and they share nothing but the database.

use crate::common::{settings, SmtpSink, TestApp};
use crate::scratch::Scratch;
use app::server::data_sqlite::email::outbox;
use app::server::mailer::EmailMessage;
use app::server::{AppState, Database};
use serde_json::Value;
use server::startup::build_state;
use std::collections::BTreeMap;
use std::path::Path;

const PASSWORD: &str = "correct horse battery";

/// An instance on the database in `db_dir`, with its own data folder.
async fn instance(db_dir: &Path, smtp_url: Option<String>) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = settings(dir.path(), smtp_url);
    s.database_url = format!("sqlite:{}", db_dir.join("rtw.db").display());
    let state = build_state(&s).await.expect("state");
    TestApp::assemble(dir, state, &s.database_url, None).await
}

async fn signed_in_as(app: &TestApp, cookie: &str) -> Value {
    app.call("session", &[], Some(cookie)).await.json()["email"].clone()
}

#[tokio::test]
async fn a_session_made_by_one_instance_is_valid_on_the_others_until_signed_out_on_any() {
    let first = TestApp::start().await;
    let second = instance(first.dir.path(), None).await;
    assert!(
        !second.dir.path().join("data/session.key").exists()
            && !first.dir.path().join("data/session.key").exists(),
        "no instance keeps a key of its own"
    );

    let cookie = first
        .register("Kari Nordmann", "kari@example.org", PASSWORD)
        .await;
    assert_eq!(signed_in_as(&second, &cookie).await, "kari@example.org");
    // A page too, not only the session call.
    let page = second.get("/account", Some(&cookie)).await;
    assert_eq!(page.status, http::StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("kari@example.org"), "{}", page.body);

    // Signing out on the second ends the session on the first.
    second.call("sign_out", &[], Some(&cookie)).await;
    assert_eq!(signed_in_as(&first, &cookie).await, Value::Null);

    // A third instance started later finds the same key.
    let third = instance(first.dir.path(), None).await;
    let again = third
        .submit(
            "sign_in",
            &[("email", "kari@example.org"), ("password", PASSWORD)],
            None,
        )
        .await;
    let cookie = again.session_cookie().expect("a session");
    assert_eq!(signed_in_as(&first, &cookie).await, "kari@example.org");
}

#[tokio::test]
async fn an_installation_from_before_shared_keys_keeps_its_sessions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = app::server::random_hex(64);
    std::fs::create_dir_all(dir.path().join("data")).expect("data folder");
    std::fs::write(dir.path().join("data/session.key"), &key).expect("old key");
    let state = build_state(&settings(dir.path(), None))
        .await
        .expect("state");
    let stored: String =
        sqlx::query_scalar("SELECT value FROM shared_secrets WHERE name = 'session_key'")
            .fetch_one(crate::common::sqlite(&state.db))
            .await
            .expect("the shared key");
    assert_eq!(stored, key, "the old file's key is the one shared");

    std::fs::write(dir.path().join("data/session.key"), "not a key").expect("spoil it");
    let broken = build_state(&settings(dir.path(), None)).await;
    let message = broken
        .err()
        .expect("a spoilt key file stops the start")
        .to_string();
    assert!(message.contains("session.key is not hex"), "{message}");
}

#[tokio::test]
async fn two_instances_delivering_the_same_outbox_send_each_email_once() {
    let sink = SmtpSink::start();
    let first = TestApp::start_with(Some(sink.url())).await;
    let second = instance(first.dir.path(), Some(sink.url())).await;

    const EMAILS: usize = 60;
    let mut tx = crate::common::sqlite(&first.state.db)
        .begin()
        .await
        .expect("transaction");
    for n in 0..EMAILS {
        let msg = EmailMessage {
            to: format!("person{n}@example.org"),
            to_name: None,
            subject: format!("Message {n}"),
            text: format!("Body {n}"),
        };
        outbox::enqueue_email(&mut tx, &msg).await.expect("queue");
    }
    tx.commit().await.expect("commit");

    // Both workers run at once until nothing is left, as two servers' workers would.
    async fn drain(app: &TestApp) -> usize {
        let mut sent = 0;
        loop {
            match outbox::deliver_due(&app.state).await.expect("a pass") {
                0 => return sent,
                n => sent += n,
            }
        }
    }
    let (a, b) = tokio::join!(drain(&first), drain(&second));
    assert_eq!(a + b, EMAILS, "first sent {a}, second {b}");
    assert_eq!(outbox::pending(&first.state).await.expect("pending"), 0);

    let mut received: BTreeMap<String, usize> = BTreeMap::new();
    for m in sink.messages() {
        *received
            .entry(m["subject"].as_str().expect("subject").to_string())
            .or_default() += 1;
    }
    assert_eq!(received.len(), EMAILS, "every email arrived");
    let twice: Vec<_> = received.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
}

/// The same on PostgreSQL, where the two workers really claim at the same moment: each instance
/// has its own connections, and nothing serialises their writes as SQLite does. The claim skips
/// rows another worker is claiming (`FOR UPDATE SKIP LOCKED`).
#[tokio::test]
async fn two_instances_on_postgresql_send_each_email_once() {
    let sink = SmtpSink::start();
    let scratch = Scratch::new().await;
    data_pg::db::migrate(&scratch.pool)
        .await
        .expect("migrations");
    // Two instances' states (mailer, settings) with a pool each on the one PostgreSQL database.
    let mut instances: Vec<AppState> = Vec::new();
    let mut dirs = Vec::new();
    for _ in 0..2 {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut state = build_state(&settings(dir.path(), Some(sink.url())))
            .await
            .expect("state");
        state.db = Database::Postgres(scratch.connect().await);
        instances.push(state);
        dirs.push(dir);
    }

    const EMAILS: usize = 200;
    let mut tx = scratch.pool.begin().await.expect("transaction");
    for n in 0..EMAILS {
        let msg = EmailMessage {
            to: format!("person{n}@example.org"),
            to_name: None,
            subject: format!("Message {n}"),
            text: format!("Body {n}"),
        };
        data_pg::email::outbox::enqueue_email(&mut tx, &msg)
            .await
            .expect("queue");
    }
    tx.commit().await.expect("commit");

    async fn drain(state: &AppState) -> usize {
        let mut sent = 0;
        loop {
            match data_pg::email::outbox::deliver_due(state)
                .await
                .expect("a pass")
            {
                0 => return sent,
                n => sent += n,
            }
        }
    }
    let (a, b) = tokio::join!(drain(&instances[0]), drain(&instances[1]));
    let left = data_pg::email::outbox::pending(&instances[0])
        .await
        .expect("pending");
    for state in &instances {
        state.db.close().await;
    }
    scratch.finish().await;
    assert_eq!(a + b, EMAILS, "first sent {a}, second {b}");
    assert_eq!(left, 0);
    assert!(
        a > 0 && b > 0,
        "both instances worked (first {a}, second {b})"
    );

    let mut received: BTreeMap<String, usize> = BTreeMap::new();
    for m in sink.messages() {
        *received
            .entry(m["subject"].as_str().expect("subject").to_string())
            .or_default() += 1;
    }
    assert_eq!(received.len(), EMAILS, "every email arrived");
    let twice: Vec<_> = received.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
}
