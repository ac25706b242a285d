//! The first learner journey over HTTP: overview, lesson, completion, progress, resume.

use crate::common::{workspace, TestApp};
use app::domain::content::Course;
use http::StatusCode;

const COURSE: &str = "rtw-coordinator";

async fn overview(app: &TestApp, cookie: &str) -> serde_json::Value {
    programme(app, COURSE, cookie).await
}

/// The learner's overview of `course`, as the programme page reads it.
pub(crate) async fn programme(app: &TestApp, course: &str, cookie: &str) -> serde_json::Value {
    let reply = app
        .call("programme", &[("course_id", course)], Some(cookie))
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json()
}

/// The bundled programme as its files define it: what the pages must show.
fn bundled() -> Course {
    server::courses::check(&workspace().join("courses"))
        .expect("the bundled courses are valid")
        .into_iter()
        .find(|c| c.id == COURSE)
        .expect("the bundled programme")
}

fn lesson_ids(course: &Course) -> Vec<String> {
    course
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(|l| l.id.clone()))
        .collect()
}

#[tokio::test]
async fn the_overview_lists_modules_in_order_with_time_and_progress() {
    let course = bundled();
    let app = TestApp::start().await;
    let cookie = app
        .register("Ola Nordmann", "ola@example.org", "correct horse battery")
        .await;
    let o = overview(&app, &cookie).await;
    assert_eq!(o["done"], 0);
    assert_eq!(o["percent"], 0);
    assert_eq!(o["started"], false);
    let total = lesson_ids(&course).len();
    assert_eq!(o["total"], total);
    let modules = o["modules"].as_array().unwrap();
    assert_eq!(modules.len(), course.modules.len());
    for (shown, module) in modules.iter().zip(&course.modules) {
        assert_eq!(shown["id"], module.id.as_str());
        let lessons: Vec<&str> = shown["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = module.lessons.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(lessons, expected);
        let minutes: u32 = module.lessons.iter().map(|l| l.minutes).sum();
        assert_eq!(shown["minutes"], minutes);
    }
    assert_eq!(o["resume"]["id"], lesson_ids(&course)[0].as_str());

    // The page itself, server-rendered in the learner's language.
    let page = app.get(&format!("/courses/{COURSE}"), Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<html lang=\"nb\""),
        "{}",
        &page.body[..200.min(page.body.len())]
    );
    assert!(page
        .body
        .contains("Tilbakeføring til arbeid og koordinatorrollen"));
    assert!(
        page.body.contains(&format!("0 av {total}")),
        "progress text missing"
    );
}

#[tokio::test]
async fn completing_a_lesson_updates_progress_and_the_resume_point() {
    let ids = lesson_ids(&bundled());
    let app = TestApp::start().await;
    let cookie = app
        .register("Ola Nordmann", "ola@example.org", "correct horse battery")
        .await;
    let page = app
        .get(
            &format!("/courses/{COURSE}/lessons/why-coordination"),
            Some(&cookie),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<h2"),
        "lesson Markdown headings are rendered below the page h1"
    );

    let done = app
        .submit(
            "complete_lesson",
            &[("course_id", COURSE), ("lesson_id", "why-coordination")],
            Some(&cookie),
        )
        .await;
    assert!(
        done.status.is_redirection() || done.status.is_success(),
        "{}",
        done.status
    );
    // Twice is the same as once.
    app.call(
        "complete_lesson",
        &[("course_id", COURSE), ("lesson_id", "why-coordination")],
        Some(&cookie),
    )
    .await;
    assert_eq!(app.count("lesson_completions").await, 1);

    let o = overview(&app, &cookie).await;
    assert_eq!(o["done"], 1);
    assert_eq!(o["percent"], 100 / ids.len());
    assert_eq!(o["started"], true);
    assert_eq!(o["resume"]["id"], ids[1].as_str());
    assert_eq!(o["modules"][0]["lessons"][0]["completed"], true);
}

#[tokio::test]
async fn the_learner_resumes_at_the_last_lesson_opened_after_signing_in_again() {
    let app = TestApp::start().await;
    let cookie = app
        .register("Ola Nordmann", "ola@example.org", "correct horse battery")
        .await;
    app.get(
        &format!("/courses/{COURSE}/lessons/norwegian-timeline"),
        Some(&cookie),
    )
    .await;
    app.call("sign_out", &[], Some(&cookie)).await;
    let again = app
        .call(
            "sign_in",
            &[
                ("email", "ola@example.org"),
                ("password", "correct horse battery"),
            ],
            None,
        )
        .await
        .session_cookie()
        .unwrap();
    let o = overview(&app, &again).await;
    assert_eq!(o["resume"]["id"], "norwegian-timeline");
}

#[tokio::test]
async fn an_unknown_lesson_is_a_404_page_and_changes_nothing() {
    let app = TestApp::start().await;
    let cookie = app
        .register("Ola Nordmann", "ola@example.org", "correct horse battery")
        .await;
    let page = app
        .get(
            &format!("/courses/{COURSE}/lessons/no-such-lesson"),
            Some(&cookie),
        )
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(
        page.body.contains("Fant ikke leksjonen") || page.body.contains("lesson-not-found"),
        "a clear message: {}",
        page.body
    );

    let complete = app
        .call(
            "complete_lesson",
            &[("course_id", COURSE), ("lesson_id", "no-such-lesson")],
            Some(&cookie),
        )
        .await;
    assert_eq!(complete.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("lesson_completions").await, 0);

    let course = app.get("/courses/no-such-course", Some(&cookie)).await;
    assert_eq!(course.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_for_learners_send_visitors_to_sign_in_and_back() {
    let app = TestApp::start().await;
    let page = app
        .get(&format!("/courses/{COURSE}/lessons/the-actors"), None)
        .await;
    assert!(page.status.is_redirection(), "{}", page.status);
    assert_eq!(
        page.location(),
        Some("/sign-in?next=/courses/rtw-coordinator/lessons/the-actors")
    );
    let api = app
        .call(
            "complete_lesson",
            &[("course_id", COURSE), ("lesson_id", "the-actors")],
            None,
        )
        .await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
}
