//! A learner's own data: the download holds everything stored about them and nothing about
//! anyone else; deleting the account needs the password and a confirmation, removes the person
//! and their records in one go, and keeps their certificates verifiable (the retention policy in
//! SECURITY.md).

use crate::certificates::{complete, mine, pass_quiz, play_case, setup};
use crate::common::TestApp;
use http::{header, StatusCode};
use serde_json::Value;

const PASSWORD: &str = "correct horse battery";
const EMAIL: &str = "kari.cert@example.org";

async fn earn_everything(app: &TestApp, cookie: &str) {
    complete(app, cookie, "l1").await;
    complete(app, cookie, "l2").await;
    pass_quiz(app, cookie).await;
    play_case(app, cookie, "good").await;
}

async fn count_for(app: &TestApp, table: &str, user: i64) -> i64 {
    let sql = format!("SELECT COUNT(*) FROM {table} WHERE user_id = $1");
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(user)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

async fn user_id(app: &TestApp, cookie: &str) -> i64 {
    app.call("session", &[], Some(cookie)).await.json()["id"]
        .as_i64()
        .expect("signed in")
}

#[tokio::test]
async fn the_download_holds_everything_about_the_learner_and_nothing_about_others() {
    let (app, cookie) = setup().await;
    earn_everything(&app, &cookie).await;
    let other = app
        .register("Ola Annen", "ola.other@example.org", PASSWORD)
        .await;
    complete(&app, &other, "l1").await;

    let signed_out = app.get("/account/data.json", None).await;
    assert!(signed_out.status.is_redirection(), "{}", signed_out.status);
    assert_eq!(signed_out.location(), Some("/sign-in?next=%2Faccount"));

    let reply = app.get("/account/data.json", Some(&cookie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let disposition = reply.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    assert!(!reply.body.contains("ola.other@example.org"));
    assert!(!reply.body.contains("Ola Annen"));
    let doc: Value = reply.json();
    assert_eq!(doc["format"], "rtw-academy-personal-data/1");
    assert_eq!(doc["account"]["email"], EMAIL);
    assert_eq!(doc["account"]["name"], "Kari Nordmann");
    assert_eq!(doc["account"]["roles"], serde_json::json!(["learner"]));
    assert!(doc["sessions"].as_array().unwrap().len() == 1);

    let lessons: Vec<&str> = doc["lesson_completions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["course"] == "cert-course")
        .map(|l| l["lesson"].as_str().unwrap())
        .collect();
    assert_eq!(lessons, ["l1", "l2"]);

    let attempt = &doc["quiz_attempts"][0];
    assert_eq!(attempt["quiz"], "q");
    assert_eq!(attempt["passed"], true);
    assert_eq!(attempt["percent"], 100);
    assert_eq!(attempt["answers"][0]["item"], "tf");
    assert_eq!(attempt["answers"][0]["credit_thousandths"], 1000);

    let run = &doc["case_runs"][0];
    assert_eq!(run["case"], "c");
    assert_eq!(run["score"], 90);
    assert_eq!(run["decisions"][0]["choice"], "good");

    let certificates = doc["certificates"].as_array().unwrap();
    assert_eq!(certificates.len(), 2);
    assert_eq!(certificates[0]["holder_name"], "Kari Nordmann");
    assert_eq!(certificates[0]["log"][0]["event"], "issued");
    // Times are ISO 8601 in UTC.
    let issued = certificates[0]["issued_at"].as_str().unwrap();
    assert!(issued.len() == 20 && issued.ends_with('Z'), "{issued}");
}

#[tokio::test]
async fn deleting_the_account_needs_the_password_removes_the_person_and_keeps_certificates_verifiable(
) {
    let (app, cookie) = setup().await;
    earn_everything(&app, &cookie).await;
    let id = user_id(&app, &cookie).await;
    let code = mine(&app, &cookie).await[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let attempts = count_for(&app, "quiz_attempts", id).await;
    assert!(attempts > 0);

    // A wrong password or a missing confirmation deletes nothing and says why.
    for (form, field, key) in [
        (
            vec![("password", "not my password"), ("confirm", "yes")],
            "password",
            "account-delete-password-wrong",
        ),
        (
            vec![("password", PASSWORD)],
            "confirm",
            "account-delete-confirm-missing",
        ),
        (
            vec![("confirm", "yes")],
            "password",
            "account-delete-password-missing",
        ),
    ] {
        let r = app.call("delete_account", &form, Some(&cookie)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains(key), "{field}: {}", r.body);
        assert_eq!(count_for(&app, "quiz_attempts", id).await, attempts);
    }
    let signed_out = app
        .call(
            "delete_account",
            &[("password", PASSWORD), ("confirm", "yes")],
            None,
        )
        .await;
    assert_eq!(signed_out.status, StatusCode::UNAUTHORIZED);

    // Without JavaScript, as the form posts it.
    let done = app
        .submit(
            "delete_account",
            &[("password", PASSWORD), ("confirm", "yes")],
            Some(&cookie),
        )
        .await;
    assert!(
        done.status.is_redirection(),
        "{} {}",
        done.status,
        done.body
    );
    assert_eq!(done.location(), Some("/account?deleted=1"));

    for table in [
        "sessions",
        "user_roles",
        "enrolments",
        "lesson_completions",
        "quiz_attempts",
        "case_runs",
        "cpd_entries",
    ] {
        assert_eq!(count_for(&app, table, id).await, 0, "{table}");
    }
    let orphans: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM quiz_answers WHERE attempt_id NOT IN (SELECT id FROM quiz_attempts))
              + (SELECT COUNT(*) FROM case_decisions WHERE run_id NOT IN (SELECT id FROM case_runs))",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(orphans, 0);
    let (email, name): (String, String) =
        sqlx::query_as("SELECT email, display_name FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert!(!email.contains("kari"), "{email}");
    assert_eq!(name, "");

    // The old session and the old password open nothing.
    let session = app.call("session", &[], Some(&cookie)).await;
    assert_eq!(session.json(), Value::Null);
    let mine = app.call("my_certificates", &[], Some(&cookie)).await;
    assert_eq!(mine.status, StatusCode::UNAUTHORIZED);
    let sign_in = app
        .call("sign_in", &[("email", EMAIL), ("password", PASSWORD)], None)
        .await;
    assert_eq!(sign_in.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.get("/account/data.json", Some(&cookie)).await.status,
        StatusCode::SEE_OTHER
    );

    // The certificate is still verifiable, as issued.
    let api = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    assert_eq!(api.json()["holder"], "Kari Nordmann");
    assert_eq!(api.json()["status"], "valid");

    // The address is free for a new account, which starts empty.
    let fresh = app.register("Kari Nordmann", EMAIL, PASSWORD).await;
    assert!(mine_is_empty(&app, &fresh).await);
}

async fn mine_is_empty(app: &TestApp, cookie: &str) -> bool {
    mine(app, cookie).await.is_empty()
}

/// The hourly clean-up deletes ended sign-ins, spent reset links and delivered emails older than
/// the retention period, and nothing that is still live or waiting.
#[tokio::test]
async fn the_clean_up_deletes_only_what_is_past_the_retention_period() {
    let app = TestApp::start().await;
    let cookie = app.register("Ny Bruker", "new@example.org", PASSWORD).await;
    let pool = &app.db;
    let t = app::server::now();
    let day = 86_400;
    let id = user_id(&app, &cookie).await;
    for (sid, created, expires, revoked) in [
        (
            "ended-long-ago",
            t - 200 * day,
            t - 186 * day,
            Some(t - 190 * day),
        ),
        ("expired-long-ago", t - 120 * day, t - 100 * day, None),
        (
            "ended-recently",
            t - 20 * day,
            t + 10 * day,
            Some(t - 5 * day),
        ),
    ] {
        sqlx::query("INSERT INTO sessions (id, user_id, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(sid)
            .bind(id)
            .bind(created)
            .bind(expires)
            .bind(revoked)
            .execute(pool)
            .await
            .unwrap();
    }
    for (hash, expires, used) in [
        ("old", t - 100 * day, None),
        ("used-old", t + day, Some(t - 95 * day)),
        ("live", t + 3600, None),
    ] {
        sqlx::query("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(hash)
            .bind(id)
            .bind(t - 101 * day)
            .bind(expires)
            .bind(used)
            .execute(pool)
            .await
            .unwrap();
    }
    for (delivered, created) in [
        (Some(t - 91 * day), t - 92 * day),
        (Some(t - day), t - day),
        (None, t - 200 * day),
    ] {
        sqlx::query("INSERT INTO outbox (kind, payload, created_at, available_at, delivered_at) VALUES ('email', '{}', $1, $2, $3)")
            .bind(created)
            .bind(created)
            .bind(delivered)
            .execute(pool)
            .await
            .unwrap();
    }

    let purged = app::with_data!(app.state.db, |d, pool| {
        d::services::privacy::purge(pool, t, 90).await
    })
    .unwrap();
    assert_eq!(
        (purged.sessions, purged.password_resets, purged.emails),
        (2, 2, 1)
    );
    let sessions: Vec<String> = sqlx::query_scalar(
        // The named rows of this test (the account's own sign-in has a random hex id).
        "SELECT id FROM sessions WHERE user_id = $1 AND id LIKE 'e%-%' ORDER BY id",
    )
    .bind(id)
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(sessions, ["ended-recently"]);
    let resets: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM password_resets")
        .fetch_all(pool)
        .await
        .unwrap();
    assert_eq!(resets, ["live"]);
    // The email still waiting (the mail server was down) is kept however old it is.
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND created_at < $1",
    )
    .bind(t - 100 * day)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(waiting, 1);
    // The learner's own session, made at registration, still signs them in.
    assert!(app.call("session", &[], Some(&cookie)).await.json()["id"].is_i64());
    // Nothing more to do the second time.
    let again = app::with_data!(app.state.db, |d, pool| {
        d::services::privacy::purge(pool, t, 90).await
    })
    .unwrap();
    assert_eq!(again.total(), 0);
}

#[tokio::test]
async fn certificates_of_deleted_accounts_are_erased_only_after_the_configured_period() {
    let (app, kari) = setup().await;
    let ola = app
        .register("Ola Nordmann", "ola.cert@example.org", PASSWORD)
        .await;
    for cookie in [&kari, &ola] {
        complete(&app, cookie, "l1").await;
        complete(&app, cookie, "l2").await;
        pass_quiz(&app, cookie).await;
    }
    let karis = mine(&app, &kari).await[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let olas = mine(&app, &ola).await[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let gone = app
        .call(
            "delete_account",
            &[("password", PASSWORD), ("confirm", "yes")],
            Some(&kari),
        )
        .await;
    assert!(gone.status.is_success(), "{} {}", gone.status, gone.body);
    let pool = &app.db;
    let expires: i64 = sqlx::query_scalar("SELECT expires_at FROM certificates WHERE code = $1")
        .bind(&karis)
        .fetch_one(pool)
        .await
        .unwrap();
    let verify = |code: String| {
        let app = &app;
        async move {
            app.call("verify_certificate", &[("code", &code)], None)
                .await
                .status
        }
    };
    let erase = |t: i64| {
        let db = &app.state.db;
        async move {
            app::with_data!(db, |d, pool| {
                d::services::privacy::erase_certificates_of_deleted(pool, t, 30).await
            })
        }
    };

    // Kept, verifiable, while valid and for 30 days after expiry.
    assert_eq!(erase(app::server::now()).await.unwrap(), 0);
    assert_eq!(erase(expires + 29 * 86_400).await.unwrap(), 0);
    assert_eq!(verify(karis.clone()).await, StatusCode::OK);
    // Then erased with its log; the certificate of an account that exists stays, expired or not.
    assert_eq!(erase(expires + 31 * 86_400).await.unwrap(), 1);
    assert_eq!(verify(karis.clone()).await, StatusCode::NOT_FOUND);
    assert_eq!(verify(olas.clone()).await, StatusCode::OK);
    let log: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM certificate_events e JOIN certificates c ON c.id = e.certificate_id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(
        log,
        app.count("certificate_events").await,
        "no log rows left behind"
    );
    assert_eq!(app.count("certificates").await, 1);
    // The guard still refuses to delete a living account's certificate or its log.
    let refused = sqlx::query("DELETE FROM certificates WHERE code = $1")
        .bind(&olas)
        .execute(pool)
        .await;
    assert!(
        refused.is_err(),
        "a living account's certificate was deleted"
    );
    let refused = sqlx::query("DELETE FROM certificate_events")
        .execute(pool)
        .await;
    assert!(
        refused.is_err(),
        "a living account's certificate log was deleted"
    );
    assert_eq!(erase(expires + 400 * 86_400).await.unwrap(), 0, "only once");
}
