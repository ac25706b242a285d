//! What the benchmarks share: settings for a throwaway installation, the workspace, memory readings.
#![allow(dead_code)] // each benchmark uses part of it

use server::config::Settings;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The repository's root (the bundled programme is in `courses/`, the built site in `target/site`).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("server/ has a parent")
        .to_path_buf()
}

/// An installation in `dir` (SQLite file, data folder) serving the static files in `site_root`.
pub fn settings(dir: &Path, site_root: PathBuf) -> Settings {
    Settings {
        database_url: format!("sqlite:{}", dir.join("bench.db").display()),
        bind: "127.0.0.1:0".parse().expect("address"),
        base_url: Some("http://bench.test".into()),
        data_dir: dir.join("data"),
        site_root,
        courses_dir: None,
        session_key: None,
        smtp_url: None,
        mail_from: None,
        session_ttl_hours: 24,
        verify_per_minute: 60,
        retention_days: 90,
        shutdown_grace_secs: 30,
        deleted_certificates_days: None,
        webhooks_allow_internal: false,
        durable_commits: false,
    }
}

/// A line of `/proc/self/status` in kB (Linux).
pub fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// The `q` quantile of sorted latencies, in milliseconds.
pub fn quantile_ms(sorted: &[Duration], q: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1000.0
}

/// The SQLite pool of a benchmark's server (these benchmarks set up SQLite).
pub fn sqlite(db: &app::server::Database) -> &sqlx::SqlitePool {
    match db {
        app::server::Database::Sqlite(pool) => pool,
        app::server::Database::Postgres(_) => panic!("this benchmark sets up SQLite"),
    }
}
