//! Backup and restore of the SQLite database.
//!
//! A backup is a consistent copy taken while the platform runs (`VACUUM INTO` reads one snapshot
//! of the database), checked for integrity before it is reported done. A restore checks the file
//! first, refuses while a server has the database open, keeps the database it replaces next to
//! it, and migrates the restored copy to this version's schema. Nothing is half-written: the
//! restored file is copied in full and then renamed into place.
//!
//! PostgreSQL deployments back up with `pg_dump` (see the README); these commands are SQLite's.

use crate::startup::sqlite_file;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::str::FromStr;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("backups need a database file; DATABASE_URL names none")]
    NoFile,
    #[error("this command backs up and restores SQLite files; a PostgreSQL database is backed up with its own tools (pg_dump, pg_restore, or continuous archiving), nothing was written")]
    Postgres,
    #[error("{0} already exists; give the backup a new name (nothing was written)")]
    Exists(PathBuf),
    #[error("{0} does not exist")]
    Missing(PathBuf),
    #[error("{0} is not an RTW Academy database: {1}")]
    NotOurs(PathBuf, String),
    #[error("{0} is damaged (SQLite integrity check: {1})")]
    Damaged(PathBuf, String),
    #[error("{0} was made by a newer version of RTW Academy (migration {1} is unknown here); restore it with that version")]
    Newer(PathBuf, i64),
    #[error("a server is running on {0}; stop it, then restore (nothing was changed)")]
    InUse(PathBuf),
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("{0}: {1}")]
    Sqlite(PathBuf, sqlx::Error),
    #[error("the restored database could not be migrated: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// What a checked database file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub path: PathBuf,
    pub bytes: u64,
    /// The newest migration applied to it.
    pub schema: i64,
    pub users: i64,
    pub certificates: i64,
}

/// The database file behind `database_url`.
pub fn database_file(database_url: &str) -> Result<PathBuf, BackupError> {
    if crate::config::is_postgres(database_url) {
        return Err(BackupError::Postgres);
    }
    sqlite_file(database_url).ok_or(BackupError::NoFile)
}

/// Writes a consistent copy of the database to `target`, which must not exist yet, and checks it.
pub async fn backup(database_url: &str, target: &Path) -> Result<Snapshot, BackupError> {
    let source = database_file(database_url)?;
    if !source.exists() {
        return Err(BackupError::Missing(source));
    }
    if target.exists() {
        return Err(BackupError::Exists(target.to_path_buf()));
    }
    // Read-write (nothing is changed): a read-only connection cannot always open a database in
    // write-ahead-log mode.
    let mut conn = open(&source, false).await?;
    let written = sqlx::query("VACUUM INTO ?")
        .bind(target.to_string_lossy().into_owned())
        .execute(&mut conn)
        .await;
    let _ = conn.close().await;
    if let Err(e) = written {
        // `VACUUM INTO` writes nothing or a complete file; a failed one leaves no partial copy.
        let _ = std::fs::remove_file(target);
        return Err(BackupError::Sqlite(target.to_path_buf(), e));
    }
    inspect(target).await
}

/// Opens `path` read-only and checks it is a whole RTW Academy database this version can use.
pub async fn inspect(path: &Path) -> Result<Snapshot, BackupError> {
    if !path.is_file() {
        return Err(BackupError::Missing(path.to_path_buf()));
    }
    let not_ours = |why: &str| BackupError::NotOurs(path.to_path_buf(), why.into());
    let mut conn = match open(path, true).await {
        Ok(c) => c,
        Err(BackupError::Sqlite(_, e)) => return Err(not_ours(&e.to_string())),
        Err(e) => return Err(e),
    };
    let result = async {
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut conn)
            .await
            .map_err(|e| not_ours(&e.to_string()))?;
        if integrity != "ok" {
            return Err(BackupError::Damaged(path.to_path_buf(), integrity));
        }
        let schema: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
                .fetch_one(&mut conn)
                .await
                .map_err(|_| not_ours("it has no migration history"))?;
        let schema = schema.ok_or_else(|| not_ours("no migration was ever applied to it"))?;
        if !app::server::data_sqlite::db::MIGRATOR
            .iter()
            .any(|m| m.version == schema)
        {
            return Err(BackupError::Newer(path.to_path_buf(), schema));
        }
        let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&mut conn)
            .await
            .map_err(|_| not_ours("it has no users table"))?;
        let certificates: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM certificates")
            .fetch_one(&mut conn)
            .await
            .unwrap_or(0);
        Ok((schema, users, certificates))
    }
    .await;
    let _ = conn.close().await;
    let (schema, users, certificates) = result?;
    let bytes = std::fs::metadata(path)
        .map_err(|e| BackupError::Io(path.to_path_buf(), e))?
        .len();
    Ok(Snapshot {
        path: path.to_path_buf(),
        bytes,
        schema,
        users,
        certificates,
    })
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    pub snapshot: Snapshot,
    /// Where the database that was replaced is kept (none when there was none).
    pub previous: Option<PathBuf>,
}

/// Replaces the database with the backup at `from`: checks it, refuses while a server holds the
/// database, keeps the current file as `<name>.before-restore-<unix time>`, then migrates.
pub async fn restore(database_url: &str, from: &Path) -> Result<Restored, BackupError> {
    let target = database_file(database_url)?;
    let checked = inspect(from).await?;
    let _lock = ServerLock::exclusive(&target)?;

    let previous = if target.exists() {
        // Fold the write-ahead log into the file and leave WAL mode, so no log of the old
        // database can later be replayed onto the restored one.
        let mut conn = open(&target, false).await?;
        let folded = async {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&mut conn)
                .await?;
            sqlx::query("PRAGMA journal_mode = DELETE")
                .execute(&mut conn)
                .await
        }
        .await;
        let _ = conn.close().await;
        folded.map_err(|e| BackupError::Sqlite(target.clone(), e))?;
        let kept = sibling(&target, &format!("before-restore-{}", app::server::now()));
        std::fs::rename(&target, &kept).map_err(|e| BackupError::Io(kept.clone(), e))?;
        Some(kept)
    } else {
        None
    };

    let incoming = sibling(&target, "restoring");
    let copied = (|| -> std::io::Result<()> {
        std::fs::copy(from, &incoming)?;
        File::open(&incoming)?.sync_all()?;
        std::fs::rename(&incoming, &target)?;
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            File::open(dir)?.sync_all()?;
        }
        Ok(())
    })();
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&incoming);
        if let Some(kept) = &previous {
            let _ = std::fs::rename(kept, &target);
        }
        return Err(BackupError::Io(target, e));
    }

    let pool = app::server::data_sqlite::db::connect(database_url)
        .await
        .map_err(|e| BackupError::Sqlite(target.clone(), e))?;
    let migrated = app::server::data_sqlite::db::migrate(&pool).await;
    pool.close().await;
    migrated?;
    Ok(Restored {
        snapshot: Snapshot {
            path: target,
            ..checked
        },
        previous,
    })
}

fn sibling(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{suffix}"));
    file.with_file_name(name)
}

async fn open(path: &Path, read_only: bool) -> Result<SqliteConnection, BackupError> {
    SqliteConnectOptions::from_str("sqlite:")
        .map(|o| {
            o.filename(path)
                .read_only(read_only)
                .create_if_missing(false)
        })
        .map_err(|e| BackupError::Sqlite(path.to_path_buf(), e))?
        .connect()
        .await
        .map_err(|e| BackupError::Sqlite(path.to_path_buf(), e))
}

/// A lock on `<database>.lock`: every running server holds it shared, a restore exclusively, so
/// a restore never swaps the file under a running server. Released when dropped (or when the
/// process ends, however it ends).
#[derive(Debug)]
pub struct ServerLock(#[allow(dead_code)] File);

impl ServerLock {
    fn file(database: &Path) -> Result<File, BackupError> {
        let path = sibling(database, "lock");
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| BackupError::Io(dir.to_path_buf(), e))?;
        }
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| BackupError::Io(path, e))
    }

    /// Held by a server for as long as it runs; several servers may share it.
    pub fn shared(database_url: &str) -> Result<Option<ServerLock>, BackupError> {
        let Some(database) = sqlite_file(database_url) else {
            return Ok(None);
        };
        let file = Self::file(&database)?;
        match file.try_lock_shared() {
            Ok(()) => Ok(Some(ServerLock(file))),
            Err(std::fs::TryLockError::WouldBlock) => Err(BackupError::InUse(database)),
            Err(std::fs::TryLockError::Error(e)) => Err(BackupError::Io(database, e)),
        }
    }

    fn exclusive(database: &Path) -> Result<ServerLock, BackupError> {
        let file = Self::file(database)?;
        match file.try_lock() {
            Ok(()) => Ok(ServerLock(file)),
            Err(std::fs::TryLockError::WouldBlock) => {
                Err(BackupError::InUse(database.to_path_buf()))
            }
            Err(std::fs::TryLockError::Error(e)) => Err(BackupError::Io(database.to_path_buf(), e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_and_incoming_files_sit_next_to_the_database() {
        assert_eq!(
            sibling(Path::new("data/rtw.db"), "before-restore-5"),
            PathBuf::from("data/rtw.db.before-restore-5")
        );
    }

    #[test]
    fn a_server_lock_stops_a_restore_and_is_released_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("rtw.db");
        let url = format!("sqlite:{}", db.display());
        let server = ServerLock::shared(&url).unwrap();
        let second_server = ServerLock::shared(&url).unwrap();
        assert!(matches!(
            ServerLock::exclusive(&db),
            Err(BackupError::InUse(_))
        ));
        drop(server);
        drop(second_server);
        assert!(ServerLock::exclusive(&db).is_ok());
    }
}
