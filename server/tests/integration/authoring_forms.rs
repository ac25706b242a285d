//! Authoring in forms, review settings and comparing versions: structured files (quizzes, item
//! banks, cases) edited field by field, a course that lets one author publish alone, and the
//! changes between two published versions.

use crate::authoring::{authors, Authors, COURSE, LESSON_FILE, PASSWORD};
use crate::common::{serde_urlencoded, Reply, TestApp, HOST};
use serde_json::Value;

const QUIZ_FILE: &str = "01-rtw-and-the-coordinator/module-1-quiz.quiz.toml";
const ITEMS_FILE: &str = "items/01-rtw-and-the-coordinator.toml";

/// Posts the form of a structured file as the browser does (a plain form post).
async fn post_form(app: &TestApp, draft: &str, pairs: &[(&str, &str)], cookie: &str) -> Reply {
    use axum::body::Body;
    use http::{header, Method, Request};
    let req = Request::builder()
        .method(Method::POST)
        .uri(format!("/author/drafts/{draft}/form"))
        .header(header::HOST, HOST)
        .header(header::ORIGIN, format!("http://{HOST}"))
        .header(header::ACCEPT, "text/html")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(serde_urlencoded(pairs)))
        .expect("request");
    app.send(req).await
}

/// A file as the editor gets it: its form's fields (path → value) and its digest.
async fn form(a: &Authors, draft: &str, path: &str) -> (Vec<(String, String)>, String, Value) {
    let view = a
        .app
        .call(
            "get_draft_file",
            &[("id", draft), ("path", path)],
            Some(&a.aud),
        )
        .await
        .json();
    let parts = view["form"]
        .as_array()
        .expect("a structured file has a form");
    let fields = parts
        .iter()
        .filter_map(|p| p.get("Group"))
        .flat_map(|g| g["fields"].as_array().expect("fields").iter())
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_string(),
                f["value"].as_str().expect("value").to_string(),
            )
        })
        .collect();
    let digest = view["digest"].as_str().expect("digest").to_string();
    (fields, digest, view)
}

/// Every field as the form shows it, with `changes` made, plus the form's own fields.
fn posted<'a>(
    fields: &'a [(String, String)],
    changes: &'a [(&'a str, &'a str)],
    path: &'a str,
    base: &'a str,
    action: &'a str,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![
        ("path".into(), path.into()),
        ("base".into(), base.into()),
        ("action".into(), action.into()),
    ];
    for (p, v) in fields {
        let v = changes
            .iter()
            .find(|(c, _)| c == p)
            .map_or(v.as_str(), |(_, new)| new);
        out.push((format!("f:{p}"), v.to_string()));
    }
    out
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[tokio::test]
async fn a_quiz_is_edited_in_its_form_and_only_the_changed_values_are_written() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let before = a.file(&draft, QUIZ_FILE, &a.aud).await;
    let (fields, digest, _) = form(&a, &draft, QUIZ_FILE).await;
    let value = |p: &str| fields.iter().find(|(f, _)| f == p).map(|(_, v)| v.as_str());
    assert_eq!(value("pass_mark"), Some("80"));
    assert_eq!(
        value("title/en"),
        Some("Quiz: module 1 – Return to work and the coordinator's role")
    );
    assert_eq!(value("items").map(|v| v.lines().count()), Some(10));

    let body = posted(
        &fields,
        &[
            ("pass_mark", "70"),
            ("title/en", "Quiz: module 1 (revised)"),
        ],
        QUIZ_FILE,
        &digest,
        "save",
    );
    let reply = post_form(&a.app, &draft, &pairs(&body), &a.aud).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let location = reply.location().expect("back to the editor");
    assert!(
        location.starts_with(&format!("/author/drafts/{draft}/edit?path="))
            && location.contains("&saved="),
        "{location}"
    );

    let after = a.file(&draft, QUIZ_FILE, &a.aud).await;
    assert!(after.contains("\npass_mark = 70\n"), "{after}");
    assert!(
        after.contains("en = \"Quiz: module 1 (revised)\""),
        "{after}"
    );
    assert!(
        after.starts_with("# End-of-module quiz, module 1."),
        "comments stay"
    );
    // Exactly the two changed lines differ.
    let changed: Vec<_> = before
        .lines()
        .zip(after.lines())
        .filter(|(b, a)| b != a)
        .collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    assert_eq!(before.lines().count(), after.lines().count());
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["problems"].as_array().map(Vec::len), Some(0), "{view}");
    assert_eq!(view["diffs"][0]["path"], QUIZ_FILE);
}

#[tokio::test]
async fn a_form_adds_an_option_the_validator_asks_for_its_texts_and_removing_it_restores_the_file()
{
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let original = a.file(&draft, ITEMS_FILE, &a.aud).await;
    let (fields, digest, view) = form(&a, &draft, ITEMS_FILE).await;
    let options = view["form"]
        .as_array()
        .expect("form")
        .iter()
        .filter_map(|p| p.get("Group"))
        .filter(|g| {
            g["path"]
                .as_str()
                .is_some_and(|p| p.starts_with("items/0/options/"))
        })
        .count();
    assert!(options >= 2, "{options}");

    let body = posted(&fields, &[], ITEMS_FILE, &digest, "add:items/0/options");
    let reply = post_form(&a.app, &draft, &pairs(&body), &a.aud).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let location = reply.location().expect("location");
    assert!(
        location.ends_with(&format!("#entry-items-0-options-{options}")),
        "the editor opens at the new option: {location}"
    );
    let problems = a.draft(&draft, &a.aud).await["problems"].clone();
    let problems = problems.as_array().expect("problems");
    assert!(!problems.is_empty(), "an empty option is reported");
    assert!(
        problems.iter().all(|p| p["file"] == ITEMS_FILE),
        "{problems:?}"
    );

    let (fields, digest, _) = form(&a, &draft, ITEMS_FILE).await;
    let remove = format!("remove:items/0/options/{options}");
    let body = posted(&fields, &[], ITEMS_FILE, &digest, &remove);
    let reply = post_form(&a.app, &draft, &pairs(&body), &a.aud).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(a.file(&draft, ITEMS_FILE, &a.aud).await, original);
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["problems"].as_array().map(Vec::len), Some(0), "{view}");
}

#[tokio::test]
async fn a_form_made_from_an_older_text_is_refused_and_writes_nothing() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let (fields, old_digest, _) = form(&a, &draft, QUIZ_FILE).await;
    // Bo saves the file as text in between.
    let text = a.file(&draft, QUIZ_FILE, &a.bo).await;
    let by_bo = text.replace("max_attempts = 3", "max_attempts = 5");
    assert_eq!(a.save(&draft, QUIZ_FILE, &by_bo, &a.bo).await, 200);

    let body = posted(
        &fields,
        &[("pass_mark", "60")],
        QUIZ_FILE,
        &old_digest,
        "save",
    );
    let reply = post_form(&a.app, &draft, &pairs(&body), &a.aud).await;
    assert_eq!(reply.status, 303);
    assert!(
        reply
            .location()
            .is_some_and(|l| l.ends_with("&form_error=author-error-stale")),
        "{:?}",
        reply.location()
    );
    let now = a.file(&draft, QUIZ_FILE, &a.aud).await;
    assert_eq!(
        now, by_bo,
        "Bo's save stands and Aud's old values were not written"
    );
    // The editor shows why.
    let page = a
        .app
        .get(
            &format!(
                "/author/drafts/{draft}/edit?path={}&form_error=author-error-stale",
                app::pages::urlencode(QUIZ_FILE)
            ),
            Some(&a.aud),
        )
        .await;
    assert!(
        page.body.contains("id=\"form-error\"")
            && page
                .body
                .contains("lagret av noen andre etter at du åpnet den"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn a_value_that_does_not_fit_comes_back_named_and_the_rest_is_saved() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let (fields, digest, _) = form(&a, &draft, QUIZ_FILE).await;
    let body = posted(
        &fields,
        &[("pass_mark", "åtti"), ("max_attempts", "4")],
        QUIZ_FILE,
        &digest,
        "save",
    );
    let reply = post_form(&a.app, &draft, &pairs(&body), &a.aud).await;
    assert_eq!(reply.status, 303);
    let location = reply.location().expect("location");
    assert!(location.contains("&invalid=pass_mark"), "{location}");
    let text = a.file(&draft, QUIZ_FILE, &a.aud).await;
    assert!(text.contains("\nmax_attempts = 4\n"), "{text}");
    assert!(text.contains("\npass_mark = 80\n"), "{text}");
}

#[tokio::test]
async fn learners_cannot_post_a_form_and_signed_out_visitors_are_sent_to_sign_in() {
    let a = authors().await;
    let learner = a
        .app
        .register("Lea Learner", "lea@example.org", PASSWORD)
        .await;
    let draft = a.start_draft(&a.aud).await;
    let before = a.file(&draft, QUIZ_FILE, &a.aud).await;
    let (fields, digest, _) = form(&a, &draft, QUIZ_FILE).await;
    let body = posted(&fields, &[("pass_mark", "10")], QUIZ_FILE, &digest, "save");
    let refused = post_form(&a.app, &draft, &pairs(&body), &learner).await;
    assert_eq!(refused.status, 403);
    let anonymous = post_form(&a.app, &draft, &pairs(&body), "").await;
    assert_eq!(anonymous.status, 303);
    assert!(anonymous
        .location()
        .is_some_and(|l| l.starts_with("/sign-in")));
    assert_eq!(a.file(&draft, QUIZ_FILE, &a.aud).await, before);
}

/// Aud changes the programme's course.toml so that one author may publish alone; Bo approves
/// that (the version it started from still asks for four eyes). Returns the new version's number.
async fn waive_second_author(a: &Authors) -> i64 {
    let draft = a.start_draft(&a.aud).await;
    let course = a.file(&draft, "course.toml", &a.aud).await;
    let waived = format!("{course}\n[publishing]\nsecond_author = false\n");
    assert_eq!(a.save(&draft, "course.toml", &waived, &a.aud).await, 200);
    let submitted = a.submit(&draft, &a.aud).await;
    assert!(submitted.status.is_success(), "{}", submitted.body);
    let own = a.approve(&draft, &a.aud).await;
    assert_eq!(
        own.status, 422,
        "the waiver is not in force before it is published"
    );
    let approved = a.approve(&draft, &a.bo).await;
    assert!(approved.status.is_success(), "{}", approved.body);
    approved.json().as_i64().expect("version")
}

#[tokio::test]
async fn a_course_that_waives_the_second_author_lets_one_author_publish_alone() {
    let a = authors().await;
    assert_eq!(waive_second_author(&a).await, 2);

    let draft = a.start_draft(&a.aud).await;
    let text = a.file(&draft, LESSON_FILE, &a.aud).await;
    let edited = format!("{text}\nEn rettelse.\n");
    assert_eq!(a.save(&draft, LESSON_FILE, &edited, &a.aud).await, 200);
    let submitted = a.submit(&draft, &a.aud).await;
    assert!(submitted.status.is_success(), "{}", submitted.body);
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["review_waived"], true, "{view}");
    assert_eq!(view["can_review"], true);
    assert_eq!(view["needs_other_reviewer"], false);
    let approved = a.approve(&draft, &a.aud).await;
    assert!(approved.status.is_success(), "{}", approved.body);
    assert_eq!(approved.json(), 3);
}

#[tokio::test]
async fn a_draft_that_turns_four_eyes_back_on_needs_a_second_author_itself() {
    let a = authors().await;
    waive_second_author(&a).await;
    let draft = a.start_draft(&a.aud).await;
    let course = a.file(&draft, "course.toml", &a.aud).await;
    let back_on = course.replace("second_author = false", "second_author = true");
    assert_ne!(back_on, course);
    assert_eq!(a.save(&draft, "course.toml", &back_on, &a.aud).await, 200);
    a.submit(&draft, &a.aud).await;
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["review_waived"], false, "{view}");
    let own = a.approve(&draft, &a.aud).await;
    assert_eq!(own.status, 422);
    assert!(own.body.contains("author-error-four-eyes"), "{}", own.body);
    assert_eq!(a.state(&draft).await, "in_review");
}

#[tokio::test]
async fn authors_see_what_changed_between_two_published_versions() {
    let a = authors().await;
    waive_second_author(&a).await;
    let draft = a.start_draft(&a.aud).await;
    let text = a.file(&draft, LESSON_FILE, &a.aud).await;
    let edited = format!("{text}\nEt avsnitt i versjon tre.\n");
    a.save(&draft, LESSON_FILE, &edited, &a.aud).await;
    a.submit(&draft, &a.aud).await;
    let approved = a.approve(&draft, &a.aud).await;
    assert_eq!(approved.json(), 3);

    // By default: the newest version against the one before it.
    let newest = a
        .app
        .call("get_version_changes", &[("course_id", COURSE)], Some(&a.bo))
        .await
        .json();
    assert_eq!(
        (newest["from"].as_i64(), newest["to"].as_i64()),
        (Some(2), Some(3))
    );
    assert_eq!(newest["versions"], serde_json::json!([3, 2, 1]));
    let paths: Vec<&str> = newest["diffs"]
        .as_array()
        .expect("diffs")
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    assert_eq!(paths, [LESSON_FILE]);

    // From 1 to 3: both changes.
    let page = a
        .app
        .get(
            "/author/courses/rtw-coordinator/changes?from=1&to=3",
            Some(&a.bo),
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Et avsnitt i versjon tre."),
        "{}",
        page.body
    );
    assert!(page.body.contains("second_author = false"));
    assert!(page.body.contains("data-path=\"course.toml\""));

    let unknown = a
        .app
        .call(
            "get_version_changes",
            &[("course_id", COURSE), ("from", "1"), ("to", "9")],
            Some(&a.bo),
        )
        .await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn quizzes_item_banks_and_cases_in_a_draft_are_previewed_as_a_learner_sees_them() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let file = |path: &'static str| {
        let a = &a;
        let draft = draft.clone();
        async move {
            a.app
                .call(
                    "get_draft_file",
                    &[("id", &draft), ("path", path)],
                    Some(&a.aud),
                )
                .await
                .json()
        }
    };
    let quiz = file(QUIZ_FILE).await;
    let items = quiz["preview"]["Quiz"]["items"]
        .as_array()
        .expect("quiz preview");
    assert_eq!(items.len(), 10);
    assert_eq!(items[0]["id"], "m01-what-a-coordinator-does");
    assert_eq!(
        items[0]["prompt"],
        "Hva gjør en koordinator for tilbakeføring til arbeid? Velg alle som passer."
    );
    let bank = file(ITEMS_FILE).await;
    assert!(
        bank["preview"]["Quiz"]["items"]
            .as_array()
            .is_some_and(|i| i.len() >= 10),
        "{}",
        bank["preview"]
    );
    let case = file("05-communication-and-coaching/noah-customer-service.case.toml").await;
    let case = &case["preview"]["Case"];
    assert_eq!(case["start"], "first-session");
    let first = &case["nodes"][0];
    assert_eq!(first["id"], "first-session");
    assert_eq!(first["actor_name"], "Noah Karlsson");
    assert_eq!(first["choices"][0]["next"], "contact-with-work");
    assert_eq!(first["choices"][0]["expert"], true);
    let nodes: Vec<&str> = case["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    assert!(
        nodes.contains(&"contact-with-work"),
        "every choice leads to a node shown"
    );

    // The editor page shows the questions as the attempt page does.
    let page = a
        .app
        .get(
            &format!(
                "/author/drafts/{draft}/edit?path={}",
                app::pages::urlencode(QUIZ_FILE)
            ),
            Some(&a.aud),
        )
        .await;
    assert!(page.body.contains("id=\"learner-preview\""));
    assert!(
        page.body
            .contains("id=\"q-m01-what-a-coordinator-does-prompt\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("id=\"structured-form\""));

    // A draft with problems has no preview (nothing a learner could be shown).
    let broken = a.file(&draft, LESSON_FILE, &a.aud).await;
    a.save(&draft, LESSON_FILE, &broken.replacen("+++", "", 1), &a.aud)
        .await;
    assert!(file(QUIZ_FILE).await["preview"].is_null());
}
