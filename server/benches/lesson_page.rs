//! A signed-in learner reading a lesson page (server-rendered HTML) over real HTTP on loopback:
//! requests per second and latency at concurrency 1 and 16, the server's memory idle and under
//! load, and what the page weighs with its static files. Run with
//! `scripts/bench lesson_page` after `scripts/build-site` (for the page weight); SQLite, then
//! PostgreSQL (`BENCH_POSTGRES`, see `common::Bench`). The figures go in BENCHMARKS.md.
//!
//! The server and the load run in this one process on the same cores, as a load generator beside
//! a server on a 2-core machine would: the latencies include the client's share of the CPU.

#![allow(clippy::print_stdout)] // a benchmark reports on standard output

mod common;

use server::startup::{build_state, router};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const LEARNERS: usize = 16;
const WARM_UP: usize = 200;
/// Requests per run: (concurrency, requests).
const RUNS: [(usize, usize); 2] = [(1, 2_000), (16, 8_000)];

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = common::workspace();
    let site = root.join("target/site");
    let bench = common::Bench::new(dir.path()).await;
    let state = build_state(&common::settings(dir.path(), &bench.url, site.clone()))
        .await
        .expect("state");
    println!("{}", bench.describe().await);
    server::courses::publish_all(&state.db, &root.join("courses"))
        .await
        .expect("publish");

    // Arrange (not timed): signed-in learners and the first lesson of the bundled programme.
    let (manifest,): (String,) =
        sqlx::query_as("SELECT manifest FROM course_versions WHERE course_id = 'rtw-coordinator'")
            .fetch_one(&bench.db)
            .await
            .expect("the bundled programme is published");
    let manifest: app::domain::content::Manifest =
        serde_json::from_str(&manifest).expect("manifest");
    let lesson = &manifest.modules[0].lessons[0];
    let url_path = format!("/courses/rtw-coordinator/lessons/{}", lesson.id);
    let mut cookies = Vec::with_capacity(LEARNERS);
    // Accounts are written directly: hashing their passwords (Argon2, 19 MiB each) would leave its
    // memory with the allocator and inflate the resident size measured below.
    for n in 0..LEARNERS {
        let user: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, display_name, password_hash, created_at, password_changed_at, updated_at)
             VALUES ($1, 'Bench Learner', 'not-a-hash', 0, 0, 0) RETURNING id",
        )
        .bind(format!("reader{n}@example.org"))
        .fetch_one(&bench.db)
        .await
        .expect("a learner");
        let token = app::with_data!(state.db, |d, pool| {
            d::auth::start_session(pool, &state.sessions, user, 3600).await
        })
        .expect("session");
        cookies.push(format!("rtw_session={token}"));
    }

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let addr = listener.local_addr().expect("address");
    let service = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await });
    let base = format!("http://{addr}");
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()
        .expect("client");

    // The page is the learner's lesson, not a sign-in page or an error.
    let first = client
        .get(format!("{base}{url_path}"))
        .header("cookie", &cookies[0])
        .send()
        .await
        .expect("the lesson page");
    assert_eq!(first.status(), 200);
    let html = first.text().await.expect("html");
    let title = lesson
        .title
        .get(&app::domain::Lang::Nb)
        .expect("a bokmål title");
    assert!(
        html.contains(&title.replace('&', "&amp;")),
        "the page shows the lesson {title:?}"
    );
    assert!(
        html.contains("Bench Learner"),
        "the page is rendered for the signed-in learner"
    );

    let url = Arc::new(format!("{base}{url_path}"));
    let cookies = Arc::new(cookies);
    load(&client, &url, &cookies, 1, WARM_UP).await;
    let idle_kb = common::status_kb("VmRSS:").unwrap_or(0);
    println!(
        "lesson page {url_path}: {} bytes of HTML; process RSS after warm-up {:.1} MB",
        html.len(),
        idle_kb as f64 / 1024.0
    );

    for (concurrency, requests) in RUNS {
        let _ = std::fs::write("/proc/self/clear_refs", "5"); // resets the high-water mark
        let started = Instant::now();
        let mut latencies = load(&client, &url, &cookies, concurrency, requests).await;
        let elapsed = started.elapsed();
        latencies.sort();
        let peak_kb = common::status_kb("VmHWM:").unwrap_or(0);
        println!(
            "concurrency {concurrency:>2}: {requests} pages in {:.2} s = {:.0} pages/s; \
             p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms; peak RSS {:.1} MB",
            elapsed.as_secs_f64(),
            requests as f64 / elapsed.as_secs_f64(),
            common::quantile_ms(&latencies, 0.5),
            common::quantile_ms(&latencies, 0.9),
            common::quantile_ms(&latencies, 0.99),
            common::quantile_ms(&latencies, 1.0),
            peak_kb as f64 / 1024.0,
        );
    }

    page_weight(&client, &base, &html, &site).await;
    bench.finish().await;
}

/// `requests` page loads by `concurrency` learners at once, each as soon as its last one answered;
/// the latency of each.
async fn load(
    client: &reqwest::Client,
    url: &Arc<String>,
    cookies: &Arc<Vec<String>>,
    concurrency: usize,
    requests: usize,
) -> Vec<Duration> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::with_capacity(concurrency);
    for worker in 0..concurrency {
        let (client, url, cookies, next) =
            (client.clone(), url.clone(), cookies.clone(), next.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < requests {
                let t = Instant::now();
                let res = client
                    .get(url.as_str())
                    .header("cookie", &cookies[worker % cookies.len()])
                    .send()
                    .await
                    .expect("an answer");
                assert_eq!(res.status(), 200);
                res.bytes().await.expect("the whole page");
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut all = Vec::with_capacity(requests);
    for w in workers {
        all.extend(w.await.expect("worker"));
    }
    all
}

/// What a first visit downloads: the HTML and each static file it links, as sent to a browser that
/// accepts brotli and as sent to one that accepts nothing.
async fn page_weight(client: &reqwest::Client, base: &str, html: &str, site: &std::path::Path) {
    let Some(at) = html.find("href=\"/assets/") else {
        println!("page weight: the page links no versioned static files");
        return;
    };
    let assets = &html[at + "href=\"".len()..];
    let assets = &assets[..assets.find("/rtw.css").expect("the stylesheet link")];
    let (mut raw_total, mut br_total) = (html.len(), html.len());
    println!("page weight (first visit, HTML sent uncompressed):");
    println!("  {:<28} {:>10} B", "HTML", html.len());
    for file in ["rtw.css", "favicon.svg", "pkg/rtw.js", "pkg/rtw.wasm"] {
        let url = format!("{base}{assets}/{file}");
        let raw = client.get(&url).send().await.expect("file");
        if raw.status() != 200 {
            println!(
                "  {file:<28} not built ({}); run scripts/build-site",
                raw.status()
            );
            continue;
        }
        let raw = raw.bytes().await.expect("body").len();
        let br = client
            .get(&url)
            .header("accept-encoding", "br")
            .send()
            .await
            .expect("file");
        let encoding = br
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("identity")
            .to_string();
        let br = br.bytes().await.expect("body").len();
        raw_total += raw;
        br_total += br;
        println!("  {file:<28} {raw:>10} B raw, {br:>9} B sent ({encoding})");
    }
    println!(
        "  {:<28} {raw_total:>10} B raw, {br_total:>9} B sent",
        "total"
    );
    let wasm = site.join("pkg/rtw.wasm");
    let size = |p: std::path::PathBuf| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    println!(
        "hydrate bundle (pkg/rtw.wasm): {} B raw, {} B gzip -9, {} B brotli -q 11",
        size(wasm.clone()),
        size(wasm.with_extension("wasm.gz")),
        size(wasm.with_extension("wasm.br")),
    );
}
