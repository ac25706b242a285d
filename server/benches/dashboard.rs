//! An organisation's dashboard at national scale: 100,000 learners in the organisation, 10 million
//! progress rows in the database. Times each query behind `/organisations/<id>` (the standings,
//! a page of people, completion by module, progress over time, cohorts, invitations), the whole
//! overview, and the page itself through the real router. Run with
//! `scripts/bench dashboard` (SQLite, then PostgreSQL: `BENCH_POSTGRES`, see `common::Bench`);
//! the figures go in BENCHMARKS.md.
//!
//! The data is written directly in SQL (not timed): 225,000 learners in two organisations (the
//! one measured has 100,000), each through a share of the bundled programme: 60 % completed it
//! (41 lessons, 8 modules, 9 quizzes passed, a third after a failed try, and the qualification
//! certificate), the rest part-way through the lessons. Completions are spread over the last year.
//! `BENCH_LEARNERS` scales the whole (225000 by default); `BENCH_KEEP=1` keeps the database for a
//! look at query plans.
//!
//! The dashboard's counts (completion by module, progress by week) are kept by triggers. On SQLite
//! the rows are written with the triggers running, as the application writes them. On PostgreSQL
//! its row triggers make a 10-million-row load take many minutes (each row updates one of a few
//! hundred count rows), so there the rows are loaded with triggers off
//! (`session_replication_role = replica`, as a bulk import would) and the counts are then filled
//! in by the migration's own back-fill, which gives the counts the triggers would.

#![allow(clippy::print_stdout)] // a benchmark reports on standard output

mod common;

use app::domain::organisation::Standing;
use app::domain::Lang;
use app::wire::{MemberList, Role, SessionUser};
use axum::body::Body;
use http::{header, Request};
use http_body_util::BodyExt;
use server::startup::{build_state, router};
use std::future::Future;
use std::time::{Duration, Instant};
use tower::ServiceExt;

const RUNS: usize = 15;
const DAY: i64 = 86_400;

#[tokio::main]
async fn main() {
    let learners: i64 = std::env::var("BENCH_LEARNERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(225_000);
    let in_org = learners * 100 / 225;
    let dir = tempfile::tempdir().expect("temp dir");
    let root = common::workspace();
    let bench = common::Bench::new(dir.path()).await;
    let settings = common::settings(dir.path(), &bench.url, root.join("target/site"));
    let state = build_state(&settings).await.expect("state");
    println!("{}", bench.describe().await);
    server::courses::publish_all(&state.db, &root.join("courses"))
        .await
        .expect("publish");
    let pool = &bench.db;
    let t = app::server::now();

    let started = Instant::now();
    let version: i64 = sqlx::query_scalar(
        "SELECT id FROM course_versions WHERE course_id = 'rtw-coordinator' ORDER BY version_no DESC",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let script = format!(
        r#"
        INSERT INTO organisations (id, name, kind, created_at) VALUES
            (1001, 'Storby kommune', 'municipality', 0), (1002, 'Nabo kommune', 'municipality', 0);
        -- Learners: a pseudo-random progress level p (0..99) and a name that does not follow the id.
        CREATE TEMP TABLE bench_people AS
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {learners} - 1)
            SELECT i, (i * 2654435761) % 100 AS p FROM n;
        INSERT INTO users (id, email, display_name, password_hash, created_at, password_changed_at, updated_at)
            SELECT 100000 + i, 'person' || i || '@bench.example.org',
                   'Person ' || (1000000 + (i * 7919) % {learners}), 'not-a-hash', 0, 0, 0
            FROM bench_people;
        INSERT INTO memberships (organisation_id, user_id, role, joined_at)
            SELECT CASE WHEN i < {in_org} THEN 1001 ELSE 1002 END, 100000 + i, 'member', 0 FROM bench_people;
        CREATE TEMP TABLE bench_lessons AS
            SELECT lesson_id, module_id, ROW_NUMBER() OVER (ORDER BY position) - 1 AS k
            FROM lessons WHERE course_version_id = {version};
        -- Everyone with p < 60 completed every lesson; the others the first (p - 60) of them.
        INSERT INTO lesson_completions (user_id, course_version_id, lesson_id, completed_at)
            SELECT 100000 + b.i, {version}, l.lesson_id, {t} - ((b.i * 7 + l.k * 13) % 364) * {DAY} - l.k
            FROM bench_people b JOIN bench_lessons l ON b.p < 60 OR l.k < b.p - 60
            ORDER BY 1, 3;
        INSERT INTO module_completions (user_id, course_version_id, module_id, completed_at)
            SELECT 100000 + b.i, {version}, m.module_id, {t} - ((b.i * 7) % 364) * {DAY}
            FROM bench_people b CROSS JOIN (SELECT DISTINCT module_id FROM bench_lessons) m
            WHERE b.p < 60 ORDER BY 1;
        INSERT INTO quiz_attempts (user_id, course_version_id, quiz_id, number, placed, started_at,
                                   submitted_at, earned_milli, possible, percent, passed)
            SELECT 100000 + b.i, {version}, q.quiz_id, 1, '[]', {t} - 400 * {DAY}, {t} - 400 * {DAY},
                   4000, 10, 40, 0
            FROM bench_people b JOIN quizzes q ON q.course_version_id = {version}
            WHERE b.p < 20;
        INSERT INTO quiz_attempts (user_id, course_version_id, quiz_id, number, placed, started_at,
                                   submitted_at, earned_milli, possible, percent, passed)
            SELECT 100000 + b.i, {version}, q.quiz_id, CASE WHEN b.p < 20 THEN 2 ELSE 1 END, '[]',
                   {t} - 300 * {DAY}, {t} - 300 * {DAY}, 9000, 10, 90, 1
            FROM bench_people b JOIN quizzes q ON q.course_version_id = {version}
            WHERE b.p < 60;
        -- The qualification, issued over the last three years and valid for three: some expire
        -- within 90 days, some have lapsed, a few are revoked.
        INSERT INTO certificates (code, user_id, course_version_id, rule_id, holder_name, issued_at,
                                  expires_at, status)
            SELECT 'RTW-BNCH-' || b.i, 100000 + b.i, {version}, 'qualification', 'Person ' || b.i,
                   {t} - ((b.i * 11) % 1200) * {DAY}, {t} - ((b.i * 11) % 1200) * {DAY} + 1095 * {DAY},
                   CASE WHEN b.p = 7 THEN 'revoked' ELSE 'valid' END
            FROM bench_people b WHERE b.p < 60;
        -- Three cohorts of 10,000 each, and a few hundred invitations.
        INSERT INTO cohorts (id, organisation_id, name, course_id, deadline_day, created_at) VALUES
            (1, 1001, 'Helse 2026', 'rtw-coordinator', {t} / {DAY} + 60, 0),
            (2, 1001, 'Oppvekst 2026', 'rtw-coordinator', {t} / {DAY} + 120, 0),
            (3, 1001, 'Teknisk 2026', 'rtw-coordinator', {t} / {DAY} - 10, 0);
        INSERT INTO cohort_members (cohort_id, user_id, added_at)
            SELECT 1 + i / 10000, 100000 + i, 0 FROM bench_people WHERE i < 30000 AND i < {in_org};
        DROP TABLE bench_people;
        DROP TABLE bench_lessons;
        "#,
        DAY = DAY
    );
    let script = if bench.is_postgres() {
        format!(
            "SET session_replication_role = replica;\n{script}\nSET session_replication_role = DEFAULT;\n{}\nANALYZE;",
            backfill()
        )
    } else {
        format!("{script}\nANALYZE;")
    };
    sqlx::raw_sql(sqlx::AssertSqlSafe(script))
        .execute(pool)
        .await
        .expect("bench data");
    let progress: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM lesson_completions) + (SELECT COUNT(*) FROM module_completions)
              + (SELECT COUNT(*) FROM quiz_attempts)",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let members: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE organisation_id = 1001")
            .fetch_one(pool)
            .await
            .unwrap();
    let db_bytes: i64 = if bench.is_postgres() {
        sqlx::query_scalar("SELECT pg_database_size(current_database())")
            .fetch_one(pool)
            .await
            .unwrap()
    } else {
        std::fs::metadata(dir.path().join("bench.db"))
            .map(|m| m.len() as i64)
            .unwrap_or(0)
    };
    println!(
        "data: {learners} learners ({members} in the organisation), {progress} progress rows, \
         {:.0} MB, written in {:.0} s",
        db_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    // The organisation's administrator.
    let admin = 100_000;
    sqlx::query("UPDATE memberships SET role = 'admin' WHERE user_id = $1")
        .bind(admin)
        .execute(pool)
        .await
        .unwrap();
    let user = SessionUser {
        id: admin,
        name: "Person admin".into(),
        email: "person0@bench.example.org".into(),
        roles: vec![Role::Learner],
        lang: Lang::Nb,
    };
    let org = 1001;
    let lang = Lang::Nb;

    println!("| query | median | p90 | max | rows |");
    println!("|---|---|---|---|---|");
    let db = &state.db;
    time("standings (4 counts)", || async {
        app::with_data!(*db, |d, pool| {
            let s = d::services::organisations::standings(pool, org, t, 90)
                .await
                .unwrap();
            s.iter().map(|(_, n)| n).sum::<i64>() as usize
        })
    })
    .await;
    // A page of the people list (50), maybe only those of one standing.
    let people = |standing: Option<Standing>, offset: i64| async move {
        app::with_data!(*db, |d, pool| {
            use d::services::organisations::{member_records, People};
            let page = People::Page {
                standing,
                now: t,
                days: 90,
                offset,
            };
            member_records(pool, org, page, lang).await.unwrap().len()
        })
    };
    time("people, first page of 50", || people(None, 0)).await;
    time("people, page 1,000 of 2,000", || people(None, 49_950)).await;
    time("people expiring within 90 days, first page", || {
        people(Some(Standing::Expiring), 0)
    })
    .await;
    time("people without a certificate, first page", || {
        people(Some(Standing::Missing), 0)
    })
    .await;
    time("completion by module", || async {
        app::with_data!(*db, |d, pool| {
            d::services::org_figures::module_completion(pool, org, lang)
                .await
                .unwrap()
                .len()
        })
    })
    .await;
    time("progress over 12 weeks", || async {
        app::with_data!(*db, |d, pool| {
            d::services::org_figures::over_time(pool, org)
                .await
                .unwrap()
                .len()
        })
    })
    .await;
    time("cohorts (3, 30,000 people)", || async {
        app::with_data!(*db, |d, pool| {
            d::services::cohorts::list(pool, org, lang)
                .await
                .unwrap()
                .len()
        })
    })
    .await;
    time("the whole overview (all of the above)", || async {
        app::with_data!(*db, |d, pool| {
            d::services::organisations::overview(pool, &user, org, &MemberList::default(), lang)
                .await
                .unwrap()
                .members
                .len()
        })
    })
    .await;

    // The page itself, server-rendered for the administrator.
    let token = app::with_data!(state.db, |d, pool| {
        d::auth::start_session(pool, &state.sessions, admin, 3600).await
    })
    .expect("session");
    let app = router(state.clone());
    let size = std::cell::Cell::new(0);
    time("GET /organisations/<id> (rendered page)", || {
        let app = app.clone();
        let token = token.clone();
        let size = &size;
        async move {
            let res = app
                .oneshot(
                    Request::get(format!("/organisations/{org}"))
                        .header(header::HOST, "bench.test")
                        .header("cookie", format!("rtw_session={token}"))
                        .body(Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            assert!(res.status().is_success(), "{}", res.status());
            let body = res.into_body().collect().await.unwrap().to_bytes();
            size.set(body.len());
            1
        }
    })
    .await;
    println!("page: {} bytes of HTML", size.get());
    // To look at query plans afterwards: `BENCH_KEEP=1` leaves the database in place.
    if std::env::var_os("BENCH_KEEP").is_some() {
        if bench.is_postgres() {
            println!("database kept: {}", bench.keep().await);
        } else {
            println!("database kept at {}", dir.keep().join("bench.db").display());
        }
        return;
    }
    bench.finish().await;
}

/// The dashboard's counts from the rows there are, after a load with triggers off: the back-fill
/// of `migrations/postgres/20261204000024_org_figures.sql` (its statements after "What is there
/// already", up to the index that follows them), read from the migration itself.
fn backfill() -> String {
    let path = common::workspace().join("migrations/postgres/20261204000024_org_figures.sql");
    let sql = std::fs::read_to_string(&path).expect("migration 24");
    let start = sql
        .find("-- What is there already.")
        .expect("the migration's back-fill");
    let end = start
        + sql[start..]
            .find("CREATE COLLATION")
            .expect("the index after the back-fill");
    format!(
        "DELETE FROM org_module_counts;\nDELETE FROM org_week_counts;\n{}",
        &sql[start..end]
    )
}

/// Runs `f` once to warm up and [`RUNS`] times, and prints a table row.
async fn time<F, Fut>(what: &str, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = usize>,
{
    let rows = f().await;
    let mut took: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        let _ = f().await;
        took.push(start.elapsed());
    }
    took.sort();
    println!(
        "| {what} | {:.1} ms | {:.1} ms | {:.1} ms | {rows} |",
        common::quantile_ms(&took, 0.5),
        common::quantile_ms(&took, 0.9),
        common::quantile_ms(&took, 1.0),
    );
}
