//! Authoring in the browser: drafts started from a published version's files, checked as they
//! are edited, sent for review, and published only when a second author approves, in one
//! transaction.

use crate::common::{workspace, TestApp};

pub(crate) const PASSWORD: &str = "correct horse battery";
pub(crate) const COURSE: &str = "rtw-coordinator";
pub(crate) const LESSON_FILE: &str = "01-rtw-and-the-coordinator/why-coordination.nb.md";
pub(crate) const LESSON_PAGE: &str = "/courses/rtw-coordinator/lessons/why-coordination";

pub(crate) struct Authors {
    pub app: TestApp,
    pub aud: String,
    pub bo: String,
}

/// A server with two authors, Aud and Bo.
pub(crate) async fn authors() -> Authors {
    let app = TestApp::start().await;
    let (aud, bo) = two_authors(&app).await;
    Authors { app, aud, bo }
}

/// Aud and Bo registered on `app` and made authors: their session cookies.
pub(crate) async fn two_authors(app: &TestApp) -> (String, String) {
    let aud = app
        .register("Aud Author", "aud@example.org", PASSWORD)
        .await;
    let bo = app.register("Bo Author", "bo@example.org", PASSWORD).await;
    for email in ["aud@example.org", "bo@example.org"] {
        app::with_data!(app.state.db, |d, pool| {
            d::services::accounts::grant_author(pool, email).await
        })
        .expect("an author");
    }
    (aud, bo)
}

impl Authors {
    pub(crate) async fn start_draft(&self, cookie: &str) -> String {
        let reply = self
            .app
            .call("start_draft", &[("course_id", COURSE)], Some(cookie))
            .await;
        assert!(reply.status.is_success(), "{} {}", reply.status, reply.body);
        reply.json().as_i64().expect("the draft's id").to_string()
    }

    pub(crate) async fn file(&self, draft: &str, path: &str, cookie: &str) -> String {
        let reply = self
            .app
            .call(
                "get_draft_file",
                &[("id", draft), ("path", path)],
                Some(cookie),
            )
            .await;
        assert!(reply.status.is_success(), "{} {}", reply.status, reply.body);
        reply.json()["content"]
            .as_str()
            .expect("content")
            .to_string()
    }

    pub(crate) async fn save(&self, draft: &str, path: &str, content: &str, cookie: &str) -> u16 {
        self.app
            .call(
                "save_draft_file",
                &[("id", draft), ("path", path), ("content", content)],
                Some(cookie),
            )
            .await
            .status
            .as_u16()
    }

    pub(crate) async fn draft(&self, draft: &str, cookie: &str) -> serde_json::Value {
        let reply = self
            .app
            .call("get_draft", &[("id", draft)], Some(cookie))
            .await;
        assert!(reply.status.is_success(), "{} {}", reply.status, reply.body);
        reply.json()
    }

    /// Sends the draft for review, as `cookie`.
    pub(crate) async fn submit(&self, draft: &str, cookie: &str) -> crate::common::Reply {
        self.app
            .call("submit_draft", &[("id", draft)], Some(cookie))
            .await
    }

    /// Approves the draft, as `cookie`.
    pub(crate) async fn approve(&self, draft: &str, cookie: &str) -> crate::common::Reply {
        self.app
            .call("approve_draft", &[("id", draft)], Some(cookie))
            .await
    }

    /// Bo withdraws version `version_no` of the programme.
    async fn withdraw(&self, version_no: &str, reason: &str) -> crate::common::Reply {
        self.app
            .call(
                "withdraw_version",
                &[
                    ("course_id", COURSE),
                    ("version_no", version_no),
                    ("reason", reason),
                ],
                Some(&self.bo),
            )
            .await
    }

    pub(crate) async fn state(&self, draft: &str) -> String {
        sqlx::query_scalar::<_, String>("SELECT state FROM course_drafts WHERE id = $1")
            .bind(draft.parse::<i64>().expect("an id"))
            .fetch_one(&self.app.db)
            .await
            .expect("the draft")
    }
}

#[tokio::test]
async fn every_published_version_keeps_the_files_it_was_made_from() {
    let app = TestApp::start().await;
    let on_disk =
        app::domain::content::MemoryFiles::from_dir(&workspace().join("courses").join(COURSE))
            .expect("the bundled files");
    let kept: Vec<(String, String)> = sqlx::query_as(
        "SELECT path, content FROM course_version_files f JOIN course_versions v ON v.id = f.course_version_id
         WHERE v.course_id = $1 ORDER BY path",
    )
    .bind(COURSE)
    .fetch_all(&app.db)
    .await
    .expect("files");
    let expected: Vec<(String, String)> = on_disk
        .iter()
        .map(|(p, c)| (p.to_string(), c.to_string()))
        .collect();
    assert_eq!(kept.len(), expected.len());
    assert!(kept == expected, "the kept files differ from the folder");
}

#[tokio::test]
async fn an_edited_lesson_reaches_learners_only_after_a_second_author_approves_it() {
    let a = authors().await;
    let learner = a
        .app
        .register("Lea Learner", "lea@example.org", PASSWORD)
        .await;
    let draft = a.start_draft(&a.aud).await;

    // Aud edits a lesson (the browser sends CR LF line ends).
    let text = a.file(&draft, LESSON_FILE, &a.aud).await;
    let edited = format!("{text}\nEt nytt avsnitt om tidlig kontakt.\n").replace('\n', "\r\n");
    assert_eq!(a.save(&draft, LESSON_FILE, &edited, &a.aud).await, 200);
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["problems"].as_array().map(Vec::len), Some(0), "{view}");
    assert_eq!(view["diffs"][0]["path"], LESSON_FILE, "{view}");
    let diff = view["diffs"][0]["lines"].to_string();
    assert!(
        diff.contains(r#"{"Added":"Et nytt avsnitt om tidlig kontakt."}"#),
        "{diff}"
    );
    assert!(
        !diff.contains("\\r"),
        "line ends were not normalised: {diff}"
    );
    assert_eq!(view["editors"], serde_json::json!(["Aud Author"]));

    // Saved is not published: learners still read version 1.
    assert_eq!(a.app.count("course_versions").await, 1);
    let page = a.app.get(LESSON_PAGE, Some(&learner)).await;
    assert!(!page.body.contains("tidlig kontakt"));

    let submitted = a.submit(&draft, &a.aud).await;
    assert!(submitted.status.is_success(), "{}", submitted.body);
    assert_eq!(a.state(&draft).await, "in_review");

    // Four eyes: the author who changed it cannot approve it, and nothing is published.
    let own = a.approve(&draft, &a.aud).await;
    assert_eq!(own.status, 422);
    assert!(own.body.contains("author-error-four-eyes"), "{}", own.body);
    assert_eq!(a.app.count("course_versions").await, 1);
    assert_eq!(a.draft(&draft, &a.aud).await["needs_other_reviewer"], true);
    assert_eq!(a.draft(&draft, &a.bo).await["can_review"], true);

    let approved = a.approve(&draft, &a.bo).await;
    assert!(approved.status.is_success(), "{}", approved.body);
    assert_eq!(approved.json(), 2);
    assert_eq!(a.state(&draft).await, "published");
    // A learner who had started keeps version 1; one who starts now reads version 2.
    let page = a.app.get(LESSON_PAGE, Some(&learner)).await;
    assert!(
        !page.body.contains("tidlig kontakt"),
        "the started learner was moved"
    );
    let newcomer = a
        .app
        .register("Nils Ny", "nils@example.org", PASSWORD)
        .await;
    let page = a.app.get(LESSON_PAGE, Some(&newcomer)).await;
    assert!(
        page.body.contains("Et nytt avsnitt om tidlig kontakt."),
        "the newcomer sees version 1"
    );

    // The new version keeps the edited file, so the next draft starts from it.
    let next = a.start_draft(&a.bo).await;
    assert!(a
        .file(&next, LESSON_FILE, &a.bo)
        .await
        .contains("tidlig kontakt"));
    assert_eq!(a.draft(&next, &a.bo).await["base_version_no"], 2);
}

#[tokio::test]
async fn a_draft_with_problems_shows_them_in_place_and_cannot_be_sent_for_review() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    assert_eq!(
        a.save(&draft, LESSON_FILE, "Ingen forside her\n", &a.aud)
            .await,
        200
    );
    let view = a.draft(&draft, &a.aud).await;
    let problems = view["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 1, "{view}");
    assert_eq!(problems[0]["file"], LESSON_FILE);
    assert_eq!(problems[0]["line"], 1);
    assert_eq!(problems[0]["message"], "front matter is missing");
    assert_eq!(view["can_submit"], false);
    let file = a
        .app
        .call(
            "get_draft_file",
            &[("id", &draft), ("path", LESSON_FILE)],
            Some(&a.aud),
        )
        .await
        .json();
    assert_eq!(file["problems"][0]["message"], "front matter is missing");

    let refused = a.submit(&draft, &a.aud).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("author-error-has-problems"),
        "{}",
        refused.body
    );
    assert_eq!(a.state(&draft).await, "draft");
}

#[tokio::test]
async fn bad_paths_oversized_files_and_unchanged_drafts_are_refused_clearly() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    for path in ["../../etc/passwd", "/abs.md", "a b.md", ""] {
        let reply = a
            .app
            .call(
                "save_draft_file",
                &[("id", &draft), ("path", path), ("content", "x")],
                Some(&a.aud),
            )
            .await;
        assert_eq!(reply.status, 422, "{path}");
        assert!(
            reply.body.contains("author-error-path"),
            "{path}: {}",
            reply.body
        );
    }
    let huge = "x".repeat(200_001);
    let reply = a
        .app
        .call(
            "save_draft_file",
            &[("id", &draft), ("path", LESSON_FILE), ("content", &huge)],
            Some(&a.aud),
        )
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("author-error-too-long"));
    let unchanged = a.submit(&draft, &a.aud).await;
    assert_eq!(unchanged.status, 422);
    assert!(
        unchanged.body.contains("author-error-unchanged"),
        "{}",
        unchanged.body
    );
    let missing = a
        .app
        .call("get_draft", &[("id", "99999")], Some(&a.aud))
        .await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn a_reviewer_sends_a_draft_back_with_a_comment_and_the_author_edits_again() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let text = a.file(&draft, LESSON_FILE, &a.aud).await;
    a.save(&draft, LESSON_FILE, &format!("{text}\nUtkast.\n"), &a.aud)
        .await;
    a.submit(&draft, &a.aud).await;
    // Locked while in review.
    assert_eq!(a.save(&draft, LESSON_FILE, "x", &a.aud).await, 422);

    let empty = a
        .app
        .call(
            "send_back_draft",
            &[("id", &draft), ("comment", "  ")],
            Some(&a.bo),
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("author-error-comment"));
    let back = a
        .app
        .call(
            "send_back_draft",
            &[("id", &draft), ("comment", "Kilde mangler.")],
            Some(&a.bo),
        )
        .await;
    assert!(back.status.is_success(), "{}", back.body);
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["state"], "Draft");
    assert_eq!(view["review_comment"], "Kilde mangler.");
    assert_eq!(
        a.save(&draft, LESSON_FILE, &format!("{text}\nRettet.\n"), &a.aud)
            .await,
        200
    );
}

#[tokio::test]
async fn approving_publishes_everything_or_nothing() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let text = a.file(&draft, LESSON_FILE, &a.aud).await;
    a.save(&draft, LESSON_FILE, &format!("{text}\nNytt.\n"), &a.aud)
        .await;
    a.submit(&draft, &a.aud).await;
    let before = (
        a.app.count("course_versions").await,
        a.app.count("lessons").await,
        a.app.count("quizzes").await,
        a.app.count("course_version_files").await,
    );
    // The database refuses the last part of the publication (the case simulations).
    let refuse: &[&str] = if crate::common::on_postgres() {
        &[
            "CREATE FUNCTION refuse_cases() RETURNS trigger LANGUAGE plpgsql
             AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$",
            "CREATE TRIGGER refuse_cases BEFORE INSERT ON cases
             FOR EACH ROW EXECUTE FUNCTION refuse_cases()",
        ]
    } else {
        &["CREATE TRIGGER refuse_cases BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'disk full'); END"]
    };
    for sql in refuse {
        sqlx::raw_sql(sqlx::AssertSqlSafe(*sql))
            .execute(&a.app.db)
            .await
            .expect("trigger");
    }
    let failed = a.approve(&draft, &a.bo).await;
    assert_eq!(failed.status, 500);
    let after = (
        a.app.count("course_versions").await,
        a.app.count("lessons").await,
        a.app.count("quizzes").await,
        a.app.count("course_version_files").await,
    );
    assert_eq!(
        after, before,
        "a failed approval left part of a version behind"
    );
    assert_eq!(a.state(&draft).await, "in_review");

    let drop = if crate::common::on_postgres() {
        "DROP TRIGGER refuse_cases ON cases"
    } else {
        "DROP TRIGGER refuse_cases"
    };
    sqlx::raw_sql(drop).execute(&a.app.db).await.expect("drop");
    let approved = a.approve(&draft, &a.bo).await;
    assert!(approved.status.is_success(), "{}", approved.body);
    assert_eq!(a.app.count("course_versions").await, before.0 + 1);
}

#[tokio::test]
async fn learners_cannot_author_and_a_plain_form_post_lands_on_the_draft() {
    let a = authors().await;
    let learner = a
        .app
        .register("Lea Learner", "lea@example.org", PASSWORD)
        .await;
    let refused = a
        .app
        .call("start_draft", &[("course_id", COURSE)], Some(&learner))
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(a.app.count("course_drafts").await, 0);
    let page = a.app.get("/author", Some(&learner)).await;
    assert_eq!(page.status, 403);

    // Without JavaScript the form's post is answered with a redirect to the new draft.
    let reply = a
        .app
        .submit("start_draft", &[("course_id", COURSE)], Some(&a.aud))
        .await;
    assert!(reply.status.is_redirection(), "{}", reply.status);
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM course_drafts")
        .fetch_one(&a.app.db)
        .await
        .expect("a draft");
    assert_eq!(
        reply.location(),
        Some(format!("/author/drafts/{id}").as_str())
    );
    let page = a
        .app
        .get(&format!("/author/drafts/{id}"), Some(&a.aud))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("course.toml"),
        "the draft's files are listed"
    );
    let editor = a
        .app
        .get(
            &format!("/author/drafts/{id}/edit?path={LESSON_FILE}"),
            Some(&a.aud),
        )
        .await;
    assert_eq!(editor.status, 200);
    assert!(
        editor.body.contains("id=\"preview-body\""),
        "a lesson has a preview"
    );
}

/// Posts `archive` as the import form does (multipart, field `archive`).
pub(crate) async fn import(
    app: &TestApp,
    course: &str,
    archive: &[u8],
    cookie: &str,
) -> crate::common::Reply {
    let uri = format!("/author/courses/{course}/import");
    app.multipart(&uri, &[("archive", Some("course.zip"), archive)], cookie)
        .await
}

async fn version_files(app: &TestApp, version_no: i64) -> app::domain::content::MemoryFiles {
    sqlx::query_as::<_, (String, String)>(
        "SELECT path, content FROM course_version_files f JOIN course_versions v ON v.id = f.course_version_id
         WHERE v.course_id = $1 AND v.version_no = $2",
    )
    .bind(COURSE)
    .bind(version_no)
    .fetch_all(&app.db)
    .await
    .expect("files")
    .into_iter()
    .collect()
}

#[tokio::test]
async fn a_version_exported_as_files_imports_back_without_loss() {
    let a = authors().await;
    let (status, headers, zip) = a
        .app
        .get_bytes(
            "/author/courses/rtw-coordinator/versions/1/files.zip",
            Some(&a.aud),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/zip");
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("rtw-coordinator-version-1.zip"));
    let kept = version_files(&a.app, 1).await;
    let unpacked = app::server::data_sqlite::services::authoring::transfer::read_archive(&zip)
        .expect("a course archive");
    assert_eq!(
        unpacked, kept,
        "the archive holds exactly the version's files"
    );

    // Unpacked into a folder, it is the same course: checking passes and publishing it makes no
    // new version (same content hash).
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("courses").join(COURSE);
    for (path, content) in unpacked.iter() {
        let file = folder.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, content).unwrap();
    }
    let again = server::courses::publish_all(&a.app.state.db, &dir.path().join("courses"))
        .await
        .expect("the unpacked folder publishes");
    assert_eq!((again[0].version_no, again[0].created), (1, false));

    // Uploaded back, it becomes a draft identical to the version: nothing changed, nothing wrong.
    let reply = import(&a.app, COURSE, &zip, &a.aud).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let location = reply.location().expect("a redirect").to_string();
    let draft = location
        .strip_prefix("/author/drafts/")
        .expect("to the new draft")
        .to_string();
    let files = sqlx::query_as::<_, (String, String)>(
        "SELECT path, content FROM course_draft_files WHERE draft_id = $1",
    )
    .bind(draft.parse::<i64>().unwrap())
    .fetch_all(&a.app.db)
    .await
    .unwrap()
    .into_iter()
    .collect::<app::domain::content::MemoryFiles>();
    assert_eq!(files, kept);
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["diffs"], serde_json::json!([]));
    assert_eq!(view["problems"], serde_json::json!([]));
}

#[tokio::test]
async fn an_imported_archive_with_a_change_is_a_draft_showing_that_change() {
    let a = authors().await;
    let mut files = version_files(&a.app, 1).await;
    let lesson = files.get(LESSON_FILE).expect("the lesson").to_string();
    files.insert(LESSON_FILE, format!("{lesson}\nSkrevet på egen maskin.\n"));
    let zip = {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (path, content) in files.iter() {
            zip.start_file(
                format!("{COURSE}/{path}"),
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    };
    let reply = import(&a.app, COURSE, &zip, &a.aud).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let draft = reply
        .location()
        .unwrap()
        .trim_start_matches("/author/drafts/")
        .to_string();
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["diffs"][0]["path"], LESSON_FILE);
    assert!(view["diffs"][0]["lines"]
        .to_string()
        .contains("Skrevet på egen maskin."));
    assert_eq!(
        view["can_submit"], true,
        "an import counts as its importer's change"
    );
}

#[tokio::test]
async fn bad_archives_are_refused_with_the_reason_and_learners_cannot_import() {
    let a = authors().await;
    let learner = a
        .app
        .register("Lea Learner", "lea@example.org", PASSWORD)
        .await;
    let refused = import(&a.app, COURSE, b"not a zip", &learner).await;
    assert_eq!(refused.status, 403);
    let reply = import(&a.app, COURSE, b"not a zip", &a.aud).await;
    assert_eq!(reply.status, 303);
    assert_eq!(
        reply.location(),
        Some("/author?import_error=author-import-not-zip#course-rtw-coordinator")
    );
    let page = a.app.get(reply.location().unwrap(), Some(&a.aud)).await;
    assert!(
        page.body.contains("id=\"import-refused\""),
        "the reason is shown"
    );
    assert!(
        page.body.contains("Filen er ikke et zip-arkiv."),
        "{}",
        page.body.len()
    );
    assert_eq!(a.app.count("course_drafts").await, 0);
    let (status, _, _) = a
        .app
        .get_bytes(
            "/author/courses/rtw-coordinator/versions/9/files.zip",
            Some(&a.aud),
        )
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_withdrawn_version_is_no_longer_started_and_the_last_open_one_cannot_be_withdrawn() {
    let a = authors().await;
    // Version 2, published through review.
    let draft = a.start_draft(&a.aud).await;
    let text = a.file(&draft, LESSON_FILE, &a.aud).await;
    a.save(
        &draft,
        LESSON_FILE,
        &format!("{text}\nEn feil i versjon 2.\n"),
        &a.aud,
    )
    .await;
    a.submit(&draft, &a.aud).await;
    a.approve(&draft, &a.bo).await;
    let early = a
        .app
        .register("Tidlig Ute", "tidlig@example.org", PASSWORD)
        .await;
    assert!(a
        .app
        .get(LESSON_PAGE, Some(&early))
        .await
        .body
        .contains("En feil i versjon 2."));

    let no_reason = a.withdraw("2", " ").await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.body.contains("author-error-reason"));
    let withdrawn = a.withdraw("2", "Feil i leksjonen").await;
    assert!(withdrawn.status.is_success(), "{}", withdrawn.body);

    // Newcomers start on version 1 again; the learner already on version 2 keeps it.
    let late = a
        .app
        .register("Sein Start", "sein@example.org", PASSWORD)
        .await;
    assert!(!a
        .app
        .get(LESSON_PAGE, Some(&late))
        .await
        .body
        .contains("En feil i versjon 2."));
    assert!(a
        .app
        .get(LESSON_PAGE, Some(&early))
        .await
        .body
        .contains("En feil i versjon 2."));
    let overview = a
        .app
        .call("author_overview", &[], Some(&a.aud))
        .await
        .json();
    let versions = &overview[0]["versions"];
    assert_eq!(versions[0]["withdrawn"], true);
    assert_eq!(versions[0]["learners"], 1);
    assert_eq!(versions[1]["withdrawn"], false);

    let last = a.withdraw("1", "Alt").await;
    assert_eq!(last.status, 422);
    assert!(last.body.contains("author-error-last-version"));
    let again = a.withdraw("2", "To ganger").await;
    assert_eq!(again.status, 404);
}

#[tokio::test]
async fn a_new_file_starts_from_its_skeleton_and_never_overwrites_one() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let path = "01-rtw-and-the-coordinator/a-new-lesson.nb.md";
    let reply = a
        .app
        .submit(
            "create_draft_file",
            &[("id", &draft), ("path", path)],
            Some(&a.aud),
        )
        .await;
    assert!(
        reply.status.is_redirection(),
        "{} {}",
        reply.status,
        reply.body
    );
    assert_eq!(
        reply.location(),
        Some(format!("/author/drafts/{draft}/edit?path={path}").as_str())
    );
    assert!(a
        .file(&draft, path, &a.aud)
        .await
        .starts_with("+++\ntitle = \"\""));
    // Not yet listed in module.toml: the checker says so, on that file.
    let problems = a.draft(&draft, &a.aud).await["problems"].clone();
    assert!(
        problems.to_string().contains("a-new-lesson.nb.md"),
        "{problems}"
    );
    // A new module's file opens in its form, with the fields a module needs.
    let module = "09-new-module/module.toml";
    a.app
        .submit(
            "create_draft_file",
            &[("id", &draft), ("path", module)],
            Some(&a.aud),
        )
        .await;
    let form = a
        .app
        .call(
            "get_draft_file",
            &[("id", &draft), ("path", module)],
            Some(&a.aud),
        )
        .await
        .json();
    let fields = form["form"].to_string();
    for field in ["id", "title/nb", "lessons/0/id", "lessons/0/minutes"] {
        let path = format!("\"path\":\"{field}\"");
        assert!(fields.contains(&path), "{field} missing: {fields}");
    }
    let exists = a
        .app
        .call(
            "create_draft_file",
            &[("id", &draft), ("path", LESSON_FILE)],
            Some(&a.aud),
        )
        .await;
    assert_eq!(exists.status, 422);
    assert!(exists.body.contains("author-error-exists"));
}
