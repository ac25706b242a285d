//! xAPI: an administrator connects the organisation's learning record store; lessons completed,
//! quiz results, each case decision and certificates reach it as xAPI 1.0.3 statements, which
//! the tests read back from a real LRS (Ralph, from PyPI, which validates every statement it is
//! given against xAPI 1.0.3 and refuses one that does not conform; started by `e2e/lrs.py`). An LRS that is down gets
//! every statement once, in order, when it is up; a wrong password is shown in the log; another
//! organisation's administrator sees none of it.

use crate::certificates::complete;
use crate::common::{python, TestApp};
use crate::hr_api::{bodo, kari_completes_everything};
use crate::organisations::organisation_with_admin;
use crate::webhooks::{deliver_all, deliver_all_once};
use http::StatusCode;
use serde_json::Value;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const USER: &str = "rtw-academy";
const PASSWORD: &str = "lrs-password-for-tests";

/// A Ralph LRS on a loopback port, storing statements in a temporary folder.
struct Lrs {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Lrs {
    /// A free loopback port for an LRS started later.
    fn free_port() -> u16 {
        std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    }

    async fn start_on(port: u16) -> Lrs {
        let python = python();
        let dir = tempfile::tempdir().unwrap();
        let env = [
            ("RALPH_APP_DIR", dir.path().join("app")),
            ("RALPH_AUTH_FILE", dir.path().join("auth.json")),
            ("RALPH_RUNSERVER_BACKEND", "fs".into()),
            (
                "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH",
                dir.path().join("statements"),
            ),
        ];
        let auth = Command::new(python.with_file_name("ralph"))
            .args(["auth", "-u", USER, "-p", PASSWORD, "-s", "all"])
            .args(["-M", "mailto:hr@bodo.example.org", "-w"])
            .envs(env.clone())
            .output()
            .expect("ralph auth");
        assert!(auth.status.success(), "{auth:?}");
        let child = Command::new(&python)
            .arg(crate::common::workspace().join("e2e/lrs.py"))
            .arg(port.to_string())
            // Ralph's own serializer warns about every mbox it stores; nothing to act on.
            .env("PYTHONWARNINGS", "ignore")
            .envs(env)
            .stdout(Stdio::null())
            .spawn()
            .expect("start the LRS");
        let lrs = Lrs {
            child,
            port,
            _dir: dir,
        };
        for _ in 0..200 {
            let up = reqwest::get(format!("{}__heartbeat__", lrs.base())).await;
            if up.is_ok_and(|r| r.status().is_success()) {
                return lrs;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the LRS did not start on port {port}");
    }

    async fn start() -> Lrs {
        Lrs::start_on(Lrs::free_port()).await
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    fn endpoint(&self) -> String {
        format!("{}xAPI/", self.base())
    }

    /// Every statement the LRS holds about `email`, in the order it stored them.
    async fn statements_about(&self, email: &str) -> Vec<Value> {
        let agent = serde_json::json!({ "mbox": format!("mailto:{email}") }).to_string();
        let res = reqwest::Client::new()
            .get(format!("{}statements", self.endpoint()))
            .query(&[("agent", agent.as_str()), ("limit", "500")])
            .basic_auth(USER, Some(PASSWORD))
            .header("X-Experience-API-Version", "1.0.3")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let body: Value = res.json().await.unwrap();
        let mut all = body["statements"].as_array().unwrap().clone();
        all.sort_by(|a, b| a["stored"].as_str().cmp(&b["stored"].as_str()));
        all
    }
}

impl Drop for Lrs {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Connects the LRS as a browser without JavaScript does.
async fn connect(app: &TestApp, admin: &str, org: i64, endpoint: &str, password: &str) {
    let org_s = org.to_string();
    let r = app
        .submit(
            "save_lrs",
            &[
                ("org_id", &org_s),
                ("endpoint", endpoint),
                ("username", USER),
                ("password", password),
            ],
            Some(admin),
        )
        .await;
    assert_eq!(
        r.location(),
        Some(format!("/organisations/{org}/xapi?saved=1").as_str()),
        "{} {}",
        r.status,
        r.body
    );
}

fn verbs(statements: &[Value]) -> Vec<String> {
    statements
        .iter()
        .map(|s| {
            s["verb"]["id"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

async fn log(app: &TestApp, admin: &str, org: i64) -> Value {
    let r = app
        .call("org_lrs", &[("org_id", &org.to_string())], Some(admin))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.json()
}

#[tokio::test]
async fn every_learning_event_reaches_the_lrs_as_a_valid_statement_and_reads_back() {
    let (app, _ada, anne, kari, org) = bodo().await;
    let lrs = Lrs::start().await;
    connect(&app, &anne, org, &lrs.endpoint(), PASSWORD).await;

    kari_completes_everything(&app, &kari).await;
    deliver_all(&app).await;

    let got = lrs.statements_about("kari.cert@example.org").await;
    let mut v = verbs(&got);
    v.sort();
    assert_eq!(
        v,
        [
            "answered",  // the case's one decision
            "completed", // lesson r1
            "completed", // lesson l1
            "completed", // lesson l2
            "completed", // the case, ended
            "earned",    // the module certificate
            "earned",    // the qualification
            "passed",    // the quiz
        ],
        "{got:#?}"
    );
    let base = &app.state.config.base_url;
    for s in &got {
        assert_eq!(s["actor"]["name"], "Kari Nordmann");
        let object = s["object"]["id"].as_str().unwrap();
        assert!(object.starts_with(&format!("{base}/")), "{object}");
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            format!("{base}/courses/cert-course")
        );
        assert_eq!(s["authority"]["mbox"], "mailto:hr@bodo.example.org");
    }
    let quiz = got
        .iter()
        .find(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed")
        .unwrap();
    assert_eq!(
        quiz["object"]["id"],
        format!("{base}/courses/cert-course/quizzes/q")
    );
    assert_eq!(quiz["result"]["success"], true);
    let scaled = quiz["result"]["score"]["scaled"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&scaled), "{scaled}");
    let decision = got
        .iter()
        .find(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered")
        .unwrap();
    assert_eq!(decision["result"]["response"], "good");
    assert_eq!(
        decision["context"]["contextActivities"]["parent"][0]["id"],
        format!("{base}/courses/cert-course/cases/c")
    );
    let lesson = got
        .iter()
        .find(|s| s["object"]["id"] == format!("{base}/courses/cert-course/lessons/r1"))
        .expect("lesson r1");
    assert_eq!(
        lesson["object"]["definition"]["type"],
        "http://adlnet.gov/expapi/activities/lesson"
    );

    // The LRS holds exactly the statements the log shows, by their ids, all delivered.
    let page = log(&app, &anne, org).await;
    let mut ours: Vec<&str> = page["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            assert!(s["delivered_at"].is_i64(), "{s}");
            assert_eq!(s["last_status"], 200);
            s["statement_id"].as_str().unwrap()
        })
        .collect();
    let mut theirs: Vec<&str> = got.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs);
    assert_eq!(
        (page["sent"].as_i64(), page["waiting"].as_i64()),
        (Some(8), Some(0))
    );
}

#[tokio::test]
async fn an_lrs_that_is_down_gets_every_statement_once_in_order_when_it_is_up() {
    let (app, _ada, anne, kari, org) = bodo().await;
    let port = Lrs::free_port();
    connect(
        &app,
        &anne,
        org,
        &format!("http://127.0.0.1:{port}/xAPI/"),
        PASSWORD,
    )
    .await;
    complete(&app, &kari, "l1").await;
    complete(&app, &kari, "l2").await;
    complete(&app, &kari, "r1").await;
    for _ in 0..3 {
        deliver_all_once(&app).await;
    }
    let page = log(&app, &anne, org).await;
    let rows = page["statements"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "three lessons: {rows:#?}");
    assert!(rows.iter().all(|s| s["delivered_at"].is_null()));
    // Only the first statement about Kari was tried: the later ones wait for it.
    let tried: Vec<i64> = rows
        .iter()
        .map(|s| s["attempts"].as_i64().unwrap())
        .collect();
    assert_eq!(tried, [0, 0, 3], "newest first: {rows:#?}");
    assert_eq!(rows[2]["last_error"], "could not connect");

    let lrs = Lrs::start_on(port).await;
    deliver_all(&app).await;
    let got = lrs.statements_about("kari.cert@example.org").await;
    let objects: Vec<&str> = got
        .iter()
        .map(|s| {
            s["object"]["id"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(objects, ["l1", "l2", "r1"], "each once, in order");

    // A retry after a lost answer stores nothing twice: the LRS keeps a statement id once.
    sqlx::query("UPDATE outbox SET delivered_at = NULL WHERE kind = 'xapi'")
        .execute(&app.db)
        .await
        .unwrap();
    deliver_all(&app).await;
    assert_eq!(lrs.statements_about("kari.cert@example.org").await.len(), 3);
}

#[tokio::test]
async fn a_wrong_password_is_shown_in_the_log_and_a_corrected_one_sends_what_waited() {
    let (app, _ada, anne, kari, org) = bodo().await;
    let lrs = Lrs::start().await;
    connect(&app, &anne, org, &lrs.endpoint(), "not-the-password").await;
    complete(&app, &kari, "l1").await;
    deliver_all_once(&app).await;
    let page = log(&app, &anne, org).await;
    assert_eq!(page["statements"][0]["last_error"], "the LRS answered 401");
    assert_eq!(page["statements"][0]["last_status"], 401);
    let html = app
        .get(&format!("/organisations/{org}/xapi"), Some(&anne))
        .await;
    assert!(html.body.contains("the LRS answered 401"));
    assert!(
        !html.body.contains("not-the-password"),
        "the password is never shown"
    );

    // An empty password keeps the saved one: still refused.
    connect(&app, &anne, org, &lrs.endpoint(), "").await;
    deliver_all_once(&app).await;
    assert_eq!(
        log(&app, &anne, org).await["statements"][0]["last_status"],
        401
    );
    connect(&app, &anne, org, &lrs.endpoint(), PASSWORD).await;
    deliver_all(&app).await;
    assert_eq!(lrs.statements_about("kari.cert@example.org").await.len(), 1);
}

#[tokio::test]
async fn nothing_is_recorded_without_a_connection_or_while_it_is_off() {
    let (app, _ada, anne, kari, org) = bodo().await;
    complete(&app, &kari, "l1").await;
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM xapi_statements")
            .fetch_one(&app.db)
            .await
            .unwrap()
    };
    assert_eq!(count().await, 0, "no LRS connected");

    let lrs = Lrs::start().await;
    connect(&app, &anne, org, &lrs.endpoint(), PASSWORD).await;
    let off = app
        .submit(
            "toggle_lrs",
            &[("org_id", &org.to_string()), ("enable", "false")],
            Some(&anne),
        )
        .await;
    assert_eq!(off.status, StatusCode::FOUND, "{}", off.body);
    complete(&app, &kari, "l2").await;
    assert_eq!(count().await, 0, "turned off");
    assert_eq!(log(&app, &anne, org).await["connection"]["enabled"], false);
}

#[tokio::test]
async fn bad_connections_are_refused_field_by_field_and_other_organisations_see_nothing() {
    let (app, ada, anne, _kari, org) = bodo().await;
    let org_s = org.to_string();
    let r = app
        .call(
            "save_lrs",
            &[
                ("org_id", &org_s),
                ("endpoint", "ftp://lrs.example.org/"),
                ("username", ""),
                ("password", ""),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    for field in ["endpoint", "username", "password"] {
        assert!(
            r.body.contains(&format!("\"{field}\"")),
            "{field}: {}",
            r.body
        );
    }
    let r = app
        .call(
            "save_lrs",
            &[
                ("org_id", &org_s),
                ("endpoint", "https://user:pw@lrs.example.org/xAPI/"),
                ("username", "u"),
                ("password", "p"),
            ],
            Some(&anne),
        )
        .await;
    assert!(
        r.body.contains("error-lrs-endpoint-credentials"),
        "{}",
        r.body
    );
    assert_eq!(log(&app, &anne, org).await["connection"], Value::Null);

    // The address is kept as the LRS's xAPI base, whichever way it was written.
    let r = app
        .call(
            "save_lrs",
            &[
                ("org_id", &org_s),
                ("endpoint", "http://127.0.0.1:9/xAPI/statements?x=1"),
                ("username", "u"),
                ("password", "p"),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        log(&app, &anne, org).await["connection"]["endpoint"],
        "http://127.0.0.1:9/xAPI/"
    );

    let (bjorn, _) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    let r = app
        .call("org_lrs", &[("org_id", &org_s)], Some(&bjorn))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app
        .call(
            "save_lrs",
            &[
                ("org_id", &org_s),
                ("endpoint", "https://evil.example.org/"),
                ("username", "u"),
                ("password", "p"),
            ],
            Some(&bjorn),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        log(&app, &anne, org).await["connection"]["endpoint"],
        "http://127.0.0.1:9/xAPI/",
        "unchanged"
    );
}
