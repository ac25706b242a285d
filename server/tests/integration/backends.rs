//! The data layer on both databases. `data-layer/src` is compiled twice, as `data-sqlite` and
//! `data-pg`, each copy with its queries checked against its own database; these tests run the
//! same journey through each copy, on a SQLite file and on a PostgreSQL database, and check that
//! both give the answers a user would see, and the same ones.
//!
//! The journey reaches the queries written differently for each backend (`by_backend!`: lists of
//! ids, JSON fields) and those rewritten so one text suits both (the HR feed's "latest of"
//! columns, the write lock of publishing, `string_agg`), the personal data export and account
//! deletion.

use crate::common::workspace;
use crate::scratch::Scratch;
use app::domain::content::{load_course_files, MemoryFiles};
use app::domain::hr_api::Cursor;
use app::domain::Lang;
use app::server::Database;
use app::wire::{Role, SessionUser};
use serde_json::{json, Value};

/// Runs the journey through one copy of the data layer (`$data`) on `$pool`, returning what it
/// saw: JSON with the times taken out (they differ from run to run).
macro_rules! journey {
    ($data:ident, $pool:expr) => {{
        use $data::services::{
            accounts, cases, catalogue, cohorts, cpd, hr_feed, learning, org_figures, organisations,
            privacy, quizzes,
        };
        let pool = $pool;
        $data::db::migrate(&pool).await.expect("migrations");

        // The bundled programme, published; publishing it again changes nothing.
        let dir = workspace().join("courses/rtw-coordinator");
        let files = MemoryFiles::from_dir(&dir).unwrap();
        let course = load_course_files(&files).unwrap();
        let first = catalogue::publish(&pool, &course, &files).await.expect("publishing");
        let again = catalogue::publish(&pool, &course, &files).await.expect("publishing again");

        // A learner who completes the first lesson; an administrator with an organisation.
        let (admin_id, _) = accounts::create_admin(&pool, "Åse Admin", "admin@example.org", "correct horse battery staple")
            .await
            .expect("an administrator");
        let admin = SessionUser {
            id: admin_id,
            name: "Åse Admin".into(),
            email: "admin@example.org".into(),
            roles: vec![Role::PlatformAdmin],
            lang: Lang::Nb,
        };
        let reg = accounts::Registration::parse("Kari Nordmann", "kari@example.org", "correct horse battery staple", Lang::Nb).unwrap();
        let kari = accounts::register(&pool, reg).await.expect("registering");
        let overview = learning::overview(&pool, kari, "rtw-coordinator", Lang::Nb).await.expect("the overview");
        let overview = serde_json::to_value(&overview).unwrap();
        let lesson = overview["modules"][0]["lessons"][0]["id"].as_str().unwrap().to_string();
        learning::complete_lesson(&pool, kari, "rtw-coordinator", &lesson).await.expect("completing a lesson");
        learning::complete_lesson(&pool, kari, "rtw-coordinator", &lesson).await.expect("completing it again");
        let org = organisations::create(&pool, &admin, "Fjordvik kommune", "municipality").await.expect("an organisation");
        sqlx::query("INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES ($1, $2, 'member', $3)")
            .bind(org)
            .bind(kari)
            .bind(app::server::now())
            .execute(&pool)
            .await
            .unwrap();

        // A quiz submitted blank (graded, not passed); the first case played to its end, always
        // taking the first choice offered.
        let first_of = |kind: &str| -> String {
            overview["modules"].as_array().unwrap().iter()
                .find_map(|m| m[kind][0]["id"].as_str())
                .unwrap_or_else(|| panic!("the programme has no {kind}"))
                .to_string()
        };
        let quiz = first_of("quizzes");
        let attempt = quizzes::start(&pool, kari, "rtw-coordinator", &quiz).await.expect("a quiz attempt");
        quizzes::submit(&pool, kari, attempt, &Default::default()).await.expect("submitting it");
        let quiz_results = quizzes::overview(&pool, kari, "rtw-coordinator", &quiz, Lang::En)
            .await
            .expect("the quiz's results");
        let case = first_of("cases");
        let run = cases::start(&pool, kari, "rtw-coordinator", &case).await.expect("a case run");
        let mut played = Vec::new();
        for _ in 0..200 {
            let view = cases::play(&pool, kari, run, Lang::En).await.expect("the case's page");
            let Some(choice) = view.choices.first() else { break };
            played.push(choice.id.clone());
            cases::decide(&pool, kari, run, view.step, &choice.id).await.expect("a decision");
        }
        let ending = cases::play(&pool, kari, run, Lang::En).await.expect("the case's end");

        // A cohort with everyone in it, the dashboard's figures, and a CPD entry.
        let cohort = cohorts::create(&pool, &admin, org, "Vår 2027", "rtw-coordinator", "2027-06-30")
            .await
            .expect("a cohort");
        let added = cohorts::add(&pool, &admin, org, cohort, None).await.expect("adding everyone");
        let cohort_view = cohorts::view(&pool, &admin, org, cohort, Lang::Nb).await.expect("the cohort");
        let by_module = org_figures::module_completion(&pool, org, Lang::Nb).await.expect("completion by module");
        let weeks = org_figures::over_time(&pool, org).await.expect("progress by week");
        let kari_user = SessionUser {
            id: kari,
            name: "Kari Nordmann".into(),
            email: "kari@example.org".into(),
            roles: vec![Role::Learner],
            lang: Lang::Nb,
        };
        cpd::add(&pool, &kari_user, &cpd::NewEntry {
            activity: "Fagdag om arbeidsrettet oppfølging".into(),
            provider: "Fjordvik kommune".into(),
            done_on: "2026-11-30".into(),
            hours: "6,5".into(),
            attested_by: "Åse Admin, HR".into(),
        })
        .await
        .expect("a CPD entry");
        let cpd_log = cpd::log(&pool, &kari_user).await.expect("the CPD log");

        // What the organisation and the HR feed see.
        let people = organisations::member_records(&pool, org, organisations::People::All, Lang::Nb)
            .await
            .expect("the organisation's people");
        let client = $data::services::api_tokens::ApiClient {
            organisation_id: org,
            token_id: 0,
            scopes: Vec::new(),
        };
        let query = || hr_feed::ListQuery {
            after: Cursor(0),
            limit: 10,
            updated_since: 0,
            lang: Some(Lang::En),
        };
        let feed_people = hr_feed::people(&pool, &client, query()).await.expect("the HR feed's people");
        let enrolments = hr_feed::enrolments(&pool, &client, query()).await.expect("the HR feed's enrolments");
        let purged = privacy::purge(&pool, app::server::now(), 90).await.expect("the clean-up");
        // Kari downloads her data, then deletes her account.
        let exported = privacy::export(&pool, kari).await.expect("the export");
        privacy::delete_account(&pool, kari, "correct horse battery staple")
            .await
            .expect("deleting the account");
        let after = hr_feed::people(&pool, &client, query()).await.expect("the HR feed after");

        let mut seen = json!({
            "published": [first.created, first.version_no, again.created, again.version_no],
            "people": serde_json::to_value(&people).unwrap(),
            "feed_people": serde_json::to_value(&feed_people).unwrap(),
            "enrolments": serde_json::to_value(&enrolments).unwrap(),
            "purged": format!("{purged:?}"),
            "quiz": serde_json::to_value(&quiz_results).unwrap(),
            "case": {"played": played, "ending": serde_json::to_value(&ending.ending).unwrap()},
            "cohort": {"added": added, "view": serde_json::to_value(&cohort_view).unwrap()},
            "figures": {"modules": serde_json::to_value(&by_module).unwrap(), "weeks": serde_json::to_value(&weeks).unwrap()},
            "cpd": serde_json::to_value(&cpd_log).unwrap(),
            "exported": exported,
            "feed_people_after_deletion": serde_json::to_value(&after).unwrap(),
        });
        without_times(&mut seen);
        seen
    }};
}

/// Removes every field whose name says it holds a time (or today's date, or the moment a quiz may
/// be taken again).
fn without_times(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|k, _| {
                !(k.ends_with("_at") || k.ends_with("_on") || k == "today" || k == "WaitUntil")
            });
            map.values_mut().for_each(without_times);
        }
        Value::Array(items) => items.iter_mut().for_each(without_times),
        _ => {}
    }
}

#[tokio::test]
async fn the_same_journey_gives_the_same_answers_on_sqlite_and_postgresql() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("rtw.db").display());
    let sqlite_pool = data_sqlite::db::connect(&url).await.unwrap();
    let on_sqlite = journey!(data_sqlite, sqlite_pool);

    let scratch = Scratch::new().await;
    let on_postgres = journey!(data_pg, scratch.pool.clone());
    scratch.finish().await;

    // What a user would see, on SQLite: the programme published once, Kari with one lesson done,
    // in the organisation's list and in the HR feed.
    assert_eq!(on_sqlite["published"], json!([true, 1, false, 1]));
    let kari = &on_sqlite["people"][0];
    assert_eq!(kari["name"], "Kari Nordmann", "{on_sqlite:#}");
    assert_eq!(kari["lessons_completed"], 1, "{on_sqlite:#}");
    assert_eq!(
        on_sqlite["feed_people"]["data"][0]["email"],
        "kari@example.org"
    );
    let enrolment = &on_sqlite["enrolments"]["data"][0];
    assert_eq!(enrolment["course_id"], "rtw-coordinator");
    assert_eq!(enrolment["lessons_completed"], 1);
    assert_eq!(on_sqlite["enrolments"]["data"].as_array().unwrap().len(), 1);
    let exported = &on_sqlite["exported"];
    assert_eq!(exported["account"]["email"], "kari@example.org");
    assert_eq!(exported["account"]["roles"], json!(["learner"]));
    assert_eq!(exported["lesson_completions"].as_array().unwrap().len(), 1);
    assert_eq!(
        exported["organisations"][0]["organisation"],
        "Fjordvik kommune"
    );
    assert_eq!(on_sqlite["feed_people_after_deletion"]["data"], json!([]));
    assert!(
        on_sqlite["case"]["played"].as_array().unwrap().len() > 1,
        "{on_sqlite:#}"
    );
    assert!(
        on_sqlite["case"]["ending"].is_object(),
        "the case ended: {on_sqlite:#}"
    );
    assert_eq!(on_sqlite["cohort"]["added"], 1);
    assert_eq!(exported["quiz_attempts"][0]["passed"], false);
    assert_eq!(
        exported["case_runs"][0]["decisions"]
            .as_array()
            .unwrap()
            .len(),
        on_sqlite["case"]["played"].as_array().unwrap().len()
    );
    assert_eq!(exported["cpd"][0]["hours"], 6.5);

    // And PostgreSQL answers the same, field for field.
    assert_eq!(on_postgres, on_sqlite);
}

/// Each copy takes its own pool out of the application's `Database`.
#[tokio::test]
async fn each_copy_takes_its_own_pool() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("rtw.db").display());
    let pool = data_sqlite::db::connect(&url).await.unwrap();
    let db = Database::Sqlite(pool);
    let n: i64 = sqlx::query_scalar("SELECT 40 + 2")
        .fetch_one(data_sqlite::db::pool(&db))
        .await
        .unwrap();
    assert_eq!(n, 42);
    db.close().await;
}
