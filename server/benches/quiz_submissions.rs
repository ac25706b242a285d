//! Graded quiz submissions per second through the real router, each a committed transaction: on
//! SQLite (WAL) first as configured by default and then with durable commits, on PostgreSQL
//! (`BENCH_POSTGRES`) as its server is configured (the benchmark prints fsync and
//! synchronous_commit). Run with `scripts/bench quiz_submissions`; the figures go in BENCHMARKS.md.
//!
//! Profiling: `BENCH_LEARNERS` sets how many learners submit (400), `BENCH_SETTINGS=default` runs
//! the default setting only, and `BENCH_CALLGRIND=1`, when run under `valgrind --tool=callgrind`,
//! zeroes the counters as each timed phase starts and dumps them as it ends, so each dump holds
//! the submissions of one phase and nothing of the setting up (BENCHMARKS.md has the command).
//!
//! Every learner starts the bundled module 1 quiz, fills in an answer to every question (the first
//! choice, the shown order, a number, a word) and submits it; each submission is graded and stored.

#![allow(clippy::print_stdout)] // a benchmark reports on standard output

mod common;

use axum::body::Body;
use http::{header, Request};
use server::startup::{build_state, router};
use std::time::Instant;
use tower::ServiceExt;

/// Learners who each submit one attempt: `BENCH_LEARNERS`, else 400.
fn learners() -> usize {
    std::env::var("BENCH_LEARNERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

/// Under callgrind with `BENCH_CALLGRIND` set: `-z` zeroes this process's counters, `-d` dumps
/// them (callgrind_control reaches the running process by its id).
fn callgrind(action: &str) {
    if std::env::var_os("BENCH_CALLGRIND").is_some() {
        let _ = std::process::Command::new("callgrind_control")
            .arg(action)
            .arg(std::process::id().to_string())
            .status();
    }
}

fn form(pairs: &[(String, String)]) -> String {
    fn enc(s: &str) -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn answers(page: &app::wire::AttemptPage) -> Vec<(String, String)> {
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

#[tokio::main]
async fn main() {
    // As configured by default (each commit survives a crash of the server), then with
    // `durable_commits` (each commit also survives a power loss: an fsync per commit).
    let only_default = std::env::var("BENCH_SETTINGS").is_ok_and(|v| v == "default");
    if common::on_postgres().is_some() {
        // PostgreSQL's durability is the server's own (fsync, synchronous_commit), printed first;
        // the application's `durable_commits` setting is SQLite's.
        println!("PostgreSQL, as the server is configured:");
        run(false).await;
        return;
    }
    for durable_commits in [false, true] {
        if durable_commits && only_default {
            break;
        }
        println!(
            "SQLite, synchronous={}:",
            if durable_commits {
                "FULL (durable_commits)"
            } else {
                "NORMAL (default)"
            }
        );
        run(durable_commits).await;
    }
}

async fn run(durable_commits: bool) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = common::workspace();
    let bench = common::Bench::new(dir.path()).await;
    let mut settings = common::settings(dir.path(), &bench.url, dir.path().join("site"));
    settings.durable_commits = durable_commits;
    let state = build_state(&settings).await.expect("state");
    println!("{}", bench.describe().await);
    server::courses::publish_all(&state.db, &root.join("courses"))
        .await
        .expect("publish");

    // Arrange: learners with an open attempt each (not timed).
    let learners = learners();
    let mut work = Vec::with_capacity(learners);
    for n in 0..learners {
        let email = format!("learner{n}@example.org");
        let (token, page) = app::with_data!(state.db, |d, pool| {
            use d::services::{accounts, quizzes};
            let reg = accounts::Registration::parse(
                "Bench Learner",
                &email,
                "correct horse battery",
                app::domain::Lang::Nb,
            )
            .unwrap();
            let user = accounts::register(pool, reg).await.unwrap();
            let token = d::auth::start_session(pool, &state.sessions, user, 3600)
                .await
                .unwrap();
            let attempt = quizzes::start(pool, user, "rtw-coordinator", "module-1-quiz")
                .await
                .unwrap();
            let page = quizzes::attempt_page(
                pool,
                user,
                attempt,
                app::domain::Lang::Nb,
                ("Sant", "Usant"),
            )
            .await
            .unwrap();
            (token, page)
        });
        work.push((format!("rtw_session={token}"), form(&answers(&page))));
    }
    let app = router(state.clone());

    for concurrency in [1usize, 16] {
        let batch: Vec<_> = if concurrency == 1 {
            work.drain(..learners / 2).collect()
        } else {
            std::mem::take(&mut work)
        };
        let count = batch.len();
        callgrind("-z");
        let started = Instant::now();
        let mut latencies = Vec::with_capacity(count);
        for chunk in batch.chunks(concurrency) {
            let mut tasks = Vec::new();
            for (cookie, body) in chunk.iter().cloned() {
                let app = app.clone();
                tasks.push(tokio::spawn(async move {
                    let t = Instant::now();
                    let req = Request::post("/api/submit_attempt")
                        .header(header::HOST, "bench.test")
                        .header(header::COOKIE, cookie)
                        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .body(Body::from(body))
                        .unwrap();
                    let res = app.oneshot(req).await.unwrap();
                    assert!(
                        res.status().is_success() || res.status().is_redirection(),
                        "{}",
                        res.status()
                    );
                    t.elapsed()
                }));
            }
            for t in tasks {
                latencies.push(t.await.unwrap());
            }
        }
        let elapsed = started.elapsed();
        callgrind("-d");
        latencies.sort();
        let p = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q) as usize];
        println!(
            "concurrency {concurrency:>2}: {count} graded submissions in {:.2} s = {:.0}/s; p50 {:.1} ms, p99 {:.1} ms",
            elapsed.as_secs_f64(),
            count as f64 / elapsed.as_secs_f64(),
            p(0.5).as_secs_f64() * 1000.0,
            p(0.99).as_secs_f64() * 1000.0,
        );
    }
    let graded: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM quiz_attempts WHERE percent IS NOT NULL")
            .fetch_one(&bench.db)
            .await
            .unwrap();
    assert_eq!(
        graded as usize, learners,
        "every submission is graded and stored"
    );
    println!("stored: {graded} graded attempts");
    bench.finish().await;
}
