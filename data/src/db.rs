//! The SQLite pool and the embedded migrations.

use sqlx::migrate::{MigrateError, Migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::str::FromStr;
use std::time::Duration;

/// The migrations in the repository's `migrations/`, compiled into the binary.
pub static MIGRATOR: Migrator = sqlx::migrate!("../migrations");

/// The same schema for PostgreSQL (`migrations/postgres/`): one file for each SQLite migration,
/// with the same name, checked column for column against it by the integration tests.
pub static POSTGRES_MIGRATOR: Migrator = sqlx::migrate!("../migrations/postgres");

/// Opens (creating if needed) the database with write-ahead logging and foreign keys enforced.
#[tracing::instrument(skip(url))]
pub async fn connect(url: &str) -> Result<SqlitePool, sqlx::Error> {
    connect_with(url, false).await
}

/// As [`connect`]; with `durable_commits`, each commit reaches the disk before it is acknowledged
/// (`synchronous=FULL`), so it survives a power loss too, at the cost of a flush per commit.
#[tracing::instrument(skip(url))]
pub async fn connect_with(url: &str, durable_commits: bool) -> Result<SqlitePool, sqlx::Error> {
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

#[tracing::instrument(skip(pool))]
pub async fn migrate(pool: &SqlitePool) -> Result<(), MigrateError> {
    MIGRATOR.run(pool).await
}

/// True when `e` is a unique-constraint violation (e.g. an email that is already registered).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}
