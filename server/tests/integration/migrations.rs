//! Migrations keep what is already stored: a database with certificates and their log, made by
//! the earlier migrations, keeps every row, id and guard when the certificate table is rebuilt.

use crate::common::workspace;

/// Applies a migration as sqlx does: in a transaction, unless it opts out (it runs its own).
async fn apply(pool: &sqlx::SqlitePool, file: &std::path::Path) {
    let sql = std::fs::read_to_string(file).unwrap();
    if sql.starts_with("-- no-transaction") {
        let mut conn = pool.acquire().await.unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut *conn)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        return;
    }
    let mut tx = pool.begin().await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
        .execute(&mut *tx)
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    tx.commit()
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
}

#[tokio::test]
async fn the_renewal_migration_keeps_every_certificate_and_its_log() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("old.db").display());
    let pool = app::server::data_sqlite::db::connect(&url).await.unwrap();
    let mut files: Vec<_> = std::fs::read_dir(workspace().join("migrations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let (before, after): (Vec<_>, Vec<_>) = files
        .iter()
        .partition(|f| f.file_name().unwrap().to_string_lossy().as_ref() < "20261123000007");
    for f in &before {
        apply(&pool, f).await;
    }
    for sql in [
        "INSERT INTO users (id, email, display_name, password_hash, created_at, password_changed_at) VALUES (1, 'a@example.org', 'A', 'x', 0, 0)",
        "INSERT INTO courses (id, created_at) VALUES ('c', 0)",
        "INSERT INTO course_versions (id, course_id, version_no, content_hash, manifest, published_at) VALUES (1, 'c', 1, 'h', '{}', 0)",
        "INSERT INTO certificates (id, code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at, status, status_reason, status_by, status_at) VALUES (7, 'RTW-AAAA-BBBB-CCCC-DDDD', 1, 1, 'q', 'A', 10, 20, 'revoked', 'why', 1, 15)",
        "INSERT INTO certificate_events (certificate_id, event, at) VALUES (7, 'issued', 10)",
        "INSERT INTO certificate_events (certificate_id, event, by_user, reason, at) VALUES (7, 'revoked', 1, 'why', 15)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    for f in &after {
        apply(&pool, f).await;
    }

    let row: (i64, String, String, Option<String>, i64) =
        sqlx::query_as("SELECT id, code, status, status_reason, expires_at FROM certificates")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        row,
        (
            7,
            "RTW-AAAA-BBBB-CCCC-DDDD".into(),
            "revoked".into(),
            Some("why".into()),
            20
        )
    );
    let events: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM certificate_events WHERE certificate_id = 7")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(events, 2);
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(broken.is_empty(), "{broken:?}");
    // The guards are back: facts cannot change, rows cannot go, a completion earns one.
    for sql in [
        "UPDATE certificates SET expires_at = 30",
        "DELETE FROM certificates",
        "INSERT INTO certificates (code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at) VALUES ('RTW-X', 1, 1, 'q', 'A', 0, 1)",
    ] {
        assert!(sqlx::query(sql).execute(&pool).await.is_err(), "{sql} was allowed");
    }
    // A renewal of it is allowed, once.
    let renew = "INSERT INTO certificates (code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at, renews) VALUES (?, 1, 1, 'q', 'A', 0, 1, 7)";
    sqlx::query(renew)
        .bind("RTW-R1")
        .execute(&pool)
        .await
        .unwrap();
    assert!(sqlx::query(renew)
        .bind("RTW-R2")
        .execute(&pool)
        .await
        .is_err());
}
