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

/// The database a benchmark runs on: a SQLite file in its temporary folder, or, with
/// `BENCH_POSTGRES` set to the address of a PostgreSQL server that allows `CREATE DATABASE`
/// (`scripts/postgres` prints one), a scratch database `rtw_bench_<pid>` there, dropped by
/// [`Bench::finish`]. `db` is a second, small pool on it for the benchmark's own SQL (arranging
/// data, counting what was stored); the server under test opens its own from `url`.
pub struct Bench {
    pub url: String,
    pub db: sqlx::AnyPool,
    scratch: Option<(String, String)>,
}

impl Bench {
    pub async fn new(dir: &Path) -> Bench {
        sqlx::any::install_default_drivers();
        let (url, scratch) = match std::env::var("BENCH_POSTGRES") {
            Ok(admin) if !admin.is_empty() => {
                let name = format!("rtw_bench_{}", std::process::id());
                let pool = AnyPoolOptions::new()
                    .max_connections(1)
                    .connect(&admin)
                    .await
                    .expect("BENCH_POSTGRES answers");
                // One statement each: several in one message would be one transaction, and
                // PostgreSQL runs neither DROP nor CREATE DATABASE inside one.
                for sql in [
                    format!("DROP DATABASE IF EXISTS {name}"),
                    format!("CREATE DATABASE {name}"),
                ] {
                    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                        .execute(&pool)
                        .await
                        .expect("CREATE DATABASE on BENCH_POSTGRES");
                }
                pool.close().await;
                (with_database(&admin, &name), Some((admin, name)))
            }
            _ => (format!("sqlite:{}", dir.join("bench.db").display()), None),
        };
        let db = AnyPoolOptions::new()
            .max_connections(2)
            .connect_lazy(&url)
            .expect("a pool");
        Bench { url, db, scratch }
    }

    /// "SQLite" or "PostgreSQL".
    pub fn backend(&self) -> &'static str {
        if self.scratch.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.scratch.is_some()
    }

    /// The server's settings that matter to a benchmark, one line (PostgreSQL only: its
    /// durability and memory settings and version).
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

    /// Closes the pool and drops the scratch database, if there is one.
    pub async fn finish(self) {
        self.db.close().await;
        if let Some((admin, name)) = self.scratch {
            if let Ok(pool) = AnyPoolOptions::new()
                .max_connections(1)
                .connect(&admin)
                .await
            {
                let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&pool)
                .await;
                pool.close().await;
            }
        }
    }
}

/// `url` with its database name replaced by `name` (query parameters kept).
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[after_scheme..].find('/') {
        Some(i) => &base[..after_scheme + i],
        None => base,
    };
    format!("{base}/{name}{query}")
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
