//! What the benchmarks share: a throwaway installation on SQLite or PostgreSQL, the workspace,
//! memory readings.
#![allow(dead_code)] // each benchmark uses part of it

use server::config::Settings;
use sqlx::any::AnyPoolOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The repository's root (the bundled programme is in `courses/`, the built site in `target/site`).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("server/ has a parent")
        .to_path_buf()
}

/// A scratch PostgreSQL database: the integration tests' own (`Scratch`).
#[path = "../../tests/integration/scratch.rs"]
mod scratch;

/// The PostgreSQL server the benchmark runs on, if any: `BENCH_POSTGRES`, the address of a server
/// that allows `CREATE DATABASE` (`scripts/postgres` prints one).
pub fn on_postgres() -> Option<String> {
    std::env::var("BENCH_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
}

/// The database a benchmark runs on: a SQLite file in its temporary folder, or, on PostgreSQL
/// ([`on_postgres`]), a scratch database `rtw_bench_…` there, dropped by [`Bench::finish`] or when
/// the benchmark fails. `db` is a second, small pool on it for the benchmark's own SQL (arranging
/// data, counting what was stored); the server under test opens its own from `url`.
pub struct Bench {
    pub url: String,
    pub db: sqlx::AnyPool,
    scratch: Option<scratch::Scratch>,
}

impl Bench {
    pub async fn new(dir: &Path) -> Bench {
        sqlx::any::install_default_drivers();
        let scratch = match on_postgres() {
            Some(admin) => Some(scratch::Scratch::on(&admin, "rtw_bench").await),
            None => None,
        };
        let url = match &scratch {
            Some(scratch) => scratch.url(),
            None => format!("sqlite:{}", dir.join("bench.db").display()),
        };
        let db = AnyPoolOptions::new()
            .max_connections(2)
            .connect_lazy(&url)
            .expect("a pool");
        Bench { url, db, scratch }
    }

    pub fn is_postgres(&self) -> bool {
        self.scratch.is_some()
    }

    /// The database's version, and on PostgreSQL the server's settings that matter to a benchmark
    /// (durability, memory), one line.
    pub async fn describe(&self) -> String {
        if !self.is_postgres() {
            return match sqlx::query_scalar::<_, String>("SELECT sqlite_version()")
                .fetch_one(&self.db)
                .await
            {
                Ok(version) => format!("SQLite {version}"),
                Err(e) => format!("SQLite (version unknown: {e})"),
            };
        }
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, setting FROM pg_settings WHERE name IN
                 ('server_version', 'fsync', 'synchronous_commit', 'shared_buffers', 'max_connections')
             ORDER BY name",
        )
        .fetch_all(&self.db)
        .await
        .unwrap_or_default();
        let settings: Vec<String> = rows.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("PostgreSQL: {}", settings.join(", "))
    }

    /// Leaves a PostgreSQL database in place, to look at afterwards, and gives its URL.
    pub async fn keep(self) -> String {
        self.db.close().await;
        match self.scratch {
            Some(scratch) => scratch.keep(),
            None => self.url,
        }
    }

    /// Closes the pool and drops the scratch database, if there is one.
    pub async fn finish(self) {
        self.db.close().await;
        if let Some(scratch) = self.scratch {
            scratch.finish().await;
        }
    }
}

/// An installation on `url` with its data folder in `dir`, serving the static files in `site_root`.
pub fn settings(dir: &Path, url: &str, site_root: PathBuf) -> Settings {
    Settings {
        database_url: url.to_string(),
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
