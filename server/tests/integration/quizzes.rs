//! Quizzes over HTTP: no key reaches the browser, grading happens once on the server, attempt
//! rules hold, malformed answers change nothing, and attempts are private.

use crate::common::{write, TestApp};
use http::StatusCode;

const COURSE: &str = r#"
id = "quiz-course"
required_languages = ["nb", "en"]
default_language = "nb"
modules = ["m"]
[title]
nb = "Testkurs"
en = "Test course"
"#;

const BANK: &str = r#"
[[items]]
id = "plan-week"
type = "single_choice"
area = "timeline"
prompt = { nb = "Når skal oppfølgingsplanen være laget?", en = "When is the follow-up plan due?" }
explanation = { nb = "HEMMELIG-FORKLARING innen fire uker.", en = "SECRET-EXPLANATION within four weeks." }
sources = [{ title = "Arbeidsmiljøloven § 4-6 (3)" }]
options = [
  { id = "w4", text = { nb = "Innen fire uker", en = "Within four weeks" }, correct = true },
  { id = "w8", text = { nb = "Innen åtte uker", en = "Within eight weeks" }, feedback = { nb = "HEMMELIG-TILBAKEMELDING", en = "SECRET-FEEDBACK" } },
]

[[items]]
id = "employer-days"
type = "numeric"
area = "timeline"
answer = 16
prompt = { nb = "Hvor mange kalenderdager betaler arbeidsgiveren?", en = "How many calendar days does the employer pay?" }
explanation = { nb = "16 dager.", en = "16 days." }
sources = [{ title = "Folketrygdloven § 8-19" }]

[[items]]
id = "steps"
type = "ordering"
area = "timeline"
prompt = { nb = "Sett i rekkefølge", en = "Put in order" }
explanation = { nb = "Planen kommer før møtet.", en = "The plan comes before the meeting." }
sources = [{ title = "Arbeidsmiljøloven § 4-6" }]
steps = [
  { id = "plan", text = { nb = "Oppfølgingsplan", en = "Follow-up plan" } },
  { id = "meeting", text = { nb = "Dialogmøte 1", en = "Dialogue meeting 1" } },
]
"#;

const QUIZ: &str = r#"
id = "q"
title = { nb = "Test", en = "Quiz" }
pass_mark = 80
max_attempts = 2
wait_minutes = 10
time_limit_minutes = 30
items = ["plan-week", "employer-days", "steps"]
"#;

/// The same items with feedback after each item.
const IMMEDIATE: &str = r#"
id = "qi"
title = { nb = "Øving", en = "Practice" }
pass_mark = 50
feedback = "immediate"
items = ["plan-week", "employer-days", "steps"]
"#;

async fn with_quiz() -> (TestApp, String) {
    let app = TestApp::start().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("quiz-course");
    write(&d, "course.toml", COURSE);
    write(
        &d,
        "m/module.toml",
        "id = \"m\"\nquizzes = [\"q\", \"qi\"]\n[title]\nnb = \"M\"\nen = \"M\"\n[[lessons]]\nid = \"l\"\nminutes = 5\n",
    );
    let lesson = "+++\ntitle = \"L\"\n+++\n\nTekst.\n";
    write(&d, "m/l.nb.md", lesson);
    write(&d, "m/l.en.md", lesson);
    write(&d, "items/bank.toml", BANK);
    write(&d, "m/q.quiz.toml", QUIZ);
    write(&d, "m/qi.quiz.toml", IMMEDIATE);
    server::courses::publish_all(&app.state.db, &d)
        .await
        .expect("publish");
    let cookie = app
        .register("Ola Nordmann", "ola@example.org", "correct horse battery")
        .await;
    (app, cookie)
}

const START: [(&str, &str); 2] = [("course_id", "quiz-course"), ("quiz_id", "q")];

/// Starts an attempt and returns its id (from the redirect to the attempt page).
async fn start(app: &TestApp, cookie: &str) -> String {
    let reply = app.submit("start_quiz", &START, Some(cookie)).await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    reply
        .location()
        .and_then(|l| l.rsplit('/').next())
        .expect("redirect to the attempt")
        .to_string()
}

fn right_answers(attempt: &str) -> Vec<(String, String)> {
    vec![
        ("attempt_id".into(), attempt.into()),
        ("a[plan-week]".into(), "w4".into()),
        ("a[employer-days]".into(), "16".into()),
        ("a[steps.1]".into(), "plan".into()),
        ("a[steps.2]".into(), "meeting".into()),
    ]
}

fn as_refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

#[tokio::test]
async fn the_attempt_shows_no_key_feedback_or_explanation() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    let json = app
        .call("attempt", &[("attempt_id", &attempt)], Some(&cookie))
        .await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.body);
    let page = app
        .get(
            &format!("/courses/quiz-course/quizzes/q/attempts/{attempt}"),
            Some(&cookie),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for body in [&json.body, &page.body] {
        assert!(body.contains("Innen fire uker"), "the options are shown");
        for secret in ["correct", "HEMMELIG", "SECRET", "tolerance", "accepted"] {
            assert!(!body.contains(secret), "{secret} leaked: {body}");
        }
    }
}

#[tokio::test]
async fn right_answers_pass_and_submitting_twice_grades_once() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    let answers = right_answers(&attempt);
    let first = app
        .submit("submit_attempt", &as_refs(&answers), Some(&cookie))
        .await;
    assert_eq!(
        first.location(),
        Some(format!("/courses/quiz-course/quizzes/q/attempts/{attempt}/review").as_str())
    );
    // The same form sent again (a double click, a resend) changes nothing.
    let mut wrong = right_answers(&attempt);
    wrong[1].1 = "w8".into();
    app.submit("submit_attempt", &as_refs(&wrong), Some(&cookie))
        .await;
    let review = app
        .call("review", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert_eq!(review["percent"], 100);
    assert_eq!(review["passed"], true);
    assert_eq!(review["items"].as_array().unwrap().len(), 3);
    assert_eq!(review["items"][0]["right_answer"], "Innen fire uker");
    assert_eq!(app.count("quiz_attempts").await, 1);

    let overview = app.call("quiz", &START, Some(&cookie)).await.json();
    assert_eq!(overview["passed"], true);
}

#[tokio::test]
async fn a_failed_attempt_shows_feedback_and_makes_the_learner_wait() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    let answers = vec![
        ("attempt_id".to_string(), attempt.clone()),
        ("a[plan-week]".into(), "w8".into()),
        ("a[employer-days]".into(), "14".into()),
    ];
    app.submit("submit_attempt", &as_refs(&answers), Some(&cookie))
        .await;
    let review = app
        .call("review", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert_eq!(
        (review["percent"].as_u64(), review["passed"].as_bool()),
        (Some(0), Some(false))
    );
    assert_eq!(review["items"][0]["feedback"][0], "HEMMELIG-TILBAKEMELDING");
    assert_eq!(review["items"][2]["given"], serde_json::Value::Null);

    let overview = app.call("quiz", &START, Some(&cookie)).await.json();
    assert!(overview["state"]["WaitUntil"].is_i64(), "{overview}");
    let again = app.call("start_quiz", &START, Some(&cookie)).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(app.count("quiz_attempts").await, 1);
}

#[tokio::test]
async fn malformed_answers_are_refused_and_change_nothing() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    for bad in [
        vec![("a[plan-week]", "no-such-option")],
        vec![("a[steps.1]", "plan")],
        vec![("a[steps.1]", "plan"), ("a[steps.2]", "plan")],
    ] {
        let mut form = vec![("attempt_id", attempt.as_str())];
        form.extend(bad.iter().copied());
        let reply = app.call("submit_attempt", &form, Some(&cookie)).await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{bad:?}: {}",
            reply.body
        );
    }
    let not_a_number = app
        .call("submit_attempt", &[("attempt_id", "abc")], Some(&cookie))
        .await;
    assert_eq!(not_a_number.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("quiz_answers").await, 0);
    let open: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM quiz_attempts WHERE submitted_at IS NULL")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(open, 1);
}

#[tokio::test]
async fn starting_twice_resumes_the_open_attempt() {
    let (app, cookie) = with_quiz().await;
    let first = start(&app, &cookie).await;
    let second = start(&app, &cookie).await;
    assert_eq!(first, second);
    assert_eq!(app.count("quiz_attempts").await, 1);
}

#[tokio::test]
async fn another_learners_attempt_is_not_found() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    let other = app
        .register("Kari Nordmann", "kari@example.org", "correct horse battery")
        .await;
    let peek = app
        .call("attempt", &[("attempt_id", &attempt)], Some(&other))
        .await;
    assert_eq!(peek.status, StatusCode::NOT_FOUND);
    let answers = right_answers(&attempt);
    let steal = app
        .call("submit_attempt", &as_refs(&answers), Some(&other))
        .await;
    assert_eq!(steal.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("quiz_answers").await, 0);
}

#[tokio::test]
async fn a_submission_after_the_time_limit_is_kept_but_not_counted() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    // The attempt started two hours ago: its 30 minutes are long gone.
    sqlx::query(
        "UPDATE quiz_attempts SET started_at = started_at - 7200, deadline = deadline - 7200",
    )
    .execute(&app.db)
    .await
    .unwrap();
    let answers = right_answers(&attempt);
    let reply = app
        .submit("submit_attempt", &as_refs(&answers), Some(&cookie))
        .await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    let review = app
        .call("review", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert_eq!(review["late"], true);
    assert_eq!(review["percent"], 0);
    assert_eq!(review["passed"], false);
    // What the learner sent is stored, not lost.
    assert_eq!(app.count("quiz_answers").await, 3);
}

#[tokio::test]
async fn saved_answers_come_back_and_saving_stops_when_the_attempt_is_handed_in() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    let form = [
        ("attempt_id", attempt.as_str()),
        ("a[plan-week]", "w8"),
        ("a[employer-days]", "16"),
    ];
    let saved = app.call("save_answers", &form, Some(&cookie)).await;
    assert_eq!((saved.status, saved.body.as_str()), (StatusCode::OK, "2"));
    // Changing an answer replaces it.
    let form = [("attempt_id", attempt.as_str()), ("a[plan-week]", "w4")];
    app.call("save_answers", &form, Some(&cookie)).await;
    let page = app
        .call("attempt", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert_eq!(page["saved"]["plan-week"], "w4");
    assert_eq!(page["saved"]["employer-days"], "16");

    // Handing in with nothing more in the form grades what was saved.
    app.submit(
        "submit_attempt",
        &[("attempt_id", attempt.as_str())],
        Some(&cookie),
    )
    .await;
    let review = app
        .call("review", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert_eq!(review["percent"], 66);
    let late = app.call("save_answers", &form, Some(&cookie)).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn authors_see_item_statistics_and_learners_do_not() {
    let (app, learner) = with_quiz().await;
    // Two learners: one all right, one with the first item wrong.
    let attempt = start(&app, &learner).await;
    app.submit(
        "submit_attempt",
        &as_refs(&right_answers(&attempt)),
        Some(&learner),
    )
    .await;
    let other = app
        .register("Kari Nordmann", "kari@example.org", "correct horse battery")
        .await;
    let attempt = start(&app, &other).await;
    let mut answers = right_answers(&attempt);
    answers[1].1 = "w8".into();
    app.submit("submit_attempt", &as_refs(&answers), Some(&other))
        .await;

    let form = [("course_id", "quiz-course"), ("quiz_id", "q")];
    let refused = app.call("quiz_statistics", &form, Some(&learner)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let author = app
        .register("Aud Forfatter", "aud@example.org", "correct horse battery")
        .await;
    sqlx::query("INSERT INTO user_roles (user_id, role, granted_at) SELECT id, 'author', 0 FROM users WHERE email = 'aud@example.org'")
        .execute(&app.db)
        .await
        .unwrap();
    let stats = app.call("quiz_statistics", &form, Some(&author)).await;
    assert_eq!(stats.status, StatusCode::OK, "{}", stats.body);
    let stats = stats.json();
    assert_eq!(stats["attempts"], 2);
    let plan = stats["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["item_id"] == "plan-week")
        .unwrap();
    assert_eq!(plan["facility"], 50.0);
    assert_eq!(
        plan["options"],
        serde_json::json!([["Innen fire uker", true, 1], ["Innen åtte uker", false, 1]])
    );
    let days = stats["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["item_id"] == "employer-days")
        .unwrap();
    assert_eq!(days["facility"], 100.0);

    let page = app
        .get(
            "/author/courses/quiz-course/quizzes/q/statistics",
            Some(&author),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"stats-table\""));
}

#[tokio::test]
async fn immediate_feedback_grades_a_checked_item_at_once_and_locks_it() {
    let (app, cookie) = with_quiz().await;
    let start_form = [("course_id", "quiz-course"), ("quiz_id", "qi")];
    let reply = app.submit("start_quiz", &start_form, Some(&cookie)).await;
    let attempt = reply
        .location()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let page = app
        .call("attempt", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert_eq!(page["immediate"], true);
    assert!(page["items"][0]["checked"].is_null());

    // Checking an unanswered item is refused and locks nothing.
    let empty = app
        .call(
            "submit_attempt",
            &[("attempt_id", &attempt), ("check", "plan-week")],
            Some(&cookie),
        )
        .await;
    assert!(empty.status.is_client_error(), "{}", empty.status);
    assert!(empty.body.contains("attempt-check-empty"), "{}", empty.body);
    // An item that is not in the attempt cannot be checked.
    let stranger = app
        .call(
            "submit_attempt",
            &[
                ("attempt_id", &attempt),
                ("check", "nope"),
                ("a[plan-week]", "w8"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(stranger.status, StatusCode::BAD_REQUEST);

    // A wrong answer checked (without JavaScript: the form posts, the page comes back at the item).
    let checked = app
        .submit(
            "submit_attempt",
            &[
                ("attempt_id", &attempt),
                ("a[plan-week]", "w8"),
                ("a[employer-days]", "16"),
                ("check", "plan-week"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(checked.status, StatusCode::FOUND, "{}", checked.body);
    assert_eq!(
        checked.location(),
        Some(
            format!("/courses/quiz-course/quizzes/qi/attempts/{attempt}#question-plan-week")
                .as_str()
        )
    );
    let page = app
        .call("attempt", &[("attempt_id", &attempt)], Some(&cookie))
        .await;
    let json = page.json();
    let first = &json["items"][0]["checked"];
    assert_eq!(first["credit"], 0);
    assert_eq!(first["right_answer"], "Innen fire uker");
    assert_eq!(first["feedback"][0], "HEMMELIG-TILBAKEMELDING");
    // The other items are still unchecked and carry no key; their answers were saved on the way.
    assert!(json["items"][1]["checked"].is_null());
    assert_eq!(json["saved"]["employer-days"], "16");
    assert!(!json["items"][2].to_string().contains("correct"));

    // The checked answer is locked: autosave, a second check and the submission cannot change it.
    app.call(
        "save_answers",
        &[("attempt_id", &attempt), ("a[plan-week]", "w4")],
        Some(&cookie),
    )
    .await;
    app.submit(
        "submit_attempt",
        &[
            ("attempt_id", &attempt),
            ("a[plan-week]", "w4"),
            ("check", "plan-week"),
        ],
        Some(&cookie),
    )
    .await;
    let right = right_answers(&attempt);
    app.submit("submit_attempt", &as_refs(&right), Some(&cookie))
        .await;
    let review = app
        .call("review", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert_eq!(review["items"][0]["given"], "Innen åtte uker");
    assert_eq!(review["items"][0]["credit"], 0);
    assert_eq!(review["items"][1]["credit"], 1000);
    assert_eq!(review["percent"], 66);
    assert_eq!(review["passed"], true);
}

#[tokio::test]
async fn answers_cannot_be_checked_in_a_quiz_without_immediate_feedback() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    let refused = app
        .call(
            "submit_attempt",
            &[
                ("attempt_id", &attempt),
                ("a[plan-week]", "w4"),
                ("check", "plan-week"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let page = app
        .call("attempt", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert!(page["items"][0]["checked"].is_null());
    assert!(!page.to_string().contains("HEMMELIG"));
}

#[tokio::test]
async fn an_answer_emptied_in_the_form_replaces_the_one_saved_before() {
    let (app, cookie) = with_quiz().await;
    let attempt = start(&app, &cookie).await;
    app.call(
        "save_answers",
        &[
            ("attempt_id", &attempt),
            ("a[employer-days]", "16"),
            ("a[plan-week]", "w4"),
        ],
        Some(&cookie),
    )
    .await;
    // The form shows both questions; the learner deletes the number. The radio answer, not sent
    // without its marker, stays.
    let saved = app
        .call(
            "save_answers",
            &[
                ("attempt_id", &attempt),
                ("a[_shown.employer-days]", "1"),
                ("a[employer-days]", ""),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let page = app
        .call("attempt", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert!(page["saved"]["employer-days"].is_null(), "{page}");
    assert_eq!(page["saved"]["plan-week"], "w4");

    // Submitting with the question emptied grades it as unanswered.
    app.submit(
        "submit_attempt",
        &[("attempt_id", &attempt), ("a[_shown.plan-week]", "1")],
        Some(&cookie),
    )
    .await;
    let review = app
        .call("review", &[("attempt_id", &attempt)], Some(&cookie))
        .await
        .json();
    assert!(review["items"][0]["given"].is_null(), "{review}");
    assert_eq!(review["percent"], 0);
}
