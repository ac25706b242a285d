//! The PostgreSQL schema (`migrations/postgres/`) is the SQLite schema (`migrations/`) column for
//! column, so one set of queries can run on both: the same migrations by name; the same tables,
//! columns in order with matching types, NOT NULL and defaults; the same keys, unique
//! constraints, foreign keys, indexes and triggers; and the triggers do the same to the same rows.
//!
//! The PostgreSQL server is `PG_TEST_URL` (scripts/test sets it from scripts/postgres),
//! else the machine's own on 127.0.0.1:5432. Each test works in a database of its own.

use crate::common::workspace;
use crate::scratch::Scratch;
use sqlx::{PgPool, Row, SqlitePool};
use std::collections::{BTreeMap, BTreeSet};

async fn sqlite(dir: &tempfile::TempDir) -> SqlitePool {
    let url = format!("sqlite:{}", dir.path().join("rtw.db").display());
    let pool = app::server::data_sqlite::db::connect(&url).await.unwrap();
    app::server::data_sqlite::db::migrate(&pool).await.unwrap();
    pool
}

fn migration_names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_sqlite_migration_has_its_postgresql_twin() {
    let sqlite = migration_names(&workspace().join("migrations"));
    let postgres = migration_names(&workspace().join("migrations/postgres"));
    assert!(sqlite.len() >= 24, "{sqlite:?}");
    assert_eq!(sqlite, postgres);
}

/// What a schema has that queries depend on, in words both databases can be compared in.
#[derive(Debug, PartialEq, Default)]
struct Table {
    /// name, type, NOT NULL, has a default
    columns: Vec<(String, String, bool, bool)>,
    primary_key: Vec<String>,
    /// columns of each UNIQUE constraint
    unique: BTreeSet<Vec<String>>,
    /// columns → (table, columns, on delete)
    foreign_keys: BTreeSet<(Vec<String>, String, Vec<String>, String)>,
    /// name → (unique, columns, partial)
    indexes: BTreeMap<String, (bool, Vec<String>, bool)>,
    triggers: BTreeSet<String>,
    /// how many CHECK constraints (their wording differs between the two, their number must not)
    checks: usize,
}

/// The CHECK constraints in a SQLite `CREATE TABLE` statement, comments left out.
fn count_checks(create_table: &str) -> usize {
    create_table
        .lines()
        .map(|line| {
            line.split("--")
                .next()
                .unwrap_or_default()
                .to_ascii_uppercase()
        })
        .map(|line| line.matches("CHECK (").count() + line.matches("CHECK(").count())
        .sum()
}

fn sqlite_type(declared: &str) -> String {
    match declared.to_ascii_uppercase().as_str() {
        "INTEGER" | "INT" => "bigint".into(),
        "TEXT" => "text".into(),
        "BLOB" => "bytea".into(),
        "REAL" => "double precision".into(),
        "BOOLEAN" => "boolean".into(),
        other => format!("(SQLite {other})"),
    }
}

async fn sqlite_schema(pool: &SqlitePool) -> BTreeMap<String, Table> {
    let names: Vec<String> = sqlx::query_scalar(
        r"SELECT name FROM sqlite_master WHERE type = 'table'
          AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name NOT LIKE '\_sqlx%' ESCAPE '\'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut schema = BTreeMap::new();
    for name in &names {
        let mut t = Table::default();
        let columns = sqlx::query(
            r#"SELECT name, type, "notnull", dflt_value IS NOT NULL, pk FROM pragma_table_info(?1) ORDER BY cid"#,
        )
        .bind(name)
        .fetch_all(pool)
        .await
        .unwrap();
        let mut pk: Vec<(i64, String)> = Vec::new();
        for c in &columns {
            let column: String = c.get(0);
            let in_pk: i64 = c.get(4);
            if in_pk > 0 {
                pk.push((in_pk, column.clone()));
            }
            let not_null: bool = c.get::<i64, _>(2) == 1 || in_pk > 0;
            t.columns
                .push((column, sqlite_type(c.get(1)), not_null, c.get(3)));
        }
        pk.sort();
        t.primary_key = pk.into_iter().map(|(_, c)| c).collect();

        let fks = sqlx::query(
            r#"SELECT id, "table", "from", "to", on_delete FROM pragma_foreign_key_list(?1) ORDER BY id, seq"#,
        )
        .bind(name)
        .fetch_all(pool)
        .await
        .unwrap();
        // id → (columns, table, referenced columns, on delete)
        type Reference = (Vec<String>, String, Vec<Option<String>>, String);
        let mut by_id: BTreeMap<i64, Reference> = BTreeMap::new();
        for f in &fks {
            let e = by_id
                .entry(f.get(0))
                .or_insert_with(|| (Vec::new(), f.get(1), Vec::new(), f.get::<String, _>(4)));
            e.0.push(f.get(2));
            e.2.push(f.get(3));
        }
        for (_, (from, table, to, on_delete)) in by_id {
            // A reference without columns names the referenced table's primary key.
            let to = if to.iter().all(Option::is_none) {
                sqlx::query_scalar(
                    "SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk",
                )
                .bind(&table)
                .fetch_all(pool)
                .await
                .unwrap()
            } else {
                to.into_iter().map(Option::unwrap_or_default).collect()
            };
            t.foreign_keys.insert((from, table, to, on_delete));
        }

        let indexes =
            sqlx::query(r#"SELECT name, "unique", origin, partial FROM pragma_index_list(?1)"#)
                .bind(name)
                .fetch_all(pool)
                .await
                .unwrap();
        for i in &indexes {
            let index: String = i.get(0);
            let origin: String = i.get(2);
            let columns: Vec<Option<String>> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info(?1) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(pool)
                    .await
                    .unwrap();
            let columns: Vec<String> = columns
                .into_iter()
                .map(|c| c.unwrap_or_else(|| "<expression>".into()))
                .collect();
            match origin.as_str() {
                "pk" => {}
                "u" => {
                    t.unique.insert(columns);
                }
                _ => {
                    t.indexes.insert(
                        index,
                        (i.get::<i64, _>(1) == 1, columns, i.get::<i64, _>(3) == 1),
                    );
                }
            }
        }
        let create_table: String =
            sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1")
                .bind(name)
                .fetch_one(pool)
                .await
                .unwrap();
        t.checks = count_checks(&create_table);
        t.triggers = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1",
        )
        .bind(name)
        .fetch_all(pool)
        .await
        .unwrap()
        .into_iter()
        .collect();
        schema.insert(name.clone(), t);
    }
    schema
}

async fn postgres_schema(pool: &PgPool) -> BTreeMap<String, Table> {
    let names: Vec<String> = sqlx::query_scalar(
        r"SELECT table_name::text FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\_sqlx%'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut schema = BTreeMap::new();
    for name in &names {
        let mut t = Table::default();
        let oid: sqlx::postgres::types::Oid = sqlx::query_scalar(
            "SELECT oid FROM pg_class WHERE relname = $1 AND relnamespace = 'public'::regnamespace",
        )
        .bind(name)
        .fetch_one(pool)
        .await
        .unwrap();
        for c in sqlx::query(
            "SELECT column_name::text, data_type::text, is_nullable::text = 'NO', column_default IS NOT NULL
             FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1
             ORDER BY ordinal_position",
        )
        .bind(name)
        .fetch_all(pool)
        .await
        .unwrap()
        {
            t.columns.push((c.get(0), c.get(1), c.get(2), c.get(3)));
        }
        for c in sqlx::query(
            "SELECT c.contype::text,
                    ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
                    COALESCE((SELECT relname::text FROM pg_class WHERE oid = c.confrelid), ''),
                    ARRAY(SELECT a.attname::text FROM unnest(COALESCE(c.confkey, '{}')) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i),
                    c.confdeltype::text
             FROM pg_constraint c WHERE c.conrelid = $1 AND c.contype IN ('p', 'u', 'f')",
        )
        .bind(oid)
        .fetch_all(pool)
        .await
        .unwrap()
        {
            let kind: String = c.get(0);
            let columns: Vec<String> = c.get(1);
            match kind.as_str() {
                "p" => t.primary_key = columns,
                "u" => {
                    t.unique.insert(columns);
                }
                _ => {
                    let on_delete = match c.get::<String, _>(4).as_str() {
                        "c" => "CASCADE",
                        "n" => "SET NULL",
                        "d" => "SET DEFAULT",
                        "r" => "RESTRICT",
                        _ => "NO ACTION",
                    };
                    t.foreign_keys
                        .insert((columns, c.get(2), c.get(3), on_delete.into()));
                }
            }
        }
        for i in sqlx::query(
            "SELECT ic.relname::text, x.indisunique, x.indpred IS NOT NULL,
                    ARRAY(SELECT COALESCE(a.attname::text, '<expression>')
                          FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, i)
                          LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n AND k.n <> 0
                          ORDER BY k.i)
             FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
             WHERE x.indrelid = $1
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)",
        )
        .bind(oid)
        .fetch_all(pool)
        .await
        .unwrap()
        {
            t.indexes.insert(i.get(0), (i.get(1), i.get(3), i.get(2)));
        }
        let checks: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = $1 AND contype = 'c'",
        )
        .bind(oid)
        .fetch_one(pool)
        .await
        .unwrap();
        t.checks = checks as usize;
        t.triggers = sqlx::query_scalar(
            "SELECT tgname::text FROM pg_trigger WHERE tgrelid = $1 AND NOT tgisinternal",
        )
        .bind(oid)
        .fetch_all(pool)
        .await
        .unwrap()
        .into_iter()
        .collect();
        schema.insert(name.clone(), t);
    }
    schema
}

#[tokio::test]
async fn the_postgresql_schema_is_the_sqlite_schema_column_for_column() {
    let dir = tempfile::tempdir().unwrap();
    let lite = sqlite(&dir).await;
    let pg = Scratch::new().await;
    data_pg::db::MIGRATOR
        .run(&pg.pool)
        .await
        .expect("the PostgreSQL migrations apply to an empty database");
    // Running them again changes nothing.
    data_pg::db::MIGRATOR.run(&pg.pool).await.unwrap();

    let expected = sqlite_schema(&lite).await;
    let actual = postgres_schema(&pg.pool).await;
    pg.finish().await;
    assert!(expected.len() >= 60, "{} tables", expected.len());
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (name, table) in &expected {
        assert_eq!(
            Some(table),
            actual.get(name),
            "table {name}: SQLite, then PostgreSQL"
        );
    }
}

/// Runs the same statements on both databases; each step's reading must be the same on both.
async fn both(lite: &SqlitePool, pg: &PgPool, sql: &'static str) -> Result<(), (String, String)> {
    let a = sqlx::raw_sql(sql).execute(lite).await;
    let b = sqlx::raw_sql(sql).execute(pg).await;
    match (a, b) {
        (Ok(_), Ok(_)) => Ok(()),
        (Err(a), Err(b)) => Err((message(&a), message(&b))),
        (a, b) => panic!("{sql}\nSQLite: {a:?}\nPostgreSQL: {b:?}"),
    }
}

fn message(e: &sqlx::Error) -> String {
    e.as_database_error()
        .map(|d| d.message().to_string())
        .unwrap_or_else(|| e.to_string())
}

/// One text column of rows, in order, from both databases.
async fn read(lite: &SqlitePool, pg: &PgPool, sql: &'static str) -> Vec<String> {
    let a: Vec<String> = sqlx::query_scalar(sql).fetch_all(lite).await.unwrap();
    let b: Vec<String> = sqlx::query_scalar(sql).fetch_all(pg).await.unwrap();
    assert_eq!(a, b, "{sql}: SQLite, then PostgreSQL");
    a
}

const MODULE_COUNTS: &str =
    "SELECT organisation_id || ' ' || course_id || ' ' || module_id || ' ' || people
     FROM org_module_counts WHERE people > 0 ORDER BY 1";
const WEEK_COUNTS: &str =
    "SELECT organisation_id || ' ' || week || ' ' || lessons || ' ' || modules
     FROM org_week_counts WHERE lessons > 0 OR modules > 0 ORDER BY 1";

#[tokio::test]
async fn the_triggers_do_the_same_on_both_databases() {
    let dir = tempfile::tempdir().unwrap();
    let lite = sqlite(&dir).await;
    let scratch = Scratch::new().await;
    let pg = &scratch.pool;
    data_pg::db::MIGRATOR.run(pg).await.unwrap();

    for sql in [
        "INSERT INTO users (id, email, display_name, password_hash, created_at, password_changed_at)
         VALUES (1, 'a@example.org', 'Ada', 'x', 0, 0), (2, 'b@example.org', 'Bo', 'x', 0, 0)",
        "INSERT INTO organisations (id, name, kind, created_at)
         VALUES (1, 'Ås kommune', 'municipality', 0), (2, 'Bø kommune', 'municipality', 0)",
        "INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES (1, 1, 'member', 0)",
        "INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES (1, 2, 'member', 0)",
        "INSERT INTO courses (id, created_at) VALUES ('c', 0)",
        "INSERT INTO course_versions (id, course_id, version_no, content_hash, manifest, published_at)
         VALUES (1, 'c', 1, 'h1', '{}', 0), (2, 'c', 2, 'h2', '{}', 0)",
        "INSERT INTO lessons (course_version_id, lesson_id, module_id, position, minutes, content)
         VALUES (1, 'l1', 'm1', 1, 5, '{}'), (1, 'l2', 'm1', 2, 5, '{}')",
        // Tuesday 14 November 2023 and a week later.
        "INSERT INTO lesson_completions (user_id, course_version_id, lesson_id, completed_at)
         VALUES (1, 1, 'l1', 1699970000), (1, 1, 'l2', 1699970100), (2, 1, 'l1', 1700600000)",
        "INSERT INTO module_completions (id, user_id, course_version_id, module_id, completed_at)
         VALUES (1, 1, 1, 'm1', 1699970200)",
        // The same module on the next version does not count Ada twice.
        "INSERT INTO module_completions (id, user_id, course_version_id, module_id, completed_at)
         VALUES (2, 1, 2, 'm1', 1699970300)",
        "INSERT INTO module_completions (id, user_id, course_version_id, module_id, completed_at)
         VALUES (3, 2, 2, 'm1', 1700600100)",
        "INSERT INTO module_completions (id, user_id, course_version_id, module_id, completed_at)
         VALUES (4, 1, 1, 'm2', 1699970400)",
    ] {
        both(&lite, pg, sql).await.unwrap();
    }
    assert_eq!(
        read(&lite, pg, MODULE_COUNTS).await,
        ["1 c m1 2", "1 c m2 1"]
    );
    assert_eq!(
        read(&lite, pg, WEEK_COUNTS).await,
        ["1 1699833600 2 3", "1 1700438400 1 1"]
    );

    // Bo joins a second organisation and brings his completions; Ada's are deleted all at once,
    // as deleting an account does.
    both(&lite, pg, "INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES (2, 2, 'admin', 0)")
        .await
        .unwrap();
    both(
        &lite,
        pg,
        "DELETE FROM lesson_completions WHERE user_id = 1",
    )
    .await
    .unwrap();
    both(
        &lite,
        pg,
        "DELETE FROM module_completions WHERE user_id = 1",
    )
    .await
    .unwrap();
    assert_eq!(
        read(&lite, pg, MODULE_COUNTS).await,
        ["1 c m1 1", "2 c m1 1"]
    );
    assert_eq!(
        read(&lite, pg, WEEK_COUNTS).await,
        ["1 1700438400 1 1", "2 1700438400 1 1"]
    );
    both(
        &lite,
        pg,
        "DELETE FROM memberships WHERE user_id = 2 AND organisation_id = 1",
    )
    .await
    .unwrap();
    assert_eq!(read(&lite, pg, MODULE_COUNTS).await, ["2 c m1 1"]);
    assert_eq!(read(&lite, pg, WEEK_COUNTS).await, ["2 1700438400 1 1"]);

    // Published content cannot change, and both say so in the same words.
    for sql in [
        "UPDATE course_versions SET manifest = '[]' WHERE id = 1",
        "DELETE FROM lessons WHERE lesson_id = 'l2'",
    ] {
        let (a, b) = both(&lite, pg, sql).await.expect_err(sql);
        assert_eq!(a, b, "{sql}");
        assert!(a.starts_with("published "), "{a}");
    }

    // Changing a name stamps the account as updated (the HR feed's "changed since").
    both(
        &lite,
        pg,
        "UPDATE users SET display_name = 'Ada L.' WHERE id = 1",
    )
    .await
    .unwrap();
    assert_eq!(
        read(
            &lite,
            pg,
            "SELECT CASE WHEN updated_at > 1700000000 THEN 'stamped' ELSE 'not stamped' END FROM users ORDER BY id"
        )
        .await,
        ["stamped", "not stamped"]
    );
    scratch.finish().await;
}
