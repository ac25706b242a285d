//! A scratch PostgreSQL database: made for one test (or benchmark), dropped when it is done or
//! when it fails first. The integration tests use it, and so do the benchmarks
//! (`server/benches/common` includes this file).

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{AssertSqlSafe, PgPool};
use std::str::FromStr;

/// A database of its own on the test PostgreSQL server, dropped by `finish`, or when the test
/// fails before it gets there.
pub struct Scratch {
    admin: PgPool,
    admin_url: String,
    name: String,
    options: PgConnectOptions,
    finished: bool,
    pub pool: PgPool,
}

impl Scratch {
    /// On the test server: `PG_TEST_URL`, else the machine's own on 127.0.0.1:5432.
    pub async fn new() -> Scratch {
        let url = std::env::var("PG_TEST_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        Scratch::on(&url, "rtw_test").await
    }

    /// On the server at `url` (an address that may `CREATE DATABASE`), named `<prefix>_<pid>_<ns>`.
    pub async fn on(url: &str, prefix: &str) -> Scratch {
        let url = url.to_string();
        let admin = PgPoolOptions::new()
            .max_connections(1)
            .connect(&url)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "no PostgreSQL at {url} ({e}): scripts/test starts one; by hand, \
                     export PG_TEST_URL=$(scripts/postgres)"
                )
            });
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let name = format!("{prefix}_{}_{nanos}", std::process::id());
        sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&admin)
            .await
            .unwrap();
        let options = PgConnectOptions::from_str(&url).unwrap().database(&name);
        let pool = PgPoolOptions::new()
            .max_connections(4)
            .connect_with(options.clone())
            .await
            .unwrap();
        Scratch {
            admin,
            admin_url: url,
            name,
            options,
            finished: false,
            pool,
        }
    }

    /// The scratch database's URL, for a server to open.
    pub fn url(&self) -> String {
        let (base, query) = match self.admin_url.split_once('?') {
            Some((base, query)) => (base, format!("?{query}")),
            None => (self.admin_url.as_str(), String::new()),
        };
        let server = base.rsplit_once('/').map_or(base, |(server, _)| server);
        format!("{server}/{}{query}", self.name)
    }

    /// Another pool on the same database, as another server instance would open.
    pub async fn connect(&self) -> PgPool {
        PgPoolOptions::new()
            .max_connections(4)
            .connect_with(self.options.clone())
            .await
            .unwrap()
    }

    /// Leaves the database in place (to look at afterwards) and gives its URL.
    #[allow(dead_code)] // the benchmarks' BENCH_KEEP
    pub fn keep(mut self) -> String {
        self.finished = true;
        self.url()
    }

    pub async fn finish(mut self) {
        self.pool.close().await;
        sqlx::raw_sql(AssertSqlSafe(format!(
            "DROP DATABASE {} WITH (FORCE)",
            self.name
        )))
        .execute(&self.admin)
        .await
        .unwrap();
        self.finished = true;
    }
}

impl Drop for Scratch {
    /// A test that failed did not reach `finish`: its database is dropped here, from a thread of
    /// its own (the test's runtime may be unwinding), so failures leave nothing behind.
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let (url, name) = (self.admin_url.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async {
                let admin = PgPoolOptions::new()
                    .max_connections(1)
                    .connect(&url)
                    .await
                    .ok()?;
                sqlx::raw_sql(AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&admin)
                .await
                .ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(_))) {
            eprintln!("could not drop the scratch database {}", self.name);
        }
    }
}
