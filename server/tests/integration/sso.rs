//! Single sign-on through a real OpenID provider (panva's oidc-provider from the npm registry,
//! `e2e/oidc_provider.mjs`) on loopback. The test plays the browser: it follows the redirects
//! between the platform (the real router) and the provider (real HTTP), and signs in at the
//! provider's own form. Logins named `bad-<kind>.…` get an ID token that fails one check.

use crate::common::{workspace, TestApp, HOST};
use crate::organisations::{organisation_with_admin, platform_admin};
use http::StatusCode;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};

const SECRET: &str = "test-client-secret";

/// The provider, started for one test and stopped with it.
struct Provider {
    child: Child,
    issuer: String,
    /// Kept open: the provider would die writing to a closed pipe.
    _stdout: std::io::BufReader<std::process::ChildStdout>,
}

impl Provider {
    fn start(client_id: &str) -> Provider {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut child = Command::new("node")
            .current_dir(workspace().join("e2e"))
            .arg("oidc_provider.mjs")
            .args(["--port", &port.to_string(), "--client"])
            .arg(format!("{client_id}:{SECRET}:http://{HOST}/sso/callback"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs the OpenID provider (scripts/setup --test installs it)");
        let mut line = String::new();
        let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
        stdout
            .read_line(&mut line)
            .expect("the provider's first line");
        let issuer = line
            .trim()
            .strip_prefix("ready ")
            .unwrap_or_else(|| panic!("the provider did not start: {line:?}"))
            .to_string();
        Provider {
            child,
            issuer,
            _stdout: stdout,
        }
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An organisation with its administrator's session, connected to a provider.
struct Setup {
    app: TestApp,
    provider: Provider,
    admin: String,
    org: i64,
}

async fn setup() -> Setup {
    let app = TestApp::start().await;
    let provider = Provider::start("rtw-academy");
    let ada = platform_admin(&app).await;
    let (admin, org) =
        organisation_with_admin(&app, &ada, "Nordby kommune", "anne@nordby.example.org").await;
    let saved = save(&app, &admin, org, &provider.issuer, &[]).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    Setup {
        app,
        provider,
        admin,
        org,
    }
}

async fn save(
    app: &TestApp,
    admin: &str,
    org: i64,
    issuer: &str,
    extra: &[(&str, &str)],
) -> crate::common::Reply {
    let org = org.to_string();
    let mut form = vec![
        ("org_id", org.as_str()),
        ("issuer", issuer),
        ("client_id", "rtw-academy"),
        ("client_secret", SECRET),
    ];
    form.extend_from_slice(extra);
    app.call("save_sso", &form, Some(admin)).await
}

/// What a browser has after a sign-in through the provider: where the platform sent it last and
/// the cookies the platform set on the way back.
struct Arrival {
    status: StatusCode,
    location: String,
    cookies: Vec<String>,
}

impl Arrival {
    fn cookie(&self, name: &str) -> Option<String> {
        self.cookies
            .iter()
            .find(|c| c.starts_with(&format!("{name}=")) && !c.starts_with(&format!("{name}=;")))
            .cloned()
    }
}

/// `name=value` of each `Set-Cookie` of a reply.
fn set_cookies(reply: &crate::common::Reply) -> Vec<String> {
    reply
        .headers
        .get_all(http::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|c| c.split(';').next().unwrap_or_default().to_string())
        .collect()
}

/// The provider's side of a browser: follows its redirects with its cookies and signs in at its
/// form as `login`. Returns the address it sends the browser back to.
async fn at_provider(issuer: &str, auth_url: &str, login: &str) -> String {
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let absolute = |l: &str| {
        if l.starts_with('/') {
            format!("{issuer}{l}")
        } else {
            l.to_string()
        }
    };
    let location = |r: &reqwest::Response| {
        r.headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(absolute)
            .unwrap_or_else(|| panic!("the provider answered {} without a redirect", r.status()))
    };
    let to_form = browser.get(auth_url).send().await.expect("authorize");
    let form = location(&to_form);
    assert!(
        form.contains("/interaction/"),
        "to the sign-in form: {form}"
    );
    let signed_in = browser
        .post(&form)
        .form(&[("prompt", "login"), ("login", login), ("password", "any")])
        .send()
        .await
        .expect("sign in at the provider");
    let mut next = location(&signed_in);
    // Back through the authorization endpoint, which sends the browser to the platform.
    for _ in 0..5 {
        if next.starts_with(&format!("http://{HOST}/")) {
            return next;
        }
        let r = browser.get(&next).send().await.expect("resume");
        next = location(&r);
    }
    panic!("the provider never sent the browser back: {next}");
}

/// The whole round trip as a browser makes it: start, the provider, the return.
async fn sign_in_through(s: &Setup, login: &str, next: Option<&str>) -> Arrival {
    sign_in_with_cookie(s, login, next, None).await
}

async fn sign_in_with_cookie(
    s: &Setup,
    login: &str,
    next: Option<&str>,
    state_cookie: Option<&str>,
) -> Arrival {
    let start = match next {
        Some(n) => format!("/sso/start?org={}&next={n}", s.org),
        None => format!("/sso/start?org={}", s.org),
    };
    let started = s.app.get(&start, None).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let auth_url = started.location().expect("to the provider").to_string();
    assert!(
        auth_url.starts_with(&s.provider.issuer),
        "sent to the provider: {auth_url}"
    );
    for part in [
        "code_challenge_method=S256",
        "nonce=",
        "state=",
        "scope=openid",
    ] {
        assert!(auth_url.contains(part), "{part} in {auth_url}");
    }
    let mine = set_cookies(&started)
        .into_iter()
        .find(|c| c.starts_with("rtw_sso_state="))
        .expect("a state cookie");
    let back = at_provider(&s.provider.issuer, &auth_url, login).await;
    let path = back
        .strip_prefix(&format!("http://{HOST}"))
        .expect("our address");
    let cookie = state_cookie.unwrap_or(&mine);
    let reply = s.app.get(path, Some(cookie)).await;
    Arrival {
        status: reply.status,
        location: reply.location().unwrap_or_default().to_string(),
        cookies: set_cookies(&reply),
    }
}

async fn user_named(app: &TestApp, email: &str) -> Option<(i64, String)> {
    sqlx::query_as("SELECT id, display_name FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&app.db)
        .await
        .expect("query")
}

async fn membership(app: &TestApp, org: i64, user: i64) -> Option<String> {
    sqlx::query_scalar("SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2")
        .bind(org)
        .bind(user)
        .fetch_optional(&app.db)
        .await
        .expect("query")
}

#[tokio::test]
async fn the_first_sign_in_through_the_organisation_makes_the_account_there_and_the_next_finds_it()
{
    let s = setup().await;
    let users_before = s.app.count("users").await;

    let first = sign_in_through(&s, "kari.nordmann", Some("/certificates")).await;

    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(first.location, "/certificates", "lands where it was asked");
    let session = first.cookie("rtw_session").expect("signed in");
    let (id, name) = user_named(&s.app, "kari.nordmann@kommune.example")
        .await
        .expect("the account was made");
    assert_eq!(name, "Kari Nordmann");
    assert_eq!(
        membership(&s.app, s.org, id).await.as_deref(),
        Some("member")
    );
    let me = s.app.call("session", &[], Some(&session)).await.json();
    assert_eq!(me["id"], id);
    assert_eq!(s.app.count("users").await, users_before + 1);
    assert_eq!(s.app.count("sso_logins").await, 0, "the state is used up");

    let again = sign_in_through(&s, "kari.nordmann", None).await;
    assert_eq!(again.location, "/");
    let second = again.cookie("rtw_session").expect("signed in again");
    let me = s.app.call("session", &[], Some(&second)).await.json();
    assert_eq!(me["id"], id, "the same account");
    assert_eq!(s.app.count("users").await, users_before + 1);
    assert_eq!(s.app.count("external_identities").await, 1);

    // The administrator sees that one person uses it; the secret is never sent back.
    let page = s
        .app
        .call("org_sso", &[("org_id", &s.org.to_string())], Some(&s.admin))
        .await;
    assert_eq!(page.json()["people"], 1);
    assert!(!page.body.contains(SECRET));
}

#[tokio::test]
async fn an_id_token_that_fails_any_check_signs_nobody_in_and_makes_nothing() {
    let s = setup().await;
    let users_before = s.app.count("users").await;
    for kind in ["signature", "audience", "expired", "issuer", "nonce"] {
        let login = format!("bad-{kind}.ola");
        let arrival = sign_in_through(&s, &login, None).await;
        assert_eq!(
            arrival.location, "/sso/failed?reason=invalid-token",
            "{kind}"
        );
        assert_eq!(arrival.cookie("rtw_session"), None, "{kind}: not signed in");
        assert_eq!(s.app.count("users").await, users_before, "{kind}");
        assert_eq!(s.app.count("external_identities").await, 0, "{kind}");
    }
    let page = s.app.get("/sso/failed?reason=invalid-token", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"data-reason="invalid-token""#));
    assert!(
        page.body.contains("kunne ikke stoles på"),
        "the reason, in words"
    );
    // The same provider signs a good token for a good login: the checks, not the set-up, refused.
    let good = sign_in_through(&s, "ola", None).await;
    assert!(good.cookie("rtw_session").is_some());
}

#[tokio::test]
async fn a_return_to_another_browser_or_a_second_time_is_refused() {
    let s = setup().await;
    let elsewhere = sign_in_with_cookie(&s, "per", None, Some("rtw_sso_state=not-mine")).await;
    assert_eq!(elsewhere.location, "/sso/failed?reason=expired");
    assert_eq!(elsewhere.cookie("rtw_session"), None);
    assert_eq!(user_named(&s.app, "per@kommune.example").await, None);

    // Replaying a return that worked: the state was used up.
    let started = s.app.get(&format!("/sso/start?org={}", s.org), None).await;
    let mine = set_cookies(&started)
        .into_iter()
        .find(|c| c.starts_with("rtw_sso_state="))
        .expect("state cookie");
    let back = at_provider(&s.provider.issuer, started.location().unwrap(), "per").await;
    let path = back.strip_prefix(&format!("http://{HOST}")).unwrap();
    let first = s.app.get(path, Some(&mine)).await;
    assert!(first.session_cookie().is_some());
    let replay = s.app.get(path, Some(&mine)).await;
    assert_eq!(replay.location(), Some("/sso/failed?reason=expired"));
    assert_eq!(replay.session_cookie(), None);

    // The person cancelled at the provider.
    let started = s.app.get(&format!("/sso/start?org={}", s.org), None).await;
    let state = started
        .location()
        .and_then(|l| l.split("state=").nth(1))
        .map(|s| s.split('&').next().unwrap_or_default().to_string())
        .expect("state in the URL");
    let cookie = format!("rtw_sso_state={state}");
    let denied = s
        .app
        .get(
            &format!("/sso/callback?error=access_denied&state={state}"),
            Some(&cookie),
        )
        .await;
    assert_eq!(denied.location(), Some("/sso/failed?reason=denied"));
}

#[tokio::test]
async fn an_account_with_the_same_email_is_linked_only_after_its_password() {
    let s = setup().await;
    let password = "correct horse battery";
    let own = s
        .app
        .register("Kari Nordmann", "kari@kommune.example", password)
        .await;
    let kari: i64 = s.app.call("session", &[], Some(&own)).await.json()["id"]
        .as_i64()
        .unwrap();
    let users = s.app.count("users").await;

    let arrival = sign_in_through(&s, "kari@kommune.example", None).await;
    assert_eq!(arrival.location, "/sso/link");
    assert_eq!(arrival.cookie("rtw_session"), None, "not signed in yet");
    let link = arrival.cookie("rtw_sso_link").expect("the link cookie");
    assert_eq!(s.app.count("external_identities").await, 0);
    assert_eq!(s.app.count("users").await, users, "no second account");

    let page = s.app.get("/sso/link", Some(&link)).await;
    assert!(page.body.contains("kari@kommune.example"));
    assert!(page.body.contains("Nordby kommune"));

    let wrong = s
        .app
        .call("link_sso", &[("password", "not the password")], Some(&link))
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{}", wrong.body);
    assert_eq!(s.app.count("external_identities").await, 0);
    // Without this browser's cookie there is nothing to link, whatever the password.
    let elsewhere = s
        .app
        .call("link_sso", &[("password", password)], None)
        .await;
    assert_eq!(elsewhere.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.app.count("external_identities").await, 0);

    let linked = s
        .app
        .call("link_sso", &[("password", password)], Some(&link))
        .await;
    assert_eq!(linked.status, StatusCode::OK, "{}", linked.body);
    let session = linked.session_cookie().expect("signed in");
    assert_eq!(
        s.app.call("session", &[], Some(&session)).await.json()["id"],
        kari
    );
    assert_eq!(
        membership(&s.app, s.org, kari).await.as_deref(),
        Some("member")
    );
    // The link is used up, and the next sign-in through the organisation goes straight in.
    let reused = s
        .app
        .call("link_sso", &[("password", password)], Some(&link))
        .await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let next = sign_in_through(&s, "kari@kommune.example", None).await;
    let session = next.cookie("rtw_session").expect("straight in");
    assert_eq!(
        s.app.call("session", &[], Some(&session)).await.json()["id"],
        kari
    );
    assert_eq!(s.app.count("users").await, users);
}

#[tokio::test]
async fn only_people_whose_token_names_the_organisation_get_in() {
    let s = setup().await;
    let saved = save(
        &s.app,
        &s.admin,
        s.org,
        &s.provider.issuer,
        &[("org_claim", "tid"), ("org_value", "tenant-a")],
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let outsider = sign_in_through(&s, "other.per", None).await;
    assert_eq!(outsider.location, "/sso/failed?reason=wrong-organisation");
    assert_eq!(user_named(&s.app, "other.per@kommune.example").await, None);
    let insider = sign_in_through(&s, "per", None).await;
    assert!(insider.cookie("rtw_session").is_some());
}

#[tokio::test]
async fn settings_are_checked_and_a_provider_turned_off_signs_nobody_in() {
    let s = setup().await;
    let org = s.org.to_string();
    let unreachable = save(&s.app, &s.admin, s.org, "http://127.0.0.1:9/", &[]).await;
    assert_eq!(unreachable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unreachable.body.contains("error-sso-discovery"));
    let bad = s
        .app
        .call(
            "save_sso",
            &[
                ("org_id", &org),
                ("issuer", "not a url"),
                ("client_id", ""),
                ("subject_claim", "two words"),
            ],
            Some(&s.admin),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for key in ["error-sso-issuer", "error-sso-client-id", "error-sso-claim"] {
        assert!(bad.body.contains(key), "{key} in {}", bad.body);
    }
    let issuer: String =
        sqlx::query_scalar("SELECT issuer FROM sso_providers WHERE organisation_id = $1")
            .bind(s.org)
            .fetch_one(&s.app.db)
            .await
            .unwrap();
    assert_eq!(issuer, s.provider.issuer, "a refused form changes nothing");

    let choices = s.app.call("sso_choices", &[], None).await.json();
    assert_eq!(choices[0]["name"], "Nordby kommune");
    let off = s
        .app
        .call(
            "toggle_sso",
            &[("org_id", &org), ("enable", "false")],
            Some(&s.admin),
        )
        .await;
    assert_eq!(off.status, StatusCode::OK, "{}", off.body);
    assert_eq!(
        s.app.call("sso_choices", &[], None).await.json(),
        serde_json::json!([])
    );
    let start = s.app.get(&format!("/sso/start?org={org}"), None).await;
    assert_eq!(start.location(), Some("/sso/failed?reason=not-configured"));
}

#[tokio::test]
async fn the_link_is_in_the_persons_data_and_goes_with_the_account() {
    let s = setup().await;
    let password = "correct horse battery";
    s.app
        .register("Kari Nordmann", "kari@kommune.example", password)
        .await;
    let arrival = sign_in_through(&s, "kari@kommune.example", None).await;
    let link = arrival.cookie("rtw_sso_link").expect("the link cookie");
    let linked = s
        .app
        .call("link_sso", &[("password", password)], Some(&link))
        .await;
    let session = linked.session_cookie().expect("signed in");

    let data = s.app.get("/account/data.json", Some(&session)).await.json();
    let links = &data["sign_ins_through_organisations"];
    assert_eq!(links[0]["organisation"], "Nordby kommune");
    assert_eq!(links[0]["issuer"], s.provider.issuer.as_str());
    assert_eq!(links[0]["subject"], "kari@kommune.example");

    let deleted = s
        .app
        .call(
            "delete_account",
            &[("password", password), ("confirm", "yes")],
            Some(&session),
        )
        .await;
    assert!(deleted.status.is_success(), "{}", deleted.body);
    assert_eq!(s.app.count("external_identities").await, 0);
    // Signing in through the organisation again makes a new account; the deleted one stays gone.
    let again = sign_in_through(&s, "kari@kommune.example", None).await;
    let session = again.cookie("rtw_session").expect("a new account");
    let me = s.app.call("session", &[], Some(&session)).await.json();
    assert_eq!(me["email"], "kari@kommune.example");
    assert_eq!(me["name"], "Kari", "the provider's name for the login");
}
