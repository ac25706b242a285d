//! Backup and restore through the command line, as an operator runs them: a backup taken while
//! the platform is in use restores every row exactly; a restore is refused while a server holds
//! the database; bad backup files are refused and change nothing.

use crate::common::TestApp;
use server::backup::ServerLock;
use sqlx::SqlitePool;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

const PASSWORD: &str = "et langt passord";

/// Every row of every table, as text (`quote()` keeps types and blobs apart), sorted.
async fn contents(pool: &SqlitePool) -> BTreeMap<String, String> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut all = BTreeMap::new();
    for table in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
            .bind(&table)
            .fetch_all(pool)
            .await
            .unwrap();
        let row = columns
            .iter()
            .map(|c| format!("quote(\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        // Table and column names come from the schema itself, not from input.
        let sql = format!(
            "SELECT COALESCE(group_concat(r, char(10)), '') FROM (SELECT {row} AS r FROM \"{table}\" ORDER BY r)"
        );
        let text: String = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_one(pool)
            .await
            .unwrap();
        all.insert(table, text);
    }
    all
}

fn cli(dir: &Path, url: &str, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .current_dir(dir)
        .env("DATABASE_URL", url)
        .env("RTW_DATA_DIR", dir.join("data"))
        .output()
        .expect("run the server command")
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

#[tokio::test]
async fn a_backup_taken_in_use_restores_every_row_and_a_running_server_blocks_a_restore() {
    let app = TestApp::start().await;
    let dir = app.dir.path();
    let url = format!("sqlite:{}", dir.join("rtw.db").display());
    app.register("Før Kopien", "before@example.org", PASSWORD)
        .await;
    let at_backup = contents(crate::common::sqlite(&app.state.db)).await;
    assert!(at_backup["users"].contains("before@example.org"));
    assert!(!at_backup["course_versions"].is_empty());

    // Taken while the platform's pool is open.
    let backup = dir.join("rtw-backup.db");
    let out = cli(dir, &url, &["backup", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("1 users"),
        "{}",
        text(&out.stdout)
    );

    // A second backup to the same name is refused and the first is left as it was.
    let size = std::fs::metadata(&backup).unwrap().len();
    let again = cli(dir, &url, &["backup", backup.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(std::fs::metadata(&backup).unwrap().len(), size);

    app.register("Etter Kopien", "after@example.org", PASSWORD)
        .await;

    // While a server holds the database, nothing is restored.
    let server = ServerLock::shared(&url).unwrap();
    let refused = cli(dir, &url, &["restore", backup.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("a server is running"),
        "{}",
        text(&refused.stderr)
    );
    assert!(
        contents(crate::common::sqlite(&app.state.db)).await["users"].contains("after@example.org")
    );
    drop(server);
    app.state.db.close().await;

    let out = cli(dir, &url, &["restore", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let restored = app::server::data_sqlite::db::connect(&url).await.unwrap();
    assert_eq!(contents(&restored).await, at_backup);
    restored.close().await;

    // The replaced database is kept, with what was added after the backup.
    let kept: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("rtw.db.before-restore-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let old = app::server::data_sqlite::db::connect(&format!("sqlite:{}", kept[0].display()))
        .await
        .unwrap();
    assert!(contents(&old).await["users"].contains("after@example.org"));
    old.close().await;
}

#[tokio::test]
async fn files_that_are_not_backups_are_refused_and_change_nothing() {
    let app = TestApp::start().await;
    let dir = app.dir.path();
    let url = format!("sqlite:{}", dir.join("rtw.db").display());
    app.register("Bli Værende", "stays@example.org", PASSWORD)
        .await;
    let before = contents(crate::common::sqlite(&app.state.db)).await;
    app.state.db.close().await;

    let text_file = dir.join("notes.txt");
    std::fs::write(&text_file, "this is not a database").unwrap();
    let empty_db = dir.join("empty.db");
    let empty = app::server::data_sqlite::db::connect(&format!("sqlite:{}", empty_db.display()))
        .await
        .unwrap();
    sqlx::query("CREATE TABLE t (x)")
        .execute(&empty)
        .await
        .unwrap();
    empty.close().await;

    for (file, expected) in [
        (text_file, "is not an RTW Academy database"),
        (empty_db, "it has no migration history"),
        (dir.join("missing.db"), "does not exist"),
    ] {
        let out = cli(dir, &url, &["restore", file.to_str().unwrap()]);
        assert!(!out.status.success(), "{}", file.display());
        let err = text(&out.stderr);
        assert!(err.contains(expected), "{}: {err}", file.display());
    }

    let pool = app::server::data_sqlite::db::connect(&url).await.unwrap();
    assert_eq!(contents(&pool).await, before);
    pool.close().await;
    assert!(!std::fs::read_dir(dir).unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .contains("before-restore")));
}
