//! The database this copy of the data layer is compiled for, its pool and the embedded migrations.
//!
//! `data/src` is compiled once per backend (the cfg `backend`, set by `data/build.rs` from the
//! package's name); everything else names the pool and connection types through the aliases
//! here, never a backend's own.

use platform::Database;
use sqlx::migrate::{MigrateError, Migrator};
#[cfg(backend = "sqlite")]
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
#[cfg(backend = "sqlite")]
use std::str::FromStr;
#[cfg(backend = "sqlite")]
use std::time::Duration;

/// The backend this copy is compiled for.
#[cfg(backend = "sqlite")]
pub type Db = sqlx::Sqlite;
#[cfg(backend = "postgres")]
pub type Db = sqlx::Postgres;

/// A pool of connections to this copy's database.
pub type Pool = sqlx::Pool<Db>;
/// One connection (also what a transaction dereferences to).
pub type Conn = <Db as sqlx::Database>::Connection;

/// This copy's pool in the application's database. The application calls a copy only for the
/// database it runs on, so the other case cannot occur.
#[cfg(backend = "sqlite")]
pub fn pool(db: &Database) -> &Pool {
    match db {
        Database::Sqlite(pool) => pool,
        Database::Postgres(_) => unreachable!("the SQLite data layer called on PostgreSQL"),
    }
}
#[cfg(backend = "postgres")]
pub fn pool(db: &Database) -> &Pool {
    match db {
        Database::Postgres(pool) => pool,
        Database::Sqlite(_) => unreachable!("the PostgreSQL data layer called on SQLite"),
    }
}

/// The migrations in the repository's `migrations/`, compiled into the binary.
#[cfg(backend = "sqlite")]
pub static MIGRATOR: Migrator = sqlx::migrate!("../migrations");

/// The same schema for PostgreSQL (`migrations/postgres/`): one file for each SQLite migration,
/// with the same name, checked column for column against it by the integration tests.
#[cfg(backend = "sqlite")]
pub static POSTGRES_MIGRATOR: Migrator = sqlx::migrate!("../migrations/postgres");

/// The PostgreSQL migrations (`migrations/postgres/`): one file for each SQLite migration, with the
/// same name, checked column for column against it by the integration tests.
#[cfg(backend = "postgres")]
pub static MIGRATOR: Migrator = sqlx::migrate!("../migrations/postgres");

/// Opens (creating if needed) the database with write-ahead logging and foreign keys enforced.
#[cfg(backend = "sqlite")]
#[tracing::instrument(skip(url))]
pub async fn connect(url: &str) -> Result<Pool, sqlx::Error> {
    connect_with(url, false).await
}

/// As [`connect`]; with `durable_commits`, each commit reaches the disk before it is acknowledged
/// (`synchronous=FULL`), so it survives a power loss too, at the cost of a flush per commit.
#[cfg(backend = "sqlite")]
#[tracing::instrument(skip(url))]
pub async fn connect_with(url: &str, durable_commits: bool) -> Result<Pool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // In WAL mode NORMAL keeps every committed transaction across a crash of the process;
        // a power loss may lose the last ones.
        .synchronous(if durable_commits {
            SqliteSynchronous::Full
        } else {
            SqliteSynchronous::Normal
        })
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
}

/// Opens a pool on the PostgreSQL database at `url`.
#[cfg(backend = "postgres")]
#[tracing::instrument(skip(url))]
pub async fn connect(url: &str) -> Result<Pool, sqlx::Error> {
    connect_with(url, false).await
}

/// As [`connect`]. PostgreSQL's commits are durable unless its own `synchronous_commit` says
/// otherwise, so `durable_commits` changes nothing here.
#[cfg(backend = "postgres")]
#[tracing::instrument(skip(url))]
pub async fn connect_with(url: &str, _durable_commits: bool) -> Result<Pool, sqlx::Error> {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(16)
        .connect(url)
        .await
}

#[tracing::instrument(skip(pool))]
pub async fn migrate(pool: &Pool) -> Result<(), MigrateError> {
    MIGRATOR.run(pool).await
}

/// True when `e` is a unique-constraint violation (e.g. an email that is already registered).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}
