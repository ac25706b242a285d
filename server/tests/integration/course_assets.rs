//! Images and attachments beside lessons: published with the version (stored once by hash),
//! shown in the lesson from `/content/<sha256>.<ext>`, uploaded into a draft in the browser, kept
//! through export and import, and refused clearly when they are not what they say.

use crate::authoring::{authors, import, COURSE, PASSWORD};
use crate::common::{write, TestApp};
use http::StatusCode;
use sha2::{Digest, Sha256};

/// A 1×1 PNG.
pub(crate) const PNG: &[u8] = b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x04\x00\x00\x00\xb5\x1c\x0c\x02\x00\x00\x00\x0b\x49\x44\x41\x54\x78\xda\x63\x64\x60\x00\x00\x00\x06\x00\x02\x30\x81\xd0\x2f\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
const PDF: &[u8] = b"%PDF-1.4\n% a form to fill in\n";
const MODULE: &str = "01-rtw-and-the-coordinator";
const LESSON: &str = "01-rtw-and-the-coordinator/why-coordination.nb.md";

fn url_of(bytes: &[u8], ext: &str) -> String {
    format!("/content/{}.{ext}", hex::encode(Sha256::digest(bytes)))
}

/// A small course whose lesson shows an image and links to a PDF beside it.
async fn published_with_files(app: &TestApp) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("pictures");
    write(
        &d,
        "course.toml",
        "id = \"pictures\"\nrequired_languages = [\"nb\"]\ndefault_language = \"nb\"\nmodules = [\"m\"]\ntitle = { nb = \"Bilder\" }\n",
    );
    write(
        &d,
        "m/module.toml",
        "id = \"m\"\ntitle = { nb = \"M\" }\n[[lessons]]\nid = \"l\"\nminutes = 5\n",
    );
    write(
        &d,
        "m/l.nb.md",
        "+++\ntitle = \"Med bilde\"\n+++\n\n![Kart over veien tilbake til arbeid](kart.png)\n\nFyll ut [skjemaet](skjema.pdf).\n",
    );
    std::fs::write(d.join("m/kart.png"), PNG).unwrap();
    std::fs::write(d.join("m/skjema.pdf"), PDF).unwrap();
    server::courses::publish_all(&app.state.db, dir.path())
        .await
        .expect("published");
}

#[tokio::test]
async fn a_published_lesson_shows_its_image_and_links_its_attachment_from_stored_files() {
    let app = TestApp::start().await;
    published_with_files(&app).await;
    let learner = app.register("Lea Leser", "lea@example.org", PASSWORD).await;
    let page = app.get("/courses/pictures/lessons/l", Some(&learner)).await;
    assert_eq!(page.status, 200);
    let png = url_of(PNG, "png");
    let pdf = url_of(PDF, "pdf");
    assert!(
        page.body.contains(&format!(
            "<img src=\"{png}\" alt=\"Kart over veien tilbake til arbeid\""
        )),
        "{}",
        page.body
    );
    assert!(
        page.body.contains(&format!("href=\"{pdf}\"")),
        "{}",
        page.body
    );

    // Served as stored, to anyone, for good; a wrong kind or a made-up hash is not found.
    let image = app.get_bytes(&png, None).await;
    assert_eq!(image.0, StatusCode::OK);
    assert_eq!(image.2, PNG);
    assert_eq!(image.1.get("content-type").unwrap(), "image/png");
    assert_eq!(
        image.1.get("cache-control").unwrap(),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(app.get_bytes(&pdf, None).await.2, PDF);
    for bad in [
        png.replace(".png", ".pdf"),
        png.replace(".png", ".svg"),
        format!("/content/{}.png", "0".repeat(64)),
        "/content/..%2Fetc.png".to_string(),
        "/content/x".to_string(),
    ] {
        assert_eq!(
            app.get_bytes(&bad, None).await.0,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
    // Publishing the same files again stores nothing twice.
    published_with_files(&app).await;
    assert_eq!(app.count("content_assets").await, 2);
    assert_eq!(app.count("course_version_assets").await, 2);
}

#[tokio::test]
async fn an_author_uploads_an_image_a_lesson_shows_it_and_learners_see_it_once_approved() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let uri = format!("/author/drafts/{draft}/assets");
    let up = a
        .app
        .multipart(
            &uri,
            &[
                ("folder", None, MODULE.as_bytes()),
                ("file", Some("Kart over NAV.PNG"), PNG),
            ],
            &a.aud,
        )
        .await;
    assert_eq!(up.status, StatusCode::SEE_OTHER, "{}", up.body);
    let saved = format!("{MODULE}/kart-over-nav.png");
    assert!(
        up.location()
            .unwrap()
            .contains(&format!("uploaded={saved}")),
        "{:?}",
        up.location()
    );
    let view = a.draft(&draft, &a.aud).await;
    assert_eq!(view["assets"][0]["path"], saved.as_str(), "{view}");
    assert_eq!(view["assets"][0]["url"], url_of(PNG, "png").as_str());
    // The image alone is a change the reviewer sees.
    assert!(view["diffs"].to_string().contains(&saved), "{view}");

    let text = a.file(&draft, LESSON, &a.aud).await;
    let with_image = format!("{text}\n![Kart over NAV-kontorene](kart-over-nav.png)\n");
    assert_eq!(a.save(&draft, LESSON, &with_image, &a.aud).await, 200);
    assert_eq!(
        a.draft(&draft, &a.aud).await["problems"],
        serde_json::json!([])
    );
    assert!(a.submit(&draft, &a.aud).await.status.is_success());
    assert!(a.approve(&draft, &a.bo).await.status.is_success());

    let learner = a
        .app
        .register("Lea Leser", "lea@example.org", PASSWORD)
        .await;
    let page = a
        .app
        .get(crate::authoring::LESSON_PAGE, Some(&learner))
        .await;
    assert!(
        page.body.contains(&format!(
            "<img src=\"{}\" alt=\"Kart over NAV-kontorene\"",
            url_of(PNG, "png")
        )),
        "the learner does not see the image"
    );
    // The next draft starts with the image.
    let next = a.start_draft(&a.bo).await;
    assert_eq!(
        a.draft(&next, &a.bo).await["assets"][0]["path"],
        saved.as_str()
    );
}

#[tokio::test]
async fn bad_uploads_are_refused_with_the_reason_and_store_nothing() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let uri = format!("/author/drafts/{draft}/assets");
    let folder = ("folder", None, MODULE.as_bytes());
    for (name, bytes, key) in [
        (
            "tegning.svg",
            b"<svg onload=alert(1)>".as_slice(),
            "author-error-asset-kind",
        ),
        (
            "bilde.png",
            b"\xff\xd8\xff\xe0 a jpeg".as_slice(),
            "author-error-asset-not-what-it-says",
        ),
        (
            "skjema.pdf",
            b"<html>".as_slice(),
            "author-error-asset-not-what-it-says",
        ),
        ("tom.png", b"".as_slice(), "author-error-asset-missing"),
    ] {
        let up = a
            .app
            .multipart(&uri, &[folder, ("file", Some(name), bytes)], &a.aud)
            .await;
        assert_eq!(up.status, StatusCode::SEE_OTHER, "{name}: {}", up.body);
        assert!(
            up.location()
                .unwrap()
                .contains(&format!("asset_error={key}")),
            "{name}: {:?}",
            up.location()
        );
    }
    let too_big = [
        PNG,
        &vec![0u8; app::domain::content::assets::MAX_ASSET_BYTES],
    ]
    .concat();
    let up = a
        .app
        .multipart(
            &uri,
            &[folder, ("file", Some("stor.png"), &too_big)],
            &a.aud,
        )
        .await;
    assert!(
        up.location()
            .unwrap_or_default()
            .contains("asset_error=author-error-asset-too-big"),
        "{} {:?}",
        up.status,
        up.location()
    );
    // A folder outside the course, or deeper than a module's, is refused too.
    for bad in ["../x", "a/b", ""] {
        let up = a
            .app
            .multipart(
                &uri,
                &[
                    ("folder", None, bad.as_bytes()),
                    ("file", Some("k.png"), PNG),
                ],
                &a.aud,
            )
            .await;
        assert!(
            up.location()
                .unwrap()
                .contains("asset_error=author-error-path"),
            "{bad}: {:?}",
            up.location()
        );
    }
    // A learner cannot upload, and a signed-out visitor is sent to sign in.
    let learner = a
        .app
        .register("Lea Leser", "lea@example.org", PASSWORD)
        .await;
    let up = a
        .app
        .multipart(&uri, &[folder, ("file", Some("k.png"), PNG)], &learner)
        .await;
    assert_eq!(up.status, StatusCode::FORBIDDEN);
    let up = a
        .app
        .multipart(&uri, &[folder, ("file", Some("k.png"), PNG)], "")
        .await;
    assert!(
        up.location().unwrap_or_default().starts_with("/sign-in"),
        "{:?}",
        up.location()
    );
    assert_eq!(a.app.count("content_assets").await, 0);
    assert_eq!(a.app.count("course_draft_assets").await, 0);

    // Removing an image a lesson uses turns it into a problem named in place.
    let ok = a
        .app
        .multipart(&uri, &[folder, ("file", Some("k.png"), PNG)], &a.aud)
        .await;
    assert!(ok.location().unwrap().contains("uploaded="));
    let text = a.file(&draft, LESSON, &a.aud).await;
    a.save(&draft, LESSON, &format!("{text}\n![Kart](k.png)\n"), &a.aud)
        .await;
    assert_eq!(
        a.draft(&draft, &a.aud).await["problems"],
        serde_json::json!([])
    );
    let path = format!("{MODULE}/k.png");
    let removed = a
        .app
        .call(
            "remove_draft_asset",
            &[("id", &draft), ("path", &path)],
            Some(&a.aud),
        )
        .await;
    assert!(removed.status.is_success(), "{}", removed.body);
    let problems = a.draft(&draft, &a.aud).await["problems"].to_string();
    assert!(
        problems.contains("broken image: \\\"k.png\\\" is not beside the lesson"),
        "{problems}"
    );
}

#[tokio::test]
async fn images_and_attachments_go_through_export_and_import_unchanged() {
    let a = authors().await;
    let draft = a.start_draft(&a.aud).await;
    let uri = format!("/author/drafts/{draft}/assets");
    for (name, bytes) in [("kart.png", PNG), ("skjema.pdf", PDF)] {
        a.app
            .multipart(
                &uri,
                &[
                    ("folder", None, MODULE.as_bytes()),
                    ("file", Some(name), bytes),
                ],
                &a.aud,
            )
            .await;
    }
    // Files no lesson uses are reported; once the lesson uses them, the draft is ready.
    let problems = a.draft(&draft, &a.aud).await["problems"].to_string();
    assert!(
        problems.contains("no lesson shows or links to this file"),
        "{problems}"
    );
    let text = a.file(&draft, LESSON, &a.aud).await;
    let using = format!("{text}\n![Kart](kart.png)\n\nSe [skjemaet](skjema.pdf).\n");
    assert_eq!(a.save(&draft, LESSON, &using, &a.aud).await, 200);
    assert_eq!(
        a.draft(&draft, &a.aud).await["problems"],
        serde_json::json!([])
    );
    assert!(a.submit(&draft, &a.aud).await.status.is_success());
    assert!(a.approve(&draft, &a.bo).await.status.is_success());

    let zip = a
        .app
        .get_bytes(
            "/author/courses/rtw-coordinator/versions/2/files.zip",
            Some(&a.bo),
        )
        .await;
    assert_eq!(zip.0, StatusCode::OK);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.2.clone())).unwrap();
    let mut png = Vec::new();
    std::io::Read::read_to_end(
        &mut archive
            .by_name(&format!("{COURSE}/{MODULE}/kart.png"))
            .unwrap(),
        &mut png,
    )
    .unwrap();
    assert_eq!(png, PNG);

    // Imported back unchanged: a draft with nothing to send.
    let imported = import(&a.app, COURSE, &zip.2, &a.bo).await;
    let location = imported.location().unwrap().to_string();
    let id = location.rsplit('/').next().unwrap().to_string();
    let view = a.draft(&id, &a.bo).await;
    assert_eq!(view["diffs"], serde_json::json!([]), "{view}");
    assert_eq!(view["assets"].as_array().map(Vec::len), Some(2));
}
