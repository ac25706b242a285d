//! Streaming the HR CSV export of 100,000 completed modules through the real router: time to the
//! first byte, total time, and how much the process's peak memory grew while streaming. Run with
//! `scripts/bench hr_export` (SQLite, then PostgreSQL; or `cargo bench -p server --bench hr_export`,
//! with `BENCH_POSTGRES` for PostgreSQL); the figures go in BENCHMARKS.md.
//!
//! 12,500 members of one organisation have each completed the 8 modules of the bundled programme
//! (rows written directly, not timed); an HR system with a `completions:read` token downloads
//! `/api/v1/completions.csv`. The benchmark checks that every row arrived.

#![allow(clippy::print_stdout)] // a benchmark reports on standard output

mod common;

use axum::body::Body;
use http::{header, Request};
use http_body_util::BodyExt;
use server::startup::{build_state, router};
use std::time::Instant;
use tower::ServiceExt;

const PEOPLE: i64 = 12_500;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = common::workspace();
    let bench = common::Bench::new(dir.path()).await;
    let settings = common::settings(dir.path(), &bench.url, dir.path().join("site"));
    let state = build_state(&settings).await.expect("state");
    println!("{}", bench.describe().await);
    server::courses::publish_all(&state.db, &root.join("courses"))
        .await
        .expect("publish");

    // Arrange (not timed): the organisation, its people, their completions and a token.
    let mut tx = bench.db.begin().await.unwrap();
    let org: i64 = sqlx::query_scalar(
        "INSERT INTO organisations (name, kind, created_at) VALUES ('Bench kommune', 'municipality', 0) RETURNING id",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let (version, manifest): (i64, String) = sqlx::query_as(
        "SELECT id, manifest FROM course_versions WHERE course_id = 'rtw-coordinator'",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let manifest: app::domain::content::Manifest = serde_json::from_str(&manifest).unwrap();
    let modules: Vec<String> = manifest.modules.iter().map(|m| m.id.clone()).collect();
    for n in 0..PEOPLE {
        let user: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, display_name, password_hash, created_at, password_changed_at, updated_at)
             VALUES ($1, $2, 'not-a-hash', 0, 0, 0) RETURNING id",
        )
        .bind(format!("person{n}@bench.example.org"))
        .bind(format!("Person {n}"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query("INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES ($1, $2, 'member', 0)")
            .bind(org)
            .bind(user)
            .execute(&mut *tx)
            .await
            .unwrap();
        for (i, module) in modules.iter().enumerate() {
            sqlx::query(
                "INSERT INTO module_completions (user_id, course_version_id, module_id, completed_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(user)
            .bind(version)
            .bind(module)
            .bind(1_764_000_000 + n * 10 + i as i64)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
    }
    let t = app::server::now();
    let token_id: i64 = sqlx::query_scalar(
        "INSERT INTO api_tokens (organisation_id, name, scopes, token_hash, created_at, expires_at)
         VALUES ($1, 'bench', 'completions:read', 'x', $2, $3) RETURNING id",
    )
    .bind(org)
    .bind(t)
    .bind(t + 3600)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let token = state
        .sessions
        .sign_api_token(token_id, org, "completions:read", t, t + 3600)
        .unwrap();
    sqlx::query("UPDATE api_tokens SET token_hash = $1 WHERE id = $2")
        .bind(app::server::auth::token_hash(&token))
        .bind(token_id)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let expected = PEOPLE as usize * modules.len();
    let app = router(state.clone());

    for run in 1..=3 {
        // Peak memory is measured from here: the kernel resets the high-water mark on request.
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let rss_before = common::status_kb("VmRSS:").unwrap_or(0);
        let started = Instant::now();
        let req = Request::get("/api/v1/completions.csv")
            .header(header::HOST, "bench.test")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), 200);
        let mut body = res.into_body();
        let (mut bytes, mut lines, mut first) = (0usize, 0usize, None);
        while let Some(frame) = body.frame().await {
            let frame = frame.expect("the stream completes");
            if let Ok(data) = frame.into_data() {
                first.get_or_insert_with(|| started.elapsed());
                bytes += data.len();
                lines += data.iter().filter(|b| **b == b'\n').count();
            }
        }
        let elapsed = started.elapsed();
        let peak = common::status_kb("VmHWM:").unwrap_or(0);
        assert_eq!(
            lines,
            expected + 1,
            "every completion and the header arrived"
        );
        println!(
            "run {run}: {expected} rows, {:.1} MB in {:.2} s ({:.0} rows/s); first byte after {:.1} ms; \
             RSS before {:.1} MB, peak while streaming {:.1} MB (+{:.1} MB)",
            bytes as f64 / 1e6,
            elapsed.as_secs_f64(),
            expected as f64 / elapsed.as_secs_f64(),
            first.unwrap_or_default().as_secs_f64() * 1000.0,
            rss_before as f64 / 1024.0,
            peak as f64 / 1024.0,
            peak.saturating_sub(rss_before) as f64 / 1024.0,
        );
    }
    bench.finish().await;
}
