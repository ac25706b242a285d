//! Case simulations over HTTP: a run from start to ending and debrief, every decision recorded once
//! with the state before and after, conditions enforced on the server, runs private and kept.

use crate::common::{write, TestApp};
use http::StatusCode;

const COURSE: &str = r#"
id = "case-course"
required_languages = ["nb", "en"]
default_language = "nb"
modules = ["m"]
[title]
nb = "Testkurs"
en = "Test course"
"#;

const CASE: &str = r#"
id = "c"
jurisdiction = "NO"
start_date = "2026-02-02"
start_day = 3
start = "call"
minutes = 10
title = { nb = "Planen", en = "The plan" }
summary = { nb = "Et oppdiktet case.", en = "A fictional case." }
names = { employee = "Ola" }

[[variables]]
id = "trust"
initial = 50
min = 0
max = 100
shown = true
label = { nb = "Tillit", en = "Trust" }

[[variables]]
id = "plan_made"
initial = false

[[documents]]
id = "note"
title = { nb = "Sykmelding", en = "Sick note" }
body = { nb = "100 % i fire uker.", en = "100 % for four weeks." }

[[reactions]]
milestone = "follow-up-plan"
when = "!plan_made"
effects = ["trust -= 30"]
message = { nb = "FRISTEN-GIKK-UT", en = "DEADLINE-PASSED" }

[[nodes]]
id = "call"
actor = "employee"
documents = ["note"]
text = { nb = "Ola ringer.", en = "Ola calls." }

[[nodes.choices]]
id = "plan-now"
text = { nb = "Lag planen sammen nå", en = "Make the plan together now" }
next = "wait"
after_days = 4
effects = ["plan_made = true", "trust += 20"]
expert = true
why = { nb = "Planen skal være klar innen fire uker.", en = "The plan is due by week 4." }
sources = [{ title = "Arbeidsmiljøloven § 4-6 (3)", url = "https://lovdata.no/lov/2005-06-17-62/§4-6" }]

[[nodes.choices]]
id = "later"
text = { nb = "Vent og se", en = "Wait and see" }
next = "wait"
after_weeks = 4
why = { nb = "Å vente risikerer fristen.", en = "Waiting risks the deadline." }

[[nodes]]
id = "wait"
actor = "manager"
text = { nb = "Ukene går.", en = "Weeks pass." }

[[nodes.choices]]
id = "meet"
text = { nb = "Dialogmøte", en = "Dialogue meeting" }
next = "meeting"
after_weeks = 2
expert = true
why = { nb = "Møtet skal holdes innen sju uker.", en = "Meeting 1 is due by week 7." }

[[nodes.choices]]
id = "bonus"
when = "trust >= 70"
text = { nb = "Bare ved høy tillit", en = "Only with high trust" }
next = "full"
why = { nb = "Belønning.", en = "A reward." }

[[nodes]]
id = "meeting"
actor = "coordinator"
text = { nb = "Møtet.", en = "The meeting." }
routes = [
  { when = "plan_made", next = "full" },
  { next = "long" },
]

[[nodes]]
id = "full"
actor = "employee"
text = { nb = "Tilbake i full jobb.", en = "Back full time." }
ending = { outcome = "full_return", score = 100 }

[[nodes]]
id = "long"
actor = "employee"
text = { nb = "Langt fravær.", en = "Long absence." }
ending = { outcome = "long_term_absence", score = 20 }
"#;

async fn with_case() -> (TestApp, String) {
    let app = TestApp::start().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("case-course");
    write(&d, "course.toml", COURSE);
    write(
        &d,
        "m/module.toml",
        "id = \"m\"\ncases = [\"c\"]\n[title]\nnb = \"M\"\nen = \"M\"\n[[lessons]]\nid = \"l\"\nminutes = 5\n",
    );
    let lesson = "+++\ntitle = \"L\"\n+++\n\nTekst.\n";
    write(&d, "m/l.nb.md", lesson);
    write(&d, "m/l.en.md", lesson);
    write(&d, "m/c.case.toml", CASE);
    server::courses::publish_all(&app.state.db, &d)
        .await
        .expect("publish");
    let cookie = app
        .register("Kari Nordmann", "kari@example.org", "correct horse battery")
        .await;
    (app, cookie)
}

const START: [(&str, &str); 2] = [("course_id", "case-course"), ("case_id", "c")];

/// Starts (or resumes) a run and returns its id from the redirect.
async fn start(app: &TestApp, cookie: &str) -> String {
    let reply = app.submit("start_case", &START, Some(cookie)).await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    let location = reply.location().expect("a redirect").to_string();
    assert!(
        location.starts_with("/courses/case-course/cases/c/runs/"),
        "{location}"
    );
    location.rsplit('/').next().unwrap().to_string()
}

async fn decide(app: &TestApp, cookie: &str, run: &str, step: &str, choice: &str) -> StatusCode {
    app.submit(
        "decide",
        &[("run_id", run), ("step", step), ("choice", choice)],
        Some(cookie),
    )
    .await
    .status
}

async fn play(app: &TestApp, cookie: &str, run: &str) -> serde_json::Value {
    let reply = app.call("case_run", &[("run_id", run)], Some(cookie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json()
}

#[tokio::test]
async fn a_run_goes_from_the_first_situation_to_an_ending_and_its_debrief() {
    let (app, cookie) = with_case().await;
    let run = start(&app, &cookie).await;
    let p = play(&app, &cookie, &run).await;
    assert_eq!((p["day"].as_u64(), p["week"].as_u64()), (Some(3), Some(1)));
    assert_eq!(p["actor"], "employee");
    assert_eq!(p["actor_name"], "Ola");
    assert_eq!(p["documents"][0]["title"], "Sykmelding");
    let choices: Vec<_> = p["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(choices, ["plan-now", "later"]);
    // Nothing about the expert's choice or the reasoning shows before the end.
    assert!(!p.to_string().contains("Planen skal være klar"), "{p}");
    assert!(p["debrief"].as_array().unwrap().is_empty());

    // The server-rendered page shows the situation and the timeline without JavaScript.
    let page = app
        .get(
            &format!("/courses/case-course/cases/c/runs/{run}"),
            Some(&cookie),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "Ola ringer.",
        "Lag planen sammen nå",
        "Oppfølgingsplan innen fire uker",
        "Tillit",
    ] {
        assert!(page.body.contains(text), "{text} missing");
    }

    assert_eq!(
        decide(&app, &cookie, &run, "0", "plan-now").await,
        StatusCode::FOUND
    );
    let p = play(&app, &cookie, &run).await;
    assert_eq!(p["day"], 7);
    assert_eq!(p["vars"][0]["value"]["Number"]["value"], 70);
    // High trust opens the conditional choice.
    let choices: Vec<_> = p["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(choices, ["meet", "bonus"]);

    assert_eq!(
        decide(&app, &cookie, &run, "1", "meet").await,
        StatusCode::FOUND
    );
    let p = play(&app, &cookie, &run).await;
    assert_eq!(p["ending"]["outcome"], "full_return");
    assert_eq!(p["ending"]["score"], 100);
    assert_eq!(p["ending"]["week"], 3);
    assert_eq!(p["expert_ending"]["score"], 100);
    assert!(p["choices"].as_array().unwrap().is_empty());
    let debrief = p["debrief"].as_array().unwrap();
    assert_eq!(debrief.len(), 2);
    assert_eq!(
        debrief[0]["chosen"]["why"],
        "Planen skal være klar innen fire uker."
    );
    assert_eq!(
        debrief[0]["chosen"]["sources"][0]["title"],
        "Arbeidsmiljøloven § 4-6 (3)"
    );
    assert!(
        debrief[0]["expert"].is_null(),
        "the expert's choice was made"
    );

    // Every decision is recorded with who, which version, node, choice, state before and after.
    let rows = sqlx::query_as::<_, (i64, String, String, String, String)>(
        "SELECT d.step, d.node_id, d.choice_id, d.state_before, d.state_after
         FROM case_decisions d JOIN case_runs r ON r.id = d.run_id ORDER BY d.step",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0].1.as_str(), rows[0].2.as_str()),
        ("call", "plan-now")
    );
    let before: serde_json::Value = serde_json::from_str(&rows[0].3).unwrap();
    let after: serde_json::Value = serde_json::from_str(&rows[0].4).unwrap();
    assert_eq!(
        (
            before["vars"]["trust"].as_i64(),
            after["vars"]["trust"].as_i64()
        ),
        (Some(50), Some(70))
    );
    let (outcome, score): (Option<String>, Option<i64>) =
        sqlx::query_as("SELECT outcome, score FROM case_runs")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(
        (outcome.as_deref(), score),
        (Some("full_return"), Some(100))
    );

    // The programme shows the best score.
    let overview = app
        .call("programme", &[("course_id", "case-course")], Some(&cookie))
        .await
        .json();
    assert_eq!(overview["modules"][0]["cases"][0]["best_score"], 100);
}

#[tokio::test]
async fn a_poor_path_meets_the_milestone_reaction_and_the_debrief_shows_the_expert_choice() {
    let (app, cookie) = with_case().await;
    let run = start(&app, &cookie).await;
    assert_eq!(
        decide(&app, &cookie, &run, "0", "later").await,
        StatusCode::FOUND
    );
    let p = play(&app, &cookie, &run).await;
    // Day 3 + 28 = 31: the follow-up plan deadline (day 28) passed without a plan.
    assert_eq!(p["day"], 31);
    assert_eq!(p["vars"][0]["value"]["Number"]["value"], 20);
    let events = p["events"].as_array().unwrap();
    assert!(
        events
            .iter()
            .any(|e| e["text"] == "FRISTEN-GIKK-UT" && e["day"] == 28),
        "{events:?}"
    );
    let timeline = p["timeline"].as_array().unwrap();
    let plan = timeline.iter().find(|m| m["day"] == 28).unwrap();
    assert_eq!(plan["passed"], true);

    assert_eq!(
        decide(&app, &cookie, &run, "1", "meet").await,
        StatusCode::FOUND
    );
    let p = play(&app, &cookie, &run).await;
    assert_eq!(p["ending"]["outcome"], "long_term_absence");
    let first = &p["debrief"][0];
    assert_eq!(first["chosen"]["text"], "Vent og se");
    assert_eq!(first["expert"]["text"], "Lag planen sammen nå");
    assert_eq!(p["expert_ending"]["outcome"], "full_return");
}

#[tokio::test]
async fn a_decision_posted_twice_counts_once_and_a_stale_post_changes_nothing() {
    let (app, cookie) = with_case().await;
    let run = start(&app, &cookie).await;
    assert_eq!(
        decide(&app, &cookie, &run, "0", "plan-now").await,
        StatusCode::FOUND
    );
    // The same form again (a double click) and an old form with another choice: no change.
    assert_eq!(
        decide(&app, &cookie, &run, "0", "plan-now").await,
        StatusCode::FOUND
    );
    assert_eq!(
        decide(&app, &cookie, &run, "0", "later").await,
        StatusCode::FOUND
    );
    assert_eq!(app.count("case_decisions").await, 1);
    let p = play(&app, &cookie, &run).await;
    assert_eq!((p["step"].as_u64(), p["day"].as_u64()), (Some(1), Some(7)));
}

#[tokio::test]
async fn choices_the_case_does_not_offer_are_refused_and_change_nothing() {
    let (app, cookie) = with_case().await;
    let run = start(&app, &cookie).await;
    decide(&app, &cookie, &run, "0", "later").await;
    // Trust is 20: the conditional choice is not offered, even when posted by hand.
    let refused = app
        .call(
            "decide",
            &[("run_id", &run), ("step", "1"), ("choice", "bonus")],
            Some(&cookie),
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    let unknown = app
        .call(
            "decide",
            &[("run_id", &run), ("step", "1"), ("choice", "fly-away")],
            Some(&cookie),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST, "{}", unknown.body);
    let huge = "x".repeat(10_000);
    let too_long = app
        .call(
            "decide",
            &[("run_id", &run), ("step", "1"), ("choice", &huge)],
            Some(&cookie),
        )
        .await;
    assert_eq!(too_long.status, StatusCode::BAD_REQUEST);
    let malformed = app
        .call(
            "decide",
            &[("run_id", &run), ("step", "minus one"), ("choice", "meet")],
            Some(&cookie),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("case_decisions").await, 1);
    assert_eq!(play(&app, &cookie, &run).await["step"], 1);
}

#[tokio::test]
async fn runs_are_private_resumable_and_kept_when_replayed() {
    let (app, cookie) = with_case().await;
    let anonymous = app.call("start_case", &START, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let run = start(&app, &cookie).await;
    // Starting again resumes the unfinished run.
    assert_eq!(start(&app, &cookie).await, run);
    decide(&app, &cookie, &run, "0", "plan-now").await;

    let other = app
        .register("Per Hansen", "per@example.org", "another horse battery")
        .await;
    let theirs = app
        .call("case_run", &[("run_id", &run)], Some(&other))
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let meddle = app
        .call(
            "decide",
            &[("run_id", &run), ("step", "1"), ("choice", "meet")],
            Some(&other),
        )
        .await;
    assert_eq!(meddle.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("case_decisions").await, 1);

    decide(&app, &cookie, &run, "1", "meet").await;
    // After the ending a new start is a new run; the first is kept with its result.
    let second = start(&app, &cookie).await;
    assert_ne!(second, run);
    let overview = app.call("case", &START, Some(&cookie)).await.json();
    let runs = overview["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["ending"]["outcome"], "full_return");
    assert!(runs[1]["ending"].is_null());
    assert_eq!(
        overview["open_run"].as_i64().map(|i| i.to_string()),
        Some(second)
    );
}

#[tokio::test]
async fn a_published_case_cannot_be_changed() {
    let (app, _) = with_case().await;
    let changed = sqlx::query("UPDATE cases SET definition = '{}'")
        .execute(&app.db)
        .await;
    assert!(changed.is_err());
}

#[tokio::test]
async fn authors_see_path_analytics_and_learners_do_not() {
    let (app, cookie) = with_case().await;
    // Two finished runs (expert path and the poor one) and one that stopped at the first point.
    let run = start(&app, &cookie).await;
    decide(&app, &cookie, &run, "0", "plan-now").await;
    decide(&app, &cookie, &run, "1", "meet").await;
    let run = start(&app, &cookie).await;
    decide(&app, &cookie, &run, "0", "later").await;
    decide(&app, &cookie, &run, "1", "meet").await;
    start(&app, &cookie).await;

    let form = [("course_id", "case-course"), ("case_id", "c")];
    let denied = app.call("case_analytics", &form, Some(&cookie)).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);

    let author = app
        .register("Aud Forfatter", "aud@example.org", "a long author password")
        .await;
    sqlx::query("INSERT INTO user_roles (user_id, role, granted_at) SELECT id, 'author', 0 FROM users WHERE email = 'aud@example.org'")
        .execute(&app.db)
        .await
        .unwrap();
    let a = app.call("case_analytics", &form, Some(&author)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let a = a.json();
    assert_eq!(
        (a["runs"].as_u64(), a["finished"].as_u64()),
        (Some(3), Some(2))
    );
    let edge = |from: &str, choice: &str| {
        a["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["from"] == from && e["choice"] == choice)
            .map(|e| e["count"].as_u64())
    };
    assert_eq!(edge("call", "plan-now"), Some(Some(1)));
    assert_eq!(edge("call", "later"), Some(Some(1)));
    assert_eq!(edge("wait", "meet"), Some(Some(2)));
    assert_eq!(edge("wait", "bonus"), Some(Some(0)));
    let node = |id: &str| {
        a["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(node("full")["count"], 1);
    assert_eq!(node("long")["count"], 1);
    assert_eq!(node("call")["waiting"], 1);
    assert_eq!(
        (
            node("call")["depth"].as_u64(),
            node("wait")["depth"].as_u64()
        ),
        (Some(0), Some(1))
    );

    let page = app
        .get(
            "/author/courses/case-course/cases/c/analytics",
            Some(&author),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("class=\"case-graph\""),
        "the graph is drawn"
    );
    assert!(page.body.contains("data-node=\"wait\""), "with its nodes");
    assert!(page.body.contains("id=\"analytics-choices\""));
}
