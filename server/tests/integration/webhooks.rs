//! Webhooks: an administrator registers a receiver (the signing secret is shown once); completing
//! a module, earning the qualification and a revocation reach it signed; a receiver that is down
//! gets everything once it is up, once each and in order per person; a delivery can be replayed;
//! another organisation's administrator reaches none of it; a public platform does not post into
//! its own network.

use crate::certificates::{complete, setup_on};
use crate::common::TestApp;
use crate::hr_api::{bodo, bodo_on, conforms, kari_completes_everything, textarea};
use crate::organisations::organisation_with_admin;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// A webhook receiver on a loopback port that keeps what it gets; when `up` is false it answers
/// 503 (and keeps nothing).
#[derive(Clone, Default)]
struct Receiver {
    got: Arc<Mutex<Vec<(HeaderMap, String)>>>,
    up: Arc<AtomicBool>,
}

impl Receiver {
    async fn start() -> (Receiver, String) {
        let receiver = Receiver::default();
        receiver.up.store(true, Ordering::SeqCst);
        let app = axum::Router::new()
            .route("/hook", post(take))
            .with_state(receiver.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (receiver, url)
    }

    fn events(&self) -> Vec<(HeaderMap, Value)> {
        self.got
            .lock()
            .unwrap()
            .iter()
            .map(|(h, b)| (h.clone(), serde_json::from_str(b).unwrap()))
            .collect()
    }
}

async fn take(State(r): State<Receiver>, headers: HeaderMap, body: String) -> StatusCode {
    if !r.up.load(Ordering::SeqCst) {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    r.got.lock().unwrap().push((headers, body));
    StatusCode::NO_CONTENT
}

/// Registers a webhook as a browser without JavaScript does; returns its secret (read off the
/// page it is shown on once) and id.
async fn register(
    app: &TestApp,
    admin: &str,
    org: i64,
    url: &str,
    events: &[&str],
) -> (String, i64) {
    let org_s = org.to_string();
    let mut form = vec![("org_id", org_s.as_str()), ("url", url)];
    for e in events {
        form.push((e, "on"));
    }
    let created = app.submit("create_webhook", &form, Some(admin)).await;
    let location = created
        .location()
        .unwrap_or_else(|| panic!("a redirect: {} {}", created.status, created.body))
        .to_string();
    let id: i64 = location.rsplit('=').next().unwrap().parse().unwrap();
    let page = app.get(&location, Some(admin)).await;
    let secret = textarea(&page.body, "webhook-secret").expect("the secret on the page");
    let again = app.get(&location, Some(admin)).await;
    assert_eq!(textarea(&again.body, "webhook-secret"), None, "shown once");
    (secret, id)
}

/// Runs the outbox until nothing is due, as the worker does; retries are made due at once.
pub(crate) async fn deliver_all(app: &TestApp) {
    for _ in 0..20 {
        sqlx::query("UPDATE outbox SET available_at = 0 WHERE delivered_at IS NULL")
            .execute(&app.db)
            .await
            .unwrap();
        if app::with_data!(app.state.db, |d| {
            d::email::outbox::deliver_due(&app.state).await
        })
        .unwrap()
            == 0
        {
            return;
        }
    }
}

/// Checks a request's signature the way a receiver would, with an HMAC computed here.
fn signed_by(secret: &str, headers: &HeaderMap, raw: &str) -> bool {
    let t = headers["rtw-webhook-timestamp"].to_str().unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.{raw}").as_bytes());
    let expected = format!("v1={}", hex::encode(mac.finalize().into_bytes()));
    headers["rtw-webhook-signature"] == expected.as_str()
}

#[tokio::test]
async fn a_completed_module_reaches_the_receiver_signed_with_the_secret() {
    let (app, _ada, anne, kari, org) = bodo().await;
    let (receiver, url) = Receiver::start().await;
    let (secret, _) = register(
        &app,
        &anne,
        org,
        &url,
        &["event_module_completed", "event_qualification_certified"],
    )
    .await;
    assert!(secret.starts_with("whsec_") && secret.len() > 60);

    complete(&app, &kari, "r1").await;
    deliver_all(&app).await;

    let got = receiver.got.lock().unwrap().clone();
    assert_eq!(got.len(), 1, "one event: module r completed");
    let (headers, raw) = &got[0];
    let body: Value = serde_json::from_str(raw).unwrap();
    assert_eq!(body["type"], "module.completed");
    assert_eq!(headers["rtw-webhook-event"], "module.completed");
    assert_eq!(headers["rtw-webhook-id"], body["id"].as_str().unwrap());
    assert_eq!(body["organisation"]["name"], "Bodø kommune");
    assert_eq!(body["data"]["person"]["email"], "kari.cert@example.org");
    assert_eq!(body["data"]["module_id"], "r");
    assert_eq!(body["data"]["module_title"], "Oppfriskning");
    assert_eq!(body["data"]["course_id"], "cert-course");
    assert!(signed_by(&secret, headers, raw), "the signature holds");
    assert!(
        !signed_by("whsec_wrong", headers, raw),
        "and only with the secret"
    );
    let mut tampered = raw.clone();
    tampered.push(' ');
    assert!(
        !signed_by(&secret, headers, &tampered),
        "and only for this body"
    );

    // The log shows it delivered on the first attempt.
    let page = app
        .call("org_webhooks", &[("org_id", &org.to_string())], Some(&anne))
        .await
        .json();
    let d = &page["deliveries"][0];
    assert_eq!(d["event"], "module.completed");
    assert_eq!(d["attempts"], 1);
    assert_eq!(d["last_status"], 204);
    assert!(d["delivered_at"].is_i64());
}

#[tokio::test]
async fn a_receiver_that_is_down_gets_everything_once_in_order_when_it_is_up() {
    let (app, _ada, anne, kari, org) = bodo().await;
    let (receiver, url) = Receiver::start().await;
    register(
        &app,
        &anne,
        org,
        &url,
        &[
            "event_module_completed",
            "event_qualification_certified",
            "event_certificate_revoked",
        ],
    )
    .await;
    receiver.up.store(false, Ordering::SeqCst);

    // While it is down, Kari completes both modules and earns the qualification; Anne, a member
    // too, completes one module.
    kari_completes_everything(&app, &kari).await;
    complete(&app, &anne, "r1").await;
    for _ in 0..3 {
        deliver_all_once(&app).await;
    }
    assert!(receiver.got.lock().unwrap().is_empty());
    let page = app
        .call("org_webhooks", &[("org_id", &org.to_string())], Some(&anne))
        .await
        .json();
    let deliveries = page["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 4, "{deliveries:?}");
    assert!(deliveries
        .iter()
        .any(|d| d["last_error"] == "the receiver answered 503" && d["delivered_at"].is_null()));
    // Only the first event of each person was tried: the later ones wait for it.
    let tried = deliveries
        .iter()
        .filter(|d| d["attempts"].as_i64() > Some(0))
        .count();
    assert_eq!(tried, 2, "one per person: {deliveries:?}");

    // Up again: everything arrives, once each, and each person's events in the order they happened.
    receiver.up.store(true, Ordering::SeqCst);
    deliver_all(&app).await;
    let events = receiver.events();
    let ids: Vec<&str> = events
        .iter()
        .map(|(_, b)| b["id"].as_str().unwrap())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "no event twice: {ids:?}");
    assert_eq!(ids.len(), 4);
    let karis: Vec<(String, String)> = events
        .iter()
        .filter(|(_, b)| b["data"]["person"]["email"] == "kari.cert@example.org")
        .map(|(_, b)| {
            (
                b["type"].as_str().unwrap().to_string(),
                b["data"]["module_id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        karis,
        [
            ("module.completed".to_string(), "r".to_string()),
            ("module.completed".to_string(), "m".to_string()),
            ("qualification.certified".to_string(), String::new()),
        ]
    );
    assert_eq!(
        app::with_data!(app.state.db, |d| {
            d::email::outbox::pending(&app.state).await
        })
        .unwrap(),
        0
    );
    let undelivered: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM webhook_deliveries WHERE delivered_at IS NULL")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(undelivered, 0);

    // A revocation is an event too.
    let code: String = sqlx::query_scalar(
        "SELECT code FROM certificates c JOIN users u ON u.id = c.user_id WHERE u.email = 'kari.cert@example.org' AND c.rule_id = 'qualification'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    app.grant_role("anne@bodo.example.org", "platform_admin")
        .await;
    let revoked = app
        .call(
            "change_certificate",
            &[
                ("code", &code),
                ("action", "revoke"),
                ("reason", "Feil person"),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
    deliver_all(&app).await;
    let last = receiver.events().pop().unwrap().1;
    assert_eq!(last["type"], "certificate.revoked");

    // Every payload is what the OpenAPI document's `webhooks` section says.
    let doc = app.api("/api/v1/openapi.json", None).await.json();
    let mut wrong = Vec::new();
    for (_, body) in receiver.events() {
        let event = body["type"].as_str().unwrap();
        let schema =
            &doc["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]["schema"];
        assert!(schema.is_object(), "{event} is documented");
        conforms(&doc, schema, &body, event, &mut wrong);
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(last["data"]["certificate"]["code"], code);
    assert_eq!(last["data"]["certificate"]["reason"], "Feil person");
}

/// One pass of the outbox with retries made due, without looping until empty.
pub(crate) async fn deliver_all_once(app: &TestApp) {
    sqlx::query("UPDATE outbox SET available_at = 0 WHERE delivered_at IS NULL")
        .execute(&app.db)
        .await
        .unwrap();
    app::with_data!(app.state.db, |d| {
        d::email::outbox::deliver_due(&app.state).await
    })
    .unwrap();
}

#[tokio::test]
async fn a_delivery_can_be_sent_again_with_the_same_event_id() {
    let (app, _ada, anne, kari, org) = bodo().await;
    let (receiver, url) = Receiver::start().await;
    register(&app, &anne, org, &url, &["event_module_completed"]).await;
    complete(&app, &kari, "r1").await;
    deliver_all(&app).await;
    let first: i64 = sqlx::query_scalar("SELECT MIN(id) FROM webhook_deliveries")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let replayed = app
        .submit(
            "replay_delivery",
            &[
                ("org_id", &org.to_string()),
                ("delivery_id", &first.to_string()),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(replayed.status, StatusCode::FOUND, "{}", replayed.body);
    deliver_all(&app).await;
    let got = receiver.got.lock().unwrap().clone();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].1, got[1].1, "the same body");
    assert_eq!(got[0].0["rtw-webhook-id"], got[1].0["rtw-webhook-id"]);
    let page = app
        .get(&format!("/organisations/{org}/webhooks"), Some(&anne))
        .await;
    assert!(page.body.contains("data-state=\"delivered\""));
    assert_eq!(
        page.body.matches("data-delivery=").count(),
        2,
        "both in the log"
    );
}

#[tokio::test]
async fn another_organisations_administrator_reaches_none_of_it() {
    let (app, ada, anne, kari, bodo) = bodo().await;
    let (bodo_receiver, bodo_url) = Receiver::start().await;
    let (_, bodo_hook) = register(&app, &anne, bodo, &bodo_url, &["event_module_completed"]).await;
    let (tom, tromso) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "tom@tromso.example.org").await;
    let (tromso_receiver, tromso_url) = Receiver::start().await;
    register(&app, &tom, tromso, &tromso_url, &["event_module_completed"]).await;

    complete(&app, &kari, "r1").await;
    deliver_all(&app).await;
    assert_eq!(bodo_receiver.got.lock().unwrap().len(), 1);
    assert!(
        tromso_receiver.got.lock().unwrap().is_empty(),
        "Kari is not Tromsø's"
    );

    let delivery: i64 = sqlx::query_scalar("SELECT MIN(id) FROM webhook_deliveries")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let bodo_s = bodo.to_string();
    let tromso_s = tromso.to_string();
    for (endpoint, form) in [
        ("org_webhooks", vec![("org_id", bodo_s.as_str())]),
        (
            "create_webhook",
            vec![
                ("org_id", bodo_s.as_str()),
                ("url", "https://evil.example.org/h"),
                ("event_module_completed", "on"),
            ],
        ),
        (
            "disable_webhook",
            vec![
                ("org_id", bodo_s.as_str()),
                ("webhook_id", &bodo_hook.to_string()),
            ],
        ),
        (
            "disable_webhook",
            vec![
                ("org_id", tromso_s.as_str()),
                ("webhook_id", &bodo_hook.to_string()),
            ],
        ),
        (
            "replay_delivery",
            vec![
                ("org_id", bodo_s.as_str()),
                ("delivery_id", &delivery.to_string()),
            ],
        ),
        (
            "replay_delivery",
            vec![
                ("org_id", tromso_s.as_str()),
                ("delivery_id", &delivery.to_string()),
            ],
        ),
    ] {
        let before = app.count("webhook_deliveries").await + app.count("webhooks").await;
        let reply = app.call(endpoint, &form, Some(&tom)).await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{endpoint} {form:?}: {}",
            reply.body
        );
        assert!(!reply.body.contains("kari"), "{}", reply.body);
        let after = app.count("webhook_deliveries").await + app.count("webhooks").await;
        assert_eq!(before, after, "{endpoint}: nothing written");
    }
    let state: Option<i64> = sqlx::query_scalar("SELECT disabled_at FROM webhooks WHERE id = $1")
        .bind(bodo_hook)
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(state, None, "Bodø's webhook still on");
}

#[tokio::test]
async fn a_public_platform_refuses_plain_http_and_never_posts_into_its_own_network() {
    let (app, _ada, anne, kari, org) = bodo_on(setup_on(TestApp::start_public().await).await).await;
    let (receiver, url) = Receiver::start().await;
    let refused = app
        .call(
            "create_webhook",
            &[
                ("org_id", &org.to_string()),
                ("url", &url),
                ("event_module_completed", "on"),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("error-webhook-url-https"),
        "{}",
        refused.body
    );

    // An https address whose name resolves to loopback is taken, but never posted to.
    let port = url.split(':').nth(2).unwrap().split('/').next().unwrap();
    let sneaky = format!("https://localhost:{port}/hook");
    let made = app
        .call(
            "create_webhook",
            &[
                ("org_id", &org.to_string()),
                ("url", &sneaky),
                ("event_module_completed", "on"),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    complete(&app, &kari, "r1").await;
    deliver_all_once(&app).await;
    assert!(receiver.got.lock().unwrap().is_empty());
    let error: String = sqlx::query_scalar("SELECT last_error FROM webhook_deliveries")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert!(error.contains("internal address"), "{error}");
}

#[tokio::test]
async fn registering_checks_the_address_and_the_events() {
    let (app, _ada, anne, _kari, org) = bodo().await;
    let org_s = org.to_string();
    for (form, field) in [
        (vec![("url", ""), ("event_module_completed", "on")], "url"),
        (
            vec![
                ("url", "hr.example.org/hook"),
                ("event_module_completed", "on"),
            ],
            "url",
        ),
        (
            vec![
                ("url", "https://u:p@hr.example.org/"),
                ("event_module_completed", "on"),
            ],
            "url",
        ),
        (vec![("url", "https://hr.example.org/hook")], "events"),
    ] {
        let mut form = form;
        form.push(("org_id", &org_s));
        let reply = app.call("create_webhook", &form, Some(&anne)).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{form:?}");
        assert!(
            reply.body.contains(&format!("\"{field}\"")),
            "{form:?}: {}",
            reply.body
        );
    }
    assert_eq!(app.count("webhooks").await, 0);
}
