//! Courses from files: checking, publishing as immutable versions, learners pinned to a version.

use crate::common::{workspace, TestApp};
use server::courses::{check, publish_all, PublishError};
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A writable copy of the bundled programme.
fn bundled_copy(dir: &Path) -> PathBuf {
    let course = dir.join("courses/rtw-coordinator");
    copy_dir(&workspace().join("courses/rtw-coordinator"), &course);
    course
}

const MODULE: &str = "01-rtw-and-the-coordinator";

#[test]
fn the_bundled_programme_passes_the_checker() {
    let courses = check(&workspace().join("courses")).unwrap_or_else(|problems| {
        panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(courses.iter().any(|c| c.id == "rtw-coordinator"));
}

#[test]
fn every_problem_is_reported_at_once_with_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let course = bundled_copy(dir.path());
    std::fs::remove_file(course.join(MODULE).join("the-actors.en.md")).unwrap();
    let module = course.join(MODULE).join("module.toml");
    let text = std::fs::read_to_string(&module).unwrap();
    std::fs::write(
        &module,
        text.replace("id = \"norwegian-timeline\"", "id = \"why-coordination\""),
    )
    .unwrap();
    let problems = check(&dir.path().join("courses")).expect_err("problems");
    let report = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(report.contains("the-actors.en.md"), "{report}");
    assert!(report.contains("why-coordination"), "{report}");
    assert!(problems.len() >= 2, "{report}");
}

#[test]
fn a_broken_renewal_rule_is_reported_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let course = bundled_copy(dir.path());
    let file = course.join("course.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let broken = text.replace(
        "window_months = 6\ncpd_hours = 12\nreminder_days = [90, 30, 7]",
        "window_months = 40\ncpd_hours = 0\nmodules = [\"no-such-module\"]\nreminder_days = [0]",
    );
    assert_ne!(
        broken, text,
        "the bundled renewal rule is where the test expects it"
    );
    std::fs::write(&file, broken).unwrap();
    let problems = check(&dir.path().join("courses")).expect_err("problems");
    let report = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for expected in [
        "certificate \"qualification\": renewal module \"no-such-module\" does not exist",
        "certificate \"qualification\": renewal window_months must be between 1 and validity_months (36)",
        "certificate \"qualification\": reminder day 0 is not between 1 and 366",
    ] {
        assert!(report.contains(expected), "{expected:?} missing from:\n{report}");
    }
    assert!(report.contains("course.toml"), "{report}");
}

#[tokio::test]
async fn publishing_is_idempotent_and_a_change_makes_a_new_version() {
    let app = TestApp::start().await;
    let dir = tempfile::tempdir().unwrap();
    let course = bundled_copy(dir.path());
    let root = dir.path().join("courses");

    let same = publish_all(&app.state.db, &root).await.unwrap();
    assert_eq!((same[0].version_no, same[0].created), (1, false));

    let cookie = app
        .register("Ola Nordmann", "ola@example.org", "correct horse battery")
        .await;
    let before = app
        .call(
            "programme",
            &[("course_id", "rtw-coordinator")],
            Some(&cookie),
        )
        .await
        .json();
    assert_eq!(before["version_no"], 1);

    let lesson = course.join(MODULE).join("why-coordination.nb.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, format!("{text}\n\nEt nytt avsnitt i versjon 2.\n")).unwrap();
    let changed = publish_all(&app.state.db, &root).await.unwrap();
    assert_eq!((changed[0].version_no, changed[0].created), (2, true));
    assert_eq!(app.count("course_versions").await, 2);

    // Enrolled learners stay on the version they started; newcomers get the new one.
    let after = app
        .call(
            "programme",
            &[("course_id", "rtw-coordinator")],
            Some(&cookie),
        )
        .await
        .json();
    assert_eq!(after["version_no"], 1);
    let newcomer = app
        .register("Kari Nordmann", "kari@example.org", "correct horse battery")
        .await;
    let fresh = app
        .call(
            "programme",
            &[("course_id", "rtw-coordinator")],
            Some(&newcomer),
        )
        .await
        .json();
    assert_eq!(fresh["version_no"], 2);
}

#[tokio::test]
async fn a_published_version_cannot_be_changed_or_deleted() {
    let app = TestApp::start().await;
    let update = sqlx::query("UPDATE course_versions SET manifest = '{}'")
        .execute(&app.db)
        .await;
    assert!(update.is_err(), "updating a published version must fail");
    let delete = sqlx::query("DELETE FROM lessons").execute(&app.db).await;
    assert!(delete.is_err(), "deleting published lessons must fail");
    assert!(app.count("lessons").await >= 3);
}

#[tokio::test]
async fn a_broken_course_publishes_nothing() {
    let app = TestApp::start().await;
    let dir = tempfile::tempdir().unwrap();
    let course = bundled_copy(dir.path());
    std::fs::write(
        course.join(MODULE).join("the-actors.nb.md"),
        "no front matter",
    )
    .unwrap();
    let lesson = course.join(MODULE).join("why-coordination.nb.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, format!("{text}\nchanged\n")).unwrap();
    let err = publish_all(&app.state.db, &dir.path().join("courses"))
        .await
        .expect_err("refused");
    assert!(matches!(err, PublishError::Invalid(_)));
    assert_eq!(app.count("course_versions").await, 1);
}

#[tokio::test]
async fn script_in_lesson_markdown_never_reaches_the_page() {
    let app = TestApp::start().await;
    let dir = tempfile::tempdir().unwrap();
    let course = bundled_copy(dir.path());
    let lesson = course.join(MODULE).join("why-coordination.nb.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    // The checker refuses a Markdown link to `javascript:` outright.
    let links = "[klikk](javascript:alert(1)) [data](data:text/html,x) <javascript:alert(2)> ![b](javascript:alert(3))";
    std::fs::write(&lesson, format!("{text}\n\n{links}\n")).unwrap();
    let refused = publish_all(&app.state.db, &dir.path().join("courses"))
        .await
        .expect_err("refused");
    let PublishError::Invalid(problems) = &refused else {
        panic!("{refused:?}")
    };
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "javascript:alert(2)",
        "javascript:alert(3)",
    ] {
        assert!(
            messages.iter().any(|m| m.contains(bad)),
            "{bad}: {messages:?}"
        );
    }
    // Raw HTML is not checked: the sanitiser removes what would run.
    std::fs::write(
        &lesson,
        format!(
            "{text}\n\n<script>alert('x')</script>\n\n<img src=x onerror=\"alert(1)\">\n\n<a href=\"javascript:alert(2)\">klikk</a>\n"
        ),
    )
    .unwrap();
    publish_all(&app.state.db, &dir.path().join("courses"))
        .await
        .unwrap();
    let cookie = app
        .register("Ola Nordmann", "ola@example.org", "correct horse battery")
        .await;
    let page = app
        .get(
            "/courses/rtw-coordinator/lessons/why-coordination",
            Some(&cookie),
        )
        .await;
    assert_eq!(page.status, 200);
    let article = page
        .body
        .split("<article")
        .nth(1)
        .expect("the lesson article");
    assert!(!article.contains("alert("), "{article}");
    assert!(!article.contains("onerror"), "{article}");
}

/// The checker, run as authors run it, on a deliberately broken case: every problem, with file
/// and line, and a failing exit status.
#[test]
fn the_checker_reports_every_problem_of_a_broken_case_fixture() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["courses", "check"])
        .arg(workspace().join("server/tests/fixtures"))
        .output()
        .expect("run the checker");
    assert!(!out.status.success());
    let report = String::from_utf8_lossy(&out.stderr);
    let file = "broken-case/m/broken.case.toml";
    for expected in [
        format!("{file}:20: node \"first\": next = \"missing\" is not a node"),
        format!("{file}:20: node \"first\": choice \"nowhere\": `plan_sent` is not a declared variable"),
        format!("{file}:51: node \"orphan\": score 150 is above 100"),
        format!("{file}: reaction 1 (week-5): milestone \"week-5\" is not in the rule pack"),
        format!("{file}:51: node \"orphan\": the node cannot be reached from the start"),
        format!("{file}:20: node \"first\": no ending can be reached from this node, so a learner would never finish"),
        format!("{file}:39: node \"loop\": no ending can be reached from this node, so a learner would never finish"),
    ] {
        assert!(report.contains(&expected), "missing: {expected}\n{report}");
    }
    assert!(report.contains("7 problem(s)"), "{report}");
}

/// Each fixture under `server/tests/broken-courses` is the valid course in `base` with a few
/// files replaced by its own; the checker must report exactly the problems its `expected.txt`
/// lists (each with its file, line and what to do), no more and no fewer.
#[test]
fn each_broken_fixture_reports_exactly_its_expected_problems() {
    let root = workspace().join("server/tests/broken-courses");
    let base = root.join("base");
    check(&base).expect("the base every fixture starts from is valid");
    let mut names: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "base")
        .collect();
    names.sort();
    assert!(names.len() >= 9, "{names:?}");
    for name in names {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&base, dir.path());
        copy_dir(
            &root.join(&name).join("fixture"),
            &dir.path().join("fixture"),
        );
        let problems = check(dir.path()).expect_err(&name);
        let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let expected = std::fs::read_to_string(root.join(&name).join("expected.txt")).unwrap();
        assert_eq!(report.join("\n"), expected.trim_end(), "fixture {name}");
    }
}

/// Each bundled case can be played to an ending on the expert's path, and other paths lead to
/// other outcomes: the choices matter.
#[test]
fn every_bundled_case_ends_well_on_the_expert_path_and_differently_off_it() {
    use app::domain::case::{engine, packs};
    let courses = check(&workspace().join("courses")).expect("the bundled programme checks");
    let cases: Vec<_> = courses
        .iter()
        .flat_map(|c| c.modules.iter().flat_map(|m| m.cases.iter()))
        .collect();
    assert!(cases.len() >= 2, "at least two bundled cases");
    for case in cases {
        let pack = packs::in_force(case.jurisdiction, &case.start_date).expect("rules in force");
        let (path, end) = engine::expert_path(case, pack).expect("the expert path ends");
        let best = end.ending.expect("an ending");
        assert!(
            best.score >= 80,
            "{}: the expert path scores {}",
            case.id,
            best.score
        );
        assert!(
            path.len() >= 5,
            "{}: only {} decisions on the expert path",
            case.id,
            path.len()
        );
        // Always taking the last offered choice: a different, worse ending.
        let mut state = engine::start(case).unwrap();
        while state.ending.is_none() {
            let last = engine::offered(case, &state)
                .last()
                .expect("a choice")
                .id
                .clone();
            state = engine::choose(case, pack, &state, &last).unwrap();
            assert!(state.step < 200, "{}: the run does not end", case.id);
        }
        let other = state.ending.unwrap();
        assert!(
            other.score < best.score,
            "{}: another path scores as well as the expert's",
            case.id
        );
    }
}
