//! Renewal: the continuing professional development (CPD) log, renewing a certificate once its
//! window is open and its requirements are met (a new certificate linked to the old, exactly
//! once), and reminder emails before expiry, queued once per interval through the outbox.

use crate::certificates::{complete, mine, pass_quiz, play_case, setup};
use crate::common::TestApp;
use http::StatusCode;
use serde_json::Value;

async fn certified() -> (TestApp, String, Value) {
    let (app, cookie) = setup().await;
    complete(&app, &cookie, "l1").await;
    complete(&app, &cookie, "l2").await;
    pass_quiz(&app, &cookie).await;
    let cert = mine(&app, &cookie).await[0].clone();
    (app, cookie, cert)
}

async fn log_cpd(app: &TestApp, cookie: &str, hours: &str) -> crate::common::Reply {
    app.call(
        "add_cpd",
        &[
            ("activity", "Kurs i motiverende intervju"),
            ("provider", "NAV Arbeidslivssenter"),
            (
                "done_on",
                &app::domain::clock::format_date(app::server::now()),
            ),
            ("hours", hours),
            ("attested_by", "Kari Leder, HR-sjef"),
        ],
        Some(cookie),
    )
    .await
}

async fn renew(app: &TestApp, cookie: &str, code: &str) -> crate::common::Reply {
    app.call("renew_certificate", &[("code", code)], Some(cookie))
        .await
}

fn field_error(r: &crate::common::Reply) -> String {
    r.json()["Invalid"][0]["key"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_certificate_is_renewed_once_when_its_requirements_are_met() {
    let (app, cookie, cert) = certified().await;
    let code = cert["code"].as_str().unwrap().to_string();
    let r = &cert["renewal"];
    assert_eq!(r["state"], "open");
    assert_eq!(r["ready"], false);
    assert_eq!(
        (r["cpd_tenths"].as_i64(), r["cpd_required_tenths"].as_i64()),
        (Some(0), Some(40))
    );
    assert_eq!(r["modules_missing"], serde_json::json!(["Oppfriskning"]));

    let early = renew(&app, &cookie, &code).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_error(&early), "renewal-requirements");

    assert_eq!(log_cpd(&app, &cookie, "2,5").await.status, StatusCode::OK);
    assert_eq!(log_cpd(&app, &cookie, "1.5").await.status, StatusCode::OK);
    let r = &mine(&app, &cookie).await[0]["renewal"];
    assert_eq!(r["cpd_tenths"], 40);
    assert_eq!(r["ready"], false, "the refresher module is still missing");
    complete(&app, &cookie, "r1").await;
    assert_eq!(mine(&app, &cookie).await[0]["renewal"]["ready"], true);

    // Two renewals at once: exactly one new certificate.
    let (a, b) = tokio::join!(renew(&app, &cookie, &code), renew(&app, &cookie, &code));
    let ok: Vec<_> = [&a, &b]
        .into_iter()
        .filter(|r| r.status == StatusCode::OK)
        .collect();
    assert_eq!(
        ok.len(),
        1,
        "{} {} / {} {}",
        a.status,
        a.body,
        b.status,
        b.body
    );
    let loser = if a.status == StatusCode::OK { &b } else { &a };
    assert_eq!(field_error(loser), "renewal-closed-error");
    let new_code = ok[0].json().as_str().unwrap().to_string();

    let certs = mine(&app, &cookie).await;
    assert_eq!(certs.len(), 2);
    let old = certs.iter().find(|c| c["code"] == code).unwrap();
    let new = certs.iter().find(|c| c["code"] == new_code).unwrap();
    assert_eq!(old["renewal"]["state"], "renewed");
    assert_eq!(old["renewal"]["renewed_by"], new_code);
    assert_eq!(
        old["status"], "valid",
        "the old one stays valid until it expires"
    );
    // The new one runs twelve months from the old expiry.
    let expected = app::domain::certification::expiry(old["expires_at"].as_i64().unwrap(), 12);
    assert_eq!(new["expires_at"].as_i64().unwrap(), expected);

    let links: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT n.code, o.code FROM certificates n LEFT JOIN certificates o ON o.id = n.renews ORDER BY n.id",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(
        links,
        [(code.clone(), None), (new_code.clone(), Some(code.clone()))]
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
            ("renewed".to_string(), Some(new_code.clone())),
            ("issued".to_string(), Some(code.clone())),
        ]
    );
    // Anyone verifying the new code sees it valid.
    let api = app
        .get(&format!("/api/v1/certificates/{new_code}"), None)
        .await
        .json();
    assert_eq!(api["status"], "valid");
}

#[tokio::test]
async fn renewal_opens_only_in_its_window_and_never_for_someone_else() {
    let (app, cookie, cert) = certified().await;
    play_case(&app, &cookie, "good").await;
    let certs = mine(&app, &cookie).await;
    let qualification = certs.iter().find(|c| c["qualification"] == true).unwrap();
    let r = &qualification["renewal"];
    assert_eq!(r["state"], "not_yet");
    let opens =
        app::domain::certification::add_months(qualification["expires_at"].as_i64().unwrap(), -6);
    assert_eq!(r["opens_at"].as_i64().unwrap(), opens);
    let code = qualification["code"].as_str().unwrap();
    let refused = renew(&app, &cookie, code).await;
    assert_eq!(field_error(&refused), "renewal-not-open");

    let other = app
        .register(
            "Ola Other",
            "ola.renew@example.org",
            "correct horse battery",
        )
        .await;
    let r = renew(&app, &other, cert["code"].as_str().unwrap()).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app
        .call(
            "renew_certificate",
            &[("code", "not a code")],
            Some(&cookie),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn cpd_entries_are_checked_and_only_their_owner_removes_them() {
    let (app, cookie) = setup().await;
    let bad = app
        .call(
            "add_cpd",
            &[("activity", " "), ("done_on", "2999-01-01"), ("hours", "0")],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> = bad.json()["Invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        fields,
        ["activity", "provider", "attested_by", "done_on", "hours"]
    );
    assert_eq!(app.count("cpd_entries").await, 0, "nothing half-written");

    assert_eq!(log_cpd(&app, &cookie, "7,5").await.status, StatusCode::OK);
    let log = app.call("my_cpd", &[], Some(&cookie)).await.json();
    assert_eq!(log[0]["hours_tenths"], 75);
    let id = log[0]["id"].as_i64().unwrap().to_string();

    let other = app
        .register("Ola Other", "ola.cpd@example.org", "correct horse battery")
        .await;
    assert_eq!(
        app.call("my_cpd", &[], Some(&other)).await.json(),
        serde_json::json!([])
    );
    let r = app.call("remove_cpd", &[("id", &id)], Some(&other)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app.call("remove_cpd", &[("id", &id)], Some(&cookie)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(app.count("cpd_entries").await, 0);
    let r = app.call("my_cpd", &[], None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn reminders_are_queued_once_per_interval_in_the_holders_language() {
    let (app, cookie, cert) = certified().await;
    let expires = cert["expires_at"].as_i64().unwrap();
    let base = app.state.config.base_url.clone();
    let day = 86_400;
    let emails = || async {
        sqlx::query_scalar::<_, String>(
            "SELECT payload FROM outbox WHERE kind = 'email' ORDER BY id",
        )
        .fetch_all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|p| serde_json::from_str::<Value>(&p).unwrap())
        .filter(|m| m["to"] == "kari.cert@example.org")
        .collect::<Vec<_>>()
    };

    assert_eq!(
        app::with_data!(app.state.db, |d, pool| {
            d::services::renewal::queue_reminders(pool, &base, expires - 100 * day).await
        })
        .unwrap(),
        0
    );
    assert_eq!(
        app::with_data!(app.state.db, |d, pool| {
            d::services::renewal::queue_reminders(pool, &base, expires - 89 * day).await
        })
        .unwrap(),
        1
    );
    assert_eq!(
        app::with_data!(app.state.db, |d, pool| {
            d::services::renewal::queue_reminders(pool, &base, expires - 88 * day).await
        })
        .unwrap(),
        0,
        "once"
    );
    assert_eq!(
        app::with_data!(app.state.db, |d, pool| {
            d::services::renewal::queue_reminders(pool, &base, expires - 29 * day).await
        })
        .unwrap(),
        1
    );
    assert_eq!(
        app::with_data!(app.state.db, |d, pool| {
            d::services::renewal::queue_reminders(pool, &base, expires - 5 * day).await
        })
        .unwrap(),
        0
    );
    let sent = emails().await;
    assert_eq!(sent.len(), 2);
    assert!(
        sent[0]["subject"]
            .as_str()
            .unwrap()
            .contains("«Modulbevis» utløper"),
        "{}",
        sent[0]
    );
    let body = sent[1]["text"].as_str().unwrap();
    assert!(
        body.contains("om 29 dager") && body.contains(&format!("{base}/certificates")),
        "{body}"
    );
    assert!(body.contains(cert["code"].as_str().unwrap()));
    // The expiry date as a Norwegian reader writes it (the holder's language is bokmål).
    let date = app::domain::clock::local_date(expires, app::domain::Lang::Nb);
    assert!(
        body.contains(&format!("utløper {date}, om 29 dager")),
        "{body}"
    );
    assert!(date.len() == 10 && date.as_bytes()[2] == b'.' && date.as_bytes()[5] == b'.');

    // A renewed certificate needs no reminder.
    log_cpd(&app, &cookie, "4").await;
    complete(&app, &cookie, "r1").await;
    let code = cert["code"].as_str().unwrap();
    assert_eq!(renew(&app, &cookie, code).await.status, StatusCode::OK);
    let queued = app::with_data!(app.state.db, |d, pool| {
        d::services::renewal::queue_reminders(pool, &base, expires - 2 * day).await
    })
    .unwrap();
    assert_eq!(queued, 0);
}
