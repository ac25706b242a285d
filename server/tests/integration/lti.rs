//! LTI 1.3: the test plays the LMS as Moodle does. It has its own RSA key (published as JWKS on a
//! loopback server, with a token endpoint that checks the tool's signed assertion against the
//! tool's published keys, and a gradebook that records scores), starts the login, signs launch
//! messages, and checks what the tool signs back. The bad launches are the same messages with
//! one thing wrong each.

use crate::certificates::{pass_quiz, setup};
use crate::common::{serde_urlencoded, TestApp, HOST};
use crate::organisations::{create_org, platform_admin};
use axum::body::Body;
use axum::extract::State;
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use http::{header, Request, StatusCode};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

const CLIENT_ID: &str = "rtw-tool-client";
const DEPLOYMENT: &str = "deployment-1";
const LMS_USER: &str = "moodle-user-42";

/// An RSA key as the LMS holds it: for signing, and its public JWK.
struct Key {
    encoding: EncodingKey,
    jwk: Value,
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn key(kid: &str) -> Key {
    let private = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).expect("RSA key");
    let der = private.to_pkcs1_der().expect("DER");
    let public = private.to_public_key();
    Key {
        encoding: EncodingKey::from_rsa_der(der.as_bytes()),
        jwk: json!({"kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid,
                    "n": b64(&public.n().to_bytes_be()), "e": b64(&public.e().to_bytes_be())}),
    }
}

/// What the LMS's loopback server knows and records.
#[derive(Default)]
struct Lms {
    platform_jwks: Value,
    tool_jwks: Value,
    token_url: String,
    /// Access tokens it gave out after a valid assertion.
    tokens: Vec<String>,
    /// Assertions it refused, with why.
    refused: Vec<String>,
    /// Scores that reached the gradebook (line item, body).
    scores: Vec<(String, Value)>,
}

type Shared = Arc<Mutex<Lms>>;

async fn lms_jwks(State(lms): State<Shared>) -> Json<Value> {
    Json(lms.lock().unwrap().platform_jwks.clone())
}

/// The token endpoint: client credentials with a JWT assertion signed by the tool's key.
async fn lms_token(
    State(lms): State<Shared>,
    Form(form): Form<Vec<(String, String)>>,
) -> (StatusCode, Json<Value>) {
    let get = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut lms = lms.lock().unwrap();
    let checked = (|| {
        if get("grant_type") != "client_credentials"
            || get("client_assertion_type")
                != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        {
            return Err("wrong grant".to_string());
        }
        let assertion = get("client_assertion");
        let header = jsonwebtoken::decode_header(&assertion).map_err(|e| e.to_string())?;
        let set: jsonwebtoken::jwk::JwkSet =
            serde_json::from_value(lms.tool_jwks.clone()).map_err(|e| e.to_string())?;
        let jwk = set
            .find(header.kid.as_deref().unwrap_or(""))
            .ok_or("unknown kid")?;
        let mut v = Validation::new(Algorithm::RS256);
        v.set_issuer(&[CLIENT_ID]);
        v.set_audience(&[lms.token_url.as_str()]);
        let data =
            jsonwebtoken::decode::<Value>(&assertion, &DecodingKey::from_jwk(jwk).unwrap(), &v)
                .map_err(|e| e.to_string())?;
        if data.claims["sub"] != CLIENT_ID || !get("scope").contains("lti-ags/scope/score") {
            return Err("wrong sub or scope".into());
        }
        Ok(())
    })();
    match checked {
        Ok(()) => {
            let token = format!("access-{}", lms.tokens.len());
            lms.tokens.push(token.clone());
            (
                StatusCode::OK,
                Json(json!({"access_token": token, "token_type": "Bearer", "expires_in": 3600})),
            )
        }
        Err(why) => {
            lms.refused.push(why);
            (
                StatusCode::UNAUTHORIZED,
                Json(json!({"error": "invalid_client"})),
            )
        }
    }
}

async fn lms_score(
    State(lms): State<Shared>,
    axum::extract::Path(item): axum::extract::Path<String>,
    headers: http::HeaderMap,
    body: String,
) -> StatusCode {
    let mut lms = lms.lock().unwrap();
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let typed = headers.get("content-type").and_then(|v| v.to_str().ok())
        == Some("application/vnd.ims.lis.v1.score+json");
    if !typed || !lms.tokens.iter().any(|t| bearer == format!("Bearer {t}")) {
        return StatusCode::UNAUTHORIZED;
    }
    lms.scores
        .push((item, serde_json::from_str(&body).unwrap_or(Value::Null)));
    StatusCode::OK
}

struct World {
    app: TestApp,
    learner: String,
    lms: Shared,
    issuer: String,
    key: Key,
    org: i64,
}

async fn world() -> World {
    let (app, learner) = setup().await;
    let admin = platform_admin(&app).await;
    let org = create_org(&app, &admin, "Moodleby kommune").await;
    let lms: Shared = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let router = Router::new()
        .route("/jwks", get(lms_jwks))
        .route("/token", post(lms_token))
        .route("/lineitems/{item}/scores", post(lms_score))
        .with_state(lms.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let key = key("lms-key-1");
    let tool_jwks = app.get("/lti/jwks.json", None).await.json();
    {
        let mut l = lms.lock().unwrap();
        l.platform_jwks = json!({ "keys": [key.jwk.clone()] });
        l.tool_jwks = tool_jwks;
        l.token_url = format!("{issuer}/token");
    }
    app::with_data!(app.state.db, |d, pool| {
        d::services::lti::register(
            pool,
            &d::services::lti::NewPlatform {
                name: "KS Læring (test)".into(),
                issuer: issuer.clone(),
                client_id: CLIENT_ID.into(),
                auth_url: format!("{issuer}/auth"),
                token_url: format!("{issuer}/token"),
                jwks_url: format!("{issuer}/jwks"),
                organisation_id: org,
                deployments: vec![DEPLOYMENT.into()],
            },
        )
        .await
    })
    .expect("register the platform");
    World {
        app,
        learner,
        lms,
        issuer,
        key,
        org,
    }
}

/// The login the LMS starts; returns the state and nonce the tool asked for.
async fn login(w: &World) -> (String, String) {
    let q = serde_urlencoded(&[
        ("iss", &w.issuer),
        ("login_hint", LMS_USER),
        (
            "target_link_uri",
            &format!("http://{HOST}/courses/cert-course/quizzes/q"),
        ),
        ("client_id", CLIENT_ID),
        ("lti_deployment_id", DEPLOYMENT),
    ]);
    let r = w.app.get(&format!("/lti/login?{q}"), None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let to = r.location().expect("to the platform").to_string();
    assert!(to.starts_with(&format!("{}/auth?", w.issuer)), "{to}");
    let param = |name: &str| {
        to.split(['?', '&'])
            .find_map(|p| p.strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("{name} in {to}"))
            .to_string()
    };
    for (k, v) in [
        ("response_type", "id_token"),
        ("response_mode", "form_post"),
        ("prompt", "none"),
        ("scope", "openid"),
    ] {
        assert_eq!(param(k), v);
    }
    assert_eq!(
        param("redirect_uri"),
        format!("http%3A%2F%2F{HOST}%2Flti%2Flaunch")
    );
    (param("state"), param("nonce"))
}

fn launch_claims(w: &World, nonce: &str, target: &str) -> Value {
    let t = app::server::now();
    json!({
        "iss": w.issuer, "aud": CLIENT_ID, "sub": LMS_USER, "iat": t, "exp": t + 300, "nonce": nonce,
        "name": "Liv Læring", "email": "liv.laering@moodleby.example",
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": DEPLOYMENT,
        "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": format!("http://{HOST}{target}"),
        "https://purl.imsglobal.org/spec/lti/claim/resource_link": {"id": "resource-link-7"},
        "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
            "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
            "lineitem": format!("{}/lineitems/9", w.issuer),
        },
    })
}

fn sign(key: &Key, claims: &Value) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(key.jwk["kid"].as_str().unwrap().to_string());
    jsonwebtoken::encode(&header, claims, &key.encoding).unwrap()
}

/// Posts the launch as the browser does from the LMS's page (a cross-site form post).
async fn post_launch(app: &TestApp, id_token: &str, state: &str) -> crate::common::Reply {
    let body = serde_urlencoded(&[("id_token", id_token), ("state", state)]);
    app.send(
        Request::post("/lti/launch")
            .header(header::HOST, HOST)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ORIGIN, "https://moodle.example.org")
            .header("sec-fetch-site", "cross-site")
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn a_launch_signs_the_learner_in_where_the_lms_points_and_the_quiz_score_reaches_its_gradebook(
) {
    let w = world().await;
    let users = w.app.count("users").await;
    let (state, nonce) = login(&w).await;

    let r = post_launch(
        &w.app,
        &sign(
            &w.key,
            &launch_claims(&w, &nonce, "/courses/cert-course/quizzes/q"),
        ),
        &state,
    )
    .await;

    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), Some("/courses/cert-course/quizzes/q"));
    let session = r.session_cookie().expect("signed in");
    let me = w.app.call("session", &[], Some(&session)).await.json();
    assert_eq!(me["email"], "liv.laering@moodleby.example");
    assert_eq!(me["name"], "Liv Læring");
    assert_eq!(w.app.count("users").await, users + 1);
    let member: Option<String> = sqlx::query_scalar(
        "SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2",
    )
    .bind(w.org)
    .bind(me["id"].as_i64())
    .fetch_optional(&w.app.db)
    .await
    .unwrap();
    assert_eq!(member.as_deref(), Some("member"));

    // She passes the quiz; the outbox sends the score to the LMS's line item.
    pass_quiz(&w.app, &session).await;
    app::with_data!(w.app.state.db, |d| {
        d::email::outbox::deliver_due(&w.app.state).await
    })
    .unwrap();
    let (refused, scores) = {
        let lms = w.lms.lock().unwrap();
        (lms.refused.clone(), lms.scores.clone())
    };
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(scores.len(), 1, "one score");
    let (item, score) = &scores[0];
    assert_eq!(item, "9");
    assert_eq!(score["userId"], LMS_USER);
    assert_eq!(
        score["scoreGiven"], score["scoreMaximum"],
        "a full score: {score}"
    );
    assert_eq!(score["activityProgress"], "Completed");
    assert_eq!(score["gradingProgress"], "FullyGraded");

    // The same person launched again, into a module, is the same learner, and the learner from
    // before the LMS is another account (no email in common).
    let (state, nonce) = login(&w).await;
    let again = post_launch(
        &w.app,
        &sign(
            &w.key,
            &launch_claims(&w, &nonce, "/courses/cert-course#module-m"),
        ),
        &state,
    )
    .await;
    assert_eq!(again.location(), Some("/courses/cert-course#module-m"));
    let second = again.session_cookie().expect("signed in again");
    assert_eq!(
        w.app.call("session", &[], Some(&second)).await.json()["id"],
        me["id"]
    );
    assert_ne!(
        w.app.call("session", &[], Some(&w.learner)).await.json()["id"],
        me["id"]
    );
}

#[tokio::test]
async fn launches_that_fail_a_check_sign_nobody_in_and_make_nothing() {
    let w = world().await;
    let users = w.app.count("users").await;
    let target = "/courses/cert-course/quizzes/q";
    let other_key = key("lms-key-1");
    type Spoil = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Spoil, &str)> = vec![
        (
            "expired",
            Box::new(|c: &mut Value| {
                c["exp"] = json!(app::server::now() - 3600);
                c["iat"] = json!(app::server::now() - 7200);
            }),
            "invalid-token",
        ),
        (
            "wrong audience",
            Box::new(|c: &mut Value| c["aud"] = json!("another-tool")),
            "invalid-token",
        ),
        (
            "another issuer",
            Box::new(|c: &mut Value| c["iss"] = json!("https://evil.example")),
            "invalid-token",
        ),
        (
            "another nonce",
            Box::new(|c: &mut Value| c["nonce"] = json!("replayed-nonce")),
            "invalid-token",
        ),
        (
            "wrong deployment",
            Box::new(|c: &mut Value| {
                c["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] =
                    json!("deployment-99")
            }),
            "unknown-deployment",
        ),
        (
            "not LTI 1.3",
            Box::new(|c: &mut Value| {
                c["https://purl.imsglobal.org/spec/lti/claim/version"] = json!("1.1")
            }),
            "missing-claims",
        ),
        (
            "a target elsewhere",
            Box::new(|c: &mut Value| {
                c["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] =
                    json!("https://evil.example/courses/x")
            }),
            "missing-claims",
        ),
    ];
    for (what, spoil, reason) in cases {
        let (state, nonce) = login(&w).await;
        let mut claims = launch_claims(&w, &nonce, target);
        spoil(&mut claims);
        let r = post_launch(&w.app, &sign(&w.key, &claims), &state).await;
        assert_eq!(
            r.location(),
            Some(format!("/sso/failed?reason={reason}").as_str()),
            "{what}"
        );
        assert_eq!(r.session_cookie(), None, "{what}");
    }
    // A changed signature, and a good message signed by a key the LMS never published.
    let (state, nonce) = login(&w).await;
    let token = sign(&w.key, &launch_claims(&w, &nonce, target));
    let (rest, signature) = token.rsplit_once('.').unwrap();
    let mut bytes: Vec<char> = signature.chars().collect();
    bytes[5] = if bytes[5] == 'A' { 'B' } else { 'A' };
    let tampered = format!("{rest}.{}", bytes.into_iter().collect::<String>());
    let r = post_launch(&w.app, &tampered, &state).await;
    assert_eq!(
        r.location(),
        Some("/sso/failed?reason=invalid-token"),
        "tampered"
    );
    let (state, nonce) = login(&w).await;
    let forged = sign(&other_key, &launch_claims(&w, &nonce, target));
    let r = post_launch(&w.app, &forged, &state).await;
    assert_eq!(
        r.location(),
        Some("/sso/failed?reason=invalid-token"),
        "another key"
    );

    // A good launch works once; posting it again (a replay) is refused.
    let (state, nonce) = login(&w).await;
    let good = sign(&w.key, &launch_claims(&w, &nonce, target));
    assert!(post_launch(&w.app, &good, &state)
        .await
        .session_cookie()
        .is_some());
    let replay = post_launch(&w.app, &good, &state).await;
    assert_eq!(replay.location(), Some("/sso/failed?reason=expired"));
    assert_eq!(replay.session_cookie(), None);
    // The same token with a fresh login: its nonce is not the one asked for.
    let (fresh, _) = login(&w).await;
    let replay = post_launch(&w.app, &good, &fresh).await;
    assert_eq!(replay.location(), Some("/sso/failed?reason=invalid-token"));

    assert_eq!(
        w.app.count("users").await,
        users + 1,
        "only the good launch made an account"
    );
    assert_eq!(w.app.count("lti_links").await, 1);
}

#[tokio::test]
async fn deep_linking_lets_a_teacher_pick_and_answers_the_lms_signed_by_the_tool() {
    let w = world().await;
    let (state, nonce) = login(&w).await;
    let mut claims = launch_claims(&w, &nonce, "/courses/cert-course");
    claims["https://purl.imsglobal.org/spec/lti/claim/message_type"] =
        json!("LtiDeepLinkingRequest");
    claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = json!({
        "deep_link_return_url": format!("{}/deeplink/return", w.issuer),
        "accept_types": ["ltiResourceLink"], "data": "opaque-moodle-data",
    });
    let r = post_launch(&w.app, &sign(&w.key, &claims), &state).await;
    let picker = r.location().expect("to the choice").to_string();
    assert!(picker.starts_with("/lti/deep-link?request="), "{picker}");
    let request = picker.split('=').nth(1).unwrap().to_string();

    let page = w.app.get(&picker, None).await;
    assert_eq!(page.status, StatusCode::OK);
    for path in [
        "/courses/cert-course#module-m",
        "/courses/cert-course/lessons/l1",
        "/courses/cert-course/quizzes/q",
        "/courses/cert-course/cases/c",
    ] {
        assert!(
            page.body.contains(&format!("data-path=\"{path}\"")),
            "{path} offered"
        );
    }
    let pick = |items: &[&str]| {
        let mut form = vec![("request", request.as_str())];
        form.extend(items.iter().map(|i| ("items", *i)));
        serde_urlencoded(&form)
    };
    let nothing = w
        .app
        .send(
            Request::post("/lti/deep-link")
                .header(header::HOST, HOST)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(pick(&[])))
                .unwrap(),
        )
        .await;
    assert!(
        nothing.location().unwrap().ends_with("&none=1"),
        "nothing ticked: asked again"
    );

    let answer = w
        .app
        .send(
            Request::post("/lti/deep-link")
                .header(header::HOST, HOST)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(pick(&[
                    "/courses/cert-course/lessons/l1",
                    "/courses/cert-course/quizzes/q",
                ])))
                .unwrap(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert!(answer
        .body
        .contains(&format!("action=\"{}/deeplink/return\"", w.issuer)));
    let csp = answer
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        csp.contains(&format!("form-action 'self' {}", w.issuer)),
        "{csp}"
    );
    let jwt = answer
        .body
        .split("name=\"JWT\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();

    // The LMS checks the answer with the tool's published keys.
    let set: jsonwebtoken::jwk::JwkSet =
        serde_json::from_value(w.app.get("/lti/jwks.json", None).await.json()).unwrap();
    let kid = jsonwebtoken::decode_header(jwt).unwrap().kid.unwrap();
    let mut v = Validation::new(Algorithm::RS256);
    v.set_issuer(&[CLIENT_ID]);
    v.set_audience(&[w.issuer.as_str()]);
    let claims = jsonwebtoken::decode::<Value>(
        jwt,
        &DecodingKey::from_jwk(set.find(&kid).unwrap()).unwrap(),
        &v,
    )
    .expect("signed by the tool")
    .claims;
    assert_eq!(
        claims["https://purl.imsglobal.org/spec/lti/claim/message_type"],
        "LtiDeepLinkingResponse"
    );
    assert_eq!(
        claims["https://purl.imsglobal.org/spec/lti/claim/deployment_id"],
        DEPLOYMENT
    );
    assert_eq!(
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/data"],
        "opaque-moodle-data"
    );
    let items = claims["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]
        .as_array()
        .unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[1]["url"],
        format!("http://{HOST}/courses/cert-course/quizzes/q")
    );
    assert_eq!(items[1]["type"], "ltiResourceLink");
    assert!(
        items[1]["lineItem"]["scoreMaximum"].as_i64().is_some(),
        "the quiz gets a gradebook column"
    );

    // The request is used up.
    let again = w.app.get(&picker, None).await;
    assert_eq!(again.location(), Some("/sso/failed?reason=expired"));
}

#[tokio::test]
async fn a_platform_administrator_registers_a_platform_in_the_browser_and_can_turn_it_off() {
    let w = world().await;
    let admin = platform_admin_cookie(&w.app).await;
    let bad = w
        .app
        .call(
            "add_lti_platform",
            &[
                ("name", "Canvas"),
                ("issuer", "not a url"),
                ("organisation", "x"),
            ],
            Some(&admin),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for key in [
        "error-lti-url",
        "error-lti-client-id",
        "error-lti-deployments",
        "error-lti-organisation",
    ] {
        assert!(bad.body.contains(key), "{key}: {}", bad.body);
    }
    let org = w.org.to_string();
    let added = w
        .app
        .call(
            "add_lti_platform",
            &[
                ("name", "Canvas (test)"),
                ("issuer", "https://canvas.example.org"),
                ("client_id", "1000000000042"),
                ("deployments", "d-1, d-2"),
                (
                    "auth_url",
                    "https://canvas.example.org/api/lti/authorize_redirect",
                ),
                ("token_url", "https://canvas.example.org/login/oauth2/token"),
                (
                    "jwks_url",
                    "https://canvas.example.org/api/lti/security/jwks",
                ),
                ("organisation", &org),
            ],
            Some(&admin),
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let page = w.app.call("lti_platforms", &[], Some(&admin)).await.json();
    let canvas = page["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["issuer"] == "https://canvas.example.org")
        .expect("listed")
        .clone();
    assert_eq!(canvas["deployments"], "d-1 d-2");
    assert_eq!(canvas["organisation"], "Moodleby kommune");
    assert_eq!(page["login_url"], format!("http://{HOST}/lti/login"));

    // Turned off, the test LMS's logins are refused.
    let moodle = page["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["issuer"] == w.issuer.as_str())
        .unwrap()["id"]
        .to_string();
    let off = w
        .app
        .call(
            "toggle_lti_platform",
            &[("id", &moodle), ("enable", "false")],
            Some(&admin),
        )
        .await;
    assert_eq!(off.status, StatusCode::OK, "{}", off.body);
    let q = serde_urlencoded(&[
        ("iss", &w.issuer),
        ("login_hint", LMS_USER),
        ("client_id", CLIENT_ID),
    ]);
    let r = w.app.get(&format!("/lti/login?{q}"), None).await;
    assert_eq!(r.location(), Some("/sso/failed?reason=not-configured"));
}

/// The platform administrator made in `world` (Ada) signs in again.
async fn platform_admin_cookie(app: &TestApp) -> String {
    app.call(
        "sign_in",
        &[
            ("email", "ada.org@example.org"),
            ("password", "correct horse battery"),
        ],
        None,
    )
    .await
    .session_cookie()
    .expect("Ada signs in")
}

#[tokio::test]
async fn the_command_line_registers_a_platform_with_the_same_checks_as_the_page() {
    let w = world().await;
    let dir = w.app.dir.path();
    let url = w.app.pg.as_ref().map_or_else(
        || format!("sqlite:{}", dir.join("rtw.db").display()),
        |pg| pg.url(),
    );
    let cli = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .current_dir(dir)
            .env("DATABASE_URL", &url)
            .env("RTW_DATA_DIR", dir.join("data"))
            .env("RTW_BASE_URL", format!("http://{HOST}"))
            .env("RTW_WEBHOOKS_ALLOW_INTERNAL", "true")
            .output()
            .expect("run the server command")
    };
    let org = w.org.to_string();
    let add = |issuer: &str| {
        vec![
            "lti",
            "add-platform",
            "--name",
            "KS Læring",
            "--issuer",
            issuer,
            "--client-id",
            "abc",
            "--auth-url",
            "https://ks.example.org/mod/lti/auth.php",
            "--token-url",
            "https://ks.example.org/mod/lti/token.php",
            "--jwks-url",
            "https://ks.example.org/mod/lti/certs.php",
            "--organisation",
            &org,
            "--deployment",
            "7",
        ]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>()
    };
    let args = add("ikke en adresse");
    let refused = cli(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("--issuer: Give a full web address"), "{said}");

    let args = add("https://ks.example.org");
    let added = cli(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let out = String::from_utf8_lossy(&added.stdout);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    assert!(
        out.contains(&format!("login URL http://{HOST}/lti/login")),
        "{out}"
    );
    let listed = cli(&["lti", "list"]);
    let list = String::from_utf8_lossy(&listed.stdout);
    assert!(
        list.contains("KS Læring\thttps://ks.example.org\tclient abc"),
        "{list}"
    );
    assert!(list.contains("deployments 7"), "{list}");
}
