//! The database this copy of the data layer is compiled for, its pool and the embedded migrations.
//!
//! `data-layer/src` is compiled once per backend (the cfg `backend`, set by `data-layer/build.rs`
//! from the package's name); everything else names the pool and connection types through the
//! aliases here, never a backend's own.

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

/// Ids bound as one query parameter: a JSON array on SQLite (read with `json_each`), an array on
/// PostgreSQL (read with `unnest`).
#[cfg(backend = "sqlite")]
pub type IdList = String;
#[cfg(backend = "postgres")]
pub type IdList = Vec<i64>;

/// The ids as one query parameter.
#[cfg(backend = "sqlite")]
pub fn id_list(ids: impl Iterator<Item = i64>) -> IdList {
    let ids: Vec<String> = ids.map(|id| id.to_string()).collect();
    format!("[{}]", ids.join(","))
}
#[cfg(backend = "postgres")]
pub fn id_list(ids: impl Iterator<Item = i64>) -> IdList {
    ids.collect()
}

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

/// A transaction that reads, then writes what it read (publishing, review, renewal): it holds the
/// database's write lock from its first statement, so two of them never interleave. On SQLite that
/// is `BEGIN IMMEDIATE` (a deferred transaction would fail to upgrade its lock when another writer
/// came first); on PostgreSQL, one transaction-scoped advisory lock that every such transaction
/// takes, so they queue for each other as SQLite's writers do, while other writes go on.
#[cfg(backend = "sqlite")]
pub async fn begin_write(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}
#[cfg(backend = "postgres")]
pub async fn begin_write(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>, sqlx::Error> {
    /// The advisory lock's key: any fixed number no other code uses.
    const WRITE_LOCK: i64 = 0x7274_775f_7772_6974; // "rtw_writ"
    let mut tx = pool.begin().await?;
    sqlx::query!("SELECT pg_advisory_xact_lock($1)", WRITE_LOCK)
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

/// Makes the transaction on `conn` the only one working out `user_id`'s certificates until it ends.
/// A completion is recorded, then what it earns is worked out from everything the learner has done;
/// two completions at once must not each miss the other's row. SQLite's transaction already holds
/// the database's write lock (it wrote the completion first); PostgreSQL's takes a transaction-scoped
/// advisory lock for this learner, after which its statements see what the other committed.
#[cfg(backend = "sqlite")]
pub async fn lock_learner(_conn: &mut Conn, _user_id: i64) -> Result<(), sqlx::Error> {
    Ok(())
}
#[cfg(backend = "postgres")]
pub async fn lock_learner(conn: &mut Conn, user_id: i64) -> Result<(), sqlx::Error> {
    /// The advisory locks' class for learners (the first of the two keys): "rtwl".
    const LEARNER_LOCKS: i32 = 0x7274_776c;
    // The second key is 32 bits: learners whose ids share them wait for each other, nothing worse.
    let key = (user_id & 0x7fff_ffff) as i32;
    sqlx::query!("SELECT pg_advisory_xact_lock($1, $2)", LEARNER_LOCKS, key)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// True when `e` is a unique-constraint violation (e.g. an email that is already registered).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}
