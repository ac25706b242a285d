//! A version published as compatible moves the learners in progress to it: what they did in the
//! version they started still counts (lessons, quizzes, modules, certificates), while every record
//! keeps the exact version it was earned on.

use crate::authoring::{two_authors, PASSWORD};
use crate::certificates::{complete, mine, pass_quiz, play_case, setup};
use crate::common::TestApp;
use crate::learning::programme;
use http::StatusCode;

const COURSE: &str = "cert-course";
const NEW_L2: &str = "+++\ntitle = \"L\"\n+++\n\nNy tekst om tidlig kontakt.\n";

/// Aud changes the lesson file `path` to `text` in a draft of the course and sends it for
/// review, `compatible` or not.
async fn draft_changing(
    app: &TestApp,
    aud: &str,
    path: &str,
    text: &str,
    compatible: bool,
) -> String {
    let reply = app
        .call("start_draft", &[("course_id", COURSE)], Some(aud))
        .await;
    assert!(reply.status.is_success(), "{}", reply.body);
    let draft = reply.json().as_i64().expect("an id").to_string();
    let saved = app
        .call(
            "save_draft_file",
            &[("id", &draft), ("path", path), ("content", text)],
            Some(aud),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let mut form = vec![("id", draft.as_str())];
    if compatible {
        form.push(("compatible", "yes"));
    }
    let submitted = app.call("submit_draft", &form, Some(aud)).await;
    assert!(submitted.status.is_success(), "{}", submitted.body);
    draft
}

async fn version_id(app: &TestApp, no: i64) -> i64 {
    sqlx::query_scalar("SELECT id FROM course_versions WHERE course_id = $1 AND version_no = $2")
        .bind(COURSE)
        .bind(no)
        .fetch_one(&app.db)
        .await
        .expect("the version")
}

/// The version each of the user's rows in `table` was earned on, in insertion order.
async fn versions_in(app: &TestApp, table: &str, email: &str) -> Vec<i64> {
    // Lesson completions have no id of their own: their time, then their version, is their order.
    let order = if table == "lesson_completions" {
        "r.completed_at, v.version_no"
    } else {
        "r.id"
    };
    let sql = format!(
        "SELECT v.version_no FROM {table} r JOIN course_versions v ON v.id = r.course_version_id
         JOIN users u ON u.id = r.user_id WHERE u.email = $1 AND v.course_id = $2
         ORDER BY {order}"
    );
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(email)
        .bind(COURSE)
        .fetch_all(&app.db)
        .await
        .expect("rows")
}

async fn overview(app: &TestApp, cookie: &str) -> serde_json::Value {
    programme(app, COURSE, cookie).await
}

#[tokio::test]
async fn a_compatible_version_moves_learners_in_progress_and_what_they_did_still_counts() {
    let (app, kari) = setup().await;
    let (aud, bo) = two_authors(&app).await;
    // Kari finishes module m on version 1 and holds both certificates; Per has read one lesson.
    complete(&app, &kari, "l1").await;
    complete(&app, &kari, "l2").await;
    pass_quiz(&app, &kari).await;
    play_case(&app, &kari, "good").await;
    assert_eq!(mine(&app, &kari).await.len(), 2);
    let per = app
        .register("Per Hansen", "per@example.org", PASSWORD)
        .await;
    complete(&app, &per, "l1").await;

    let draft = draft_changing(&app, &aud, "m/l2.nb.md", NEW_L2, true).await;
    // The reviewer is told what approving does to learners.
    let view = app
        .call("get_draft", &[("id", &draft)], Some(&bo))
        .await
        .json();
    assert_eq!(view["compatible"], true, "{view}");
    assert_eq!(view["learners_on_base"], 2, "{view}");
    let approved = app
        .call("approve_draft", &[("id", &draft)], Some(&bo))
        .await;
    assert!(approved.status.is_success(), "{}", approved.body);
    assert_eq!(approved.json(), 2);

    // Both moved, and each move is on their record.
    let v2 = version_id(&app, 2).await;
    let on: Vec<i64> = sqlx::query_scalar(
        "SELECT course_version_id FROM enrolments WHERE course_id = $1 ORDER BY user_id",
    )
    .bind(COURSE)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(on, vec![v2, v2]);
    assert_eq!(app.count("enrolment_moves").await, 2);

    // Per reads the new text; the lesson done on version 1 still counts, and the page says why.
    let page = app.get("/courses/cert-course/lessons/l2", Some(&per)).await;
    assert!(
        page.body.contains("Ny tekst om tidlig kontakt."),
        "Per was not moved"
    );
    let o = overview(&app, &per).await;
    assert_eq!(
        (o["version_no"].as_i64(), o["moved_from"].as_i64()),
        (Some(2), Some(1))
    );
    assert_eq!(o["modules"][0]["lessons"][0]["completed"], true, "{o}");
    assert_eq!(o["done"], 1);

    // Per finishes on version 2: l1 from version 1 and l2 and the quiz from version 2 earn the
    // module certificate, issued on version 2. Each record names where it was earned.
    complete(&app, &per, "l2").await;
    pass_quiz(&app, &per).await;
    let certs = mine(&app, &per).await;
    assert_eq!(certs.len(), 1, "{certs:?}");
    assert_eq!(
        versions_in(&app, "lesson_completions", "per@example.org").await,
        vec![1, 2]
    );
    assert_eq!(
        versions_in(&app, "quiz_attempts", "per@example.org").await,
        vec![2]
    );
    assert_eq!(
        versions_in(&app, "certificates", "per@example.org").await,
        vec![2]
    );

    // Kari's certificates and completed module are not earned a second time on version 2, and a
    // lesson she did on version 1 is not completed again.
    complete(&app, &kari, "l1").await;
    complete(&app, &kari, "r1").await;
    assert_eq!(mine(&app, &kari).await.len(), 2);
    let kari_email = "kari.cert@example.org";
    assert_eq!(
        versions_in(&app, "certificates", kari_email).await,
        vec![1, 1]
    );
    assert_eq!(
        versions_in(&app, "module_completions", kari_email).await,
        vec![1, 2]
    );
    assert_eq!(
        versions_in(&app, "lesson_completions", kari_email).await,
        vec![1, 1, 2],
        "l1 and l2 on version 1, r1 on version 2"
    );
    // Her quiz attempts carry over too: the next one is numbered after those on version 1.
    pass_quiz(&app, &kari).await;
    let numbers: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT a.number, v.version_no FROM quiz_attempts a JOIN course_versions v ON v.id = a.course_version_id
         JOIN users u ON u.id = a.user_id WHERE u.email = $1 ORDER BY a.id",
    )
    .bind(kari_email)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(numbers, vec![(1, 1), (2, 2)]);

    // The authors' list says which version it is compatible with.
    let list = app.call("author_overview", &[], Some(&bo)).await;
    assert!(list.status.is_success(), "{}", list.body);
    let course = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == COURSE)
        .cloned()
        .unwrap();
    assert_eq!(course["versions"][0]["compatible_with"], 1, "{course}");
    assert_eq!(
        course["versions"][1]["compatible_with"],
        serde_json::Value::Null
    );
}

#[tokio::test]
async fn a_version_not_marked_compatible_leaves_learners_where_they_are() {
    let (app, kari) = setup().await;
    let (aud, bo) = two_authors(&app).await;
    complete(&app, &kari, "l1").await;
    let draft = draft_changing(&app, &aud, "m/l2.nb.md", NEW_L2, false).await;
    let view = app
        .call("get_draft", &[("id", &draft)], Some(&bo))
        .await
        .json();
    assert_eq!(view["compatible"], false, "{view}");
    let approved = app
        .call("approve_draft", &[("id", &draft)], Some(&bo))
        .await;
    assert!(approved.status.is_success(), "{}", approved.body);

    let page = app
        .get("/courses/cert-course/lessons/l2", Some(&kari))
        .await;
    assert!(
        !page.body.contains("Ny tekst om tidlig kontakt."),
        "Kari was moved"
    );
    let o = overview(&app, &kari).await;
    assert_eq!(
        (o["version_no"].as_i64(), o["moved_from"].as_i64()),
        (Some(1), None)
    );
    assert_eq!(app.count("enrolment_moves").await, 0);

    // A second version, compatible with version 2, moves nobody from version 1 either.
    let newcomer = app.register("Nina Ny", "nina@example.org", PASSWORD).await;
    complete(&app, &newcomer, "l1").await;
    let text = "+++\ntitle = \"L\"\n+++\n\nEnda en tekst.\n";
    let next = draft_changing(&app, &aud, "m/l1.nb.md", text, true).await;
    let view = app
        .call("get_draft", &[("id", &next)], Some(&bo))
        .await
        .json();
    assert_eq!(
        view["learners_on_base"], 1,
        "only Nina is on version 2: {view}"
    );
    app.call("approve_draft", &[("id", &next)], Some(&bo)).await;
    assert_eq!(overview(&app, &kari).await["version_no"], 1);
    let nina = overview(&app, &newcomer).await;
    assert_eq!(
        (nina["version_no"].as_i64(), nina["done"].as_i64()),
        (Some(3), Some(1))
    );
}
