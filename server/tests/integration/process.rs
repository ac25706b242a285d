//! The real `server` binary as a separate process. Killed with SIGKILL in the middle of a load of
//! quiz submissions and case decisions, it has lost nothing it acknowledged once it is started
//! again. Stopped with SIGTERM, it takes no new connections, finishes the request under way and
//! delivers the email that request queued before it exits.

use crate::common::{serde_urlencoded, workspace, TestApp};
use app::domain::Lang;
use app::server::data_sqlite::services::accounts;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CASE: &str = "hanna-hospital-ward";
const QUIZ: &str = "module-1-quiz";
const COURSE: &str = "rtw-coordinator";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Starts `server serve` on `port` over the database and data folder of `dir`.
fn spawn_server(dir: &Path, port: u16, grace_secs: u64) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("server.log"))
        .expect("log file");
    Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("serve")
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("RUST_LOG", "info,sqlx=warn")
        .env(
            "DATABASE_URL",
            format!("sqlite:{}", dir.join("rtw.db").display()),
        )
        .env("RTW_BIND", format!("127.0.0.1:{port}"))
        .env("RTW_DATA_DIR", dir.join("data"))
        .env("RTW_SITE_ROOT", dir.join("site"))
        .env("RTW_COURSES_DIR", workspace().join("courses"))
        .env("RTW_SHUTDOWN_GRACE_SECS", grace_secs.to_string())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("the server binary starts")
}

fn server_log(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
}

async fn wait_ready(dir: &Path, port: u16, child: &mut Child) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the server exited ({status}):\n{}", server_log(dir));
        }
        if let Ok(reply) = http(port, "GET", "/healthz", None, "").await {
            if reply.status == 200 {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not answer /healthz:\n{}", server_log(dir));
}

async fn wait_exit(child: &mut Child, limit: Duration) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        assert!(
            started.elapsed() < limit,
            "the server is still running after {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn signal(child: &Child, name: &str) {
    let ok = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(child.id().to_string())
        .status()
        .expect("kill runs")
        .success();
    assert!(ok, "kill -{name} failed");
}

struct Answer {
    status: u16,
    location: Option<String>,
}

fn request_head(method: &str, path: &str, cookie: Option<&str>, len: usize) -> String {
    let cookie = cookie
        .map(|c| format!("Cookie: {c}\r\n"))
        .unwrap_or_default();
    format!(
        "{method} {path} HTTP/1.1\r\nHost: rtw.test\r\nAccept: text/html\r\n{cookie}\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len}\r\n\
         Connection: close\r\n\r\n"
    )
}

fn parse_answer(raw: &[u8]) -> std::io::Result<Answer> {
    let text = String::from_utf8_lossy(raw);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no HTTP answer: {text:?}")))?;
    let location = text
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .starts_with("location:")
                .then(|| l[9..].trim().to_string())
        });
    Ok(Answer { status, location })
}

/// One HTTP/1.1 request on its own connection.
async fn http(
    port: u16,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: &str,
) -> std::io::Result<Answer> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    stream
        .write_all(request_head(method, path, cookie, body.len()).as_bytes())
        .await?;
    stream.write_all(body.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    parse_answer(&raw)
}

fn form(pairs: &[(String, String)]) -> String {
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    serde_urlencoded(&refs)
}

/// Some answer to every question of an attempt (right or wrong does not matter here).
fn some_answers(page: &app::wire::AttemptPage) -> Vec<(String, String)> {
    use app::wire::ShownKind;
    let mut f = vec![("attempt_id".to_string(), page.id.to_string())];
    for item in &page.items {
        let id = &item.id;
        match &item.kind {
            ShownKind::SingleChoice(o) => f.push((format!("a[{id}]"), o[0].id.clone())),
            ShownKind::MultipleResponse(o) => f.push((format!("a[{id}.{}]", o[0].id), "on".into())),
            ShownKind::TrueFalse => f.push((format!("a[{id}]"), "true".into())),
            ShownKind::Matching(prompts, answers) => {
                for p in prompts {
                    f.push((format!("a[{id}.{}]", p.id), answers[0].id.clone()));
                }
            }
            ShownKind::Ordering(steps) => {
                for (n, s) in steps.iter().enumerate() {
                    f.push((format!("a[{id}.{}]", n + 1), s.id.clone()));
                }
            }
            ShownKind::Numeric(_) => f.push((format!("a[{id}]"), "16".into())),
            ShownKind::ShortText => f.push((format!("a[{id}]"), "dialogmøte".into())),
        }
    }
    f
}

/// A learner ready to act: signed in, with a quiz attempt and a case run open.
struct Learner {
    cookie: String,
    attempt: i64,
    submission: String,
    run: i64,
    decision: String,
}

async fn learners(app: &TestApp, n: usize) -> Vec<Learner> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (token, attempt, page, run, play) = app::with_data!(app.state.db, |d, pool| {
            use d::services::{accounts, cases, quizzes};
            let reg = accounts::Registration::parse(
                "Kari Nordmann",
                &format!("learner{i}@example.org"),
                "correct horse battery",
                Lang::Nb,
            )
            .expect("registration");
            let user = accounts::register(pool, reg).await.expect("registered");
            let token = d::auth::start_session(pool, &app.state.sessions, user, 3600)
                .await
                .expect("session");
            let attempt = quizzes::start(pool, user, COURSE, QUIZ)
                .await
                .expect("attempt");
            let page = quizzes::attempt_page(pool, user, attempt, Lang::Nb, ("Sant", "Usant"))
                .await
                .expect("attempt page");
            let run = cases::start(pool, user, COURSE, CASE).await.expect("run");
            let play = cases::play(pool, user, run, Lang::Nb).await.expect("play");
            (token, attempt, page, run, play)
        });
        let decision = form(&[
            ("run_id".into(), run.to_string()),
            ("step".into(), play.step.to_string()),
            ("choice".into(), play.choices[0].id.clone()),
        ]);
        out.push(Learner {
            cookie: format!("rtw_session={token}"),
            attempt,
            submission: form(&some_answers(&page)),
            run,
            decision,
        });
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Acked {
    Submission(i64),
    Decision(i64),
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn after_sigkill_under_load_every_acknowledged_write_is_there() {
    let app = TestApp::start().await;
    let ready = learners(&app, 100).await;
    app.state.db.close().await;
    let dir = app.dir.path().to_path_buf();
    let port = free_port();
    let mut child = spawn_server(&dir, port, 5);
    wait_ready(&dir, port, &mut child).await;

    // Every learner submits their quiz and then takes a case decision, all at once. A request
    // counts as acknowledged only when its answer says it succeeded.
    let acked = Arc::new(Mutex::new(Vec::new()));
    // Acknowledged submissions and decisions so far.
    let answered = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
    let mut tasks = Vec::new();
    for (i, l) in ready.into_iter().enumerate() {
        let acked = acked.clone();
        let answered = answered.clone();
        tasks.push(tokio::spawn(async move {
            // Half of the learners decide first, so both kinds of write are under way at once.
            let order = if i % 2 == 0 { [0, 1] } else { [1, 0] };
            for which in order {
                let (path, body, ok, done) = if which == 0 {
                    (
                        "/api/submit_attempt",
                        &l.submission,
                        "/review".to_string(),
                        Acked::Submission(l.attempt),
                    )
                } else {
                    (
                        "/api/decide",
                        &l.decision,
                        format!("/runs/{}", l.run),
                        Acked::Decision(l.run),
                    )
                };
                let Ok(a) = http(port, "POST", path, Some(&l.cookie), body).await else {
                    return;
                };
                if (300..400).contains(&a.status) && a.location.is_some_and(|p| p.ends_with(&ok)) {
                    acked.lock().unwrap().push(done);
                    answered[which].fetch_add(1, Ordering::SeqCst);
                }
            }
        }));
    }
    let started = Instant::now();
    while answered.iter().any(|n| n.load(Ordering::SeqCst) < 10) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the load did not get going:\n{}",
            server_log(&dir)
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    signal(&child, "KILL");
    let status = wait_exit(&mut child, Duration::from_secs(10)).await;
    assert!(!status.success(), "SIGKILL ends the process: {status}");
    for t in tasks {
        t.await.expect("client task");
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() < 200,
        "the kill came before the load was over (else this test shows nothing)"
    );

    // Started again, the server opens the same database and serves.
    let mut child = spawn_server(&dir, port, 5);
    wait_ready(&dir, port, &mut child).await;
    signal(&child, "TERM");
    assert!(wait_exit(&mut child, Duration::from_secs(30))
        .await
        .success());

    let pool =
        app::server::data_sqlite::db::connect(&format!("sqlite:{}", dir.join("rtw.db").display()))
            .await
            .expect("database opens");
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .expect("integrity check");
    assert_eq!(check, "ok");
    let (mut submissions, mut decisions) = (0, 0);
    for a in &acked {
        match *a {
            Acked::Submission(id) => {
                submissions += 1;
                let graded: Option<i64> =
                    sqlx::query_scalar("SELECT percent FROM quiz_attempts WHERE id = $1")
                        .bind(id)
                        .fetch_one(&pool)
                        .await
                        .expect("the attempt exists");
                assert!(graded.is_some(), "acknowledged submission {id} was lost");
            }
            Acked::Decision(run) => {
                decisions += 1;
                let made: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM case_decisions WHERE run_id = $1")
                        .bind(run)
                        .fetch_one(&pool)
                        .await
                        .expect("count");
                assert_eq!(made, 1, "acknowledged decision in run {run} was lost");
            }
        }
    }
    assert!(
        submissions > 0 && decisions > 0,
        "both kinds of write were acknowledged before the kill ({submissions} submissions, {decisions} decisions)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_sigterm_the_request_under_way_finishes_and_its_email_is_delivered() {
    let app = TestApp::start().await;
    let reg = accounts::Registration::parse(
        "Kari Nordmann",
        "kari@example.org",
        "correct horse battery",
        Lang::Nb,
    )
    .expect("registration");
    // This test runs the server's binary on the test's SQLite file.
    accounts::register(crate::common::sqlite(&app.state.db), reg)
        .await
        .expect("registered");
    app.state.db.close().await;
    let dir = app.dir.path().to_path_buf();
    let port = free_port();
    let mut child = spawn_server(&dir, port, 20);
    wait_ready(&dir, port, &mut child).await;

    // A request whose body is still arriving when the signal comes.
    let body = "email=kari%40example.org";
    let mut stream = TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    stream
        .write_all(request_head("POST", "/api/request_password_reset", None, body.len()).as_bytes())
        .await
        .expect("send the head");
    stream
        .write_all(&body.as_bytes()[..6])
        .await
        .expect("send a part");
    stream.flush().await.expect("flush");
    tokio::time::sleep(Duration::from_millis(300)).await;
    signal(&child, "TERM");
    tokio::time::sleep(Duration::from_millis(500)).await;

    assert!(
        TcpStream::connect(("127.0.0.1", port)).await.is_err(),
        "no new connections are taken once stopping"
    );
    stream
        .write_all(&body.as_bytes()[6..])
        .await
        .expect("send the rest");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("an answer");
    let answer = parse_answer(&raw).expect("HTTP");
    assert!(
        (300..400).contains(&answer.status)
            && answer.location.as_deref() == Some("/forgot-password?sent=1"),
        "{} {:?}\n{}",
        answer.status,
        answer.location,
        server_log(&dir)
    );

    let status = wait_exit(&mut child, Duration::from_secs(30)).await;
    assert!(status.success(), "a clean exit: {status}");
    let mails: Vec<_> = std::fs::read_dir(dir.join("data").join("outbox"))
        .expect("the mail folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(mails.len(), 1, "the reset email was delivered before exit");
    let text = std::fs::read_to_string(mails[0].path()).expect("mail");
    assert!(text.contains("kari@example.org"), "{text}");
    let pool =
        app::server::data_sqlite::db::connect(&format!("sqlite:{}", dir.join("rtw.db").display()))
            .await
            .expect("database opens");
    let undelivered: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(undelivered, 0);
    assert!(server_log(&dir).contains("outbox drained on shutdown"));
}

/// `durable_commits` makes SQLite flush every commit (synchronous=FULL) on every connection the
/// server opens; without it, commits are kept across a crash of the process (NORMAL, with WAL).
#[tokio::test]
async fn durable_commits_flush_every_commit_on_every_connection() {
    for (durable, expected) in [(false, 1i64), (true, 2)] {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = crate::common::settings(dir.path(), None);
        settings.durable_commits = durable;
        let state = server::startup::build_state(&settings).await.unwrap();
        // Hold several connections at once, so more than the first one is asked.
        let mut held = Vec::new();
        for _ in 0..3 {
            let mut conn = crate::common::sqlite(&state.db).acquire().await.unwrap();
            let level: i64 = sqlx::query_scalar("PRAGMA synchronous")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            assert_eq!(level, expected, "durable_commits = {durable}");
            let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            assert_eq!(mode, "wal");
            held.push(conn);
        }
    }
}
