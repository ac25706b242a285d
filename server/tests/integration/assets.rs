//! Static files: linked under their build's digest, kept by browsers for a year, sent
//! precompressed, revalidated at their plain paths, and nothing outside the site root.

use crate::common::{settings, TestApp};
use http::{header, HeaderMap, StatusCode};
use std::io::{Read, Write};

const CSS: &str = "body { color: #123456 }";

/// A server whose site root holds a stylesheet (with a gzip copy) and a bundle, with its home page
/// and the `/assets/{version}` prefix that page links the files under.
struct Site {
    app: TestApp,
    page: String,
    base: String,
}

async fn site() -> Site {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("site");
    std::fs::create_dir_all(root.join("pkg")).expect("site folders");
    std::fs::write(root.join("rtw.css"), CSS).expect("css");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(CSS.as_bytes()).expect("gzip");
    std::fs::write(root.join("rtw.css.gz"), gz.finish().expect("gzip")).expect("css.gz");
    std::fs::write(root.join("pkg/rtw.js"), "export default function () {}").expect("js");
    std::fs::write(root.join("pkg/rtw.wasm"), b"\0asm\x01\0\0\0").expect("wasm");
    let settings = settings(dir.path(), None);
    let app = TestApp::launch(dir, settings, None).await;
    let (status, _, page) = app.get_with("/", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let page = String::from_utf8(page).expect("utf-8");
    let base = asset_base(&page);
    Site { app, page, base }
}

fn text(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers
        .get(&name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// The `/assets/{version}` prefix the page's stylesheet link starts with.
fn asset_base(page: &str) -> String {
    let at = page
        .find("href=\"/assets/")
        .unwrap_or_else(|| panic!("no versioned stylesheet link in the page: {page}"));
    let link = &page[at + "href=\"".len()..];
    let end = link.find("/rtw.css").expect("the link is to rtw.css");
    link[..end].to_string()
}

#[tokio::test]
async fn pages_link_static_files_under_the_builds_digest_and_browsers_keep_them_for_a_year() {
    let Site { app, page, base } = site().await;
    let version = base.trim_start_matches("/assets/");
    assert_eq!(version.len(), 16, "a 16-digit digest: {base}");
    assert!(version.chars().all(|c| c.is_ascii_hexdigit()), "{base}");
    assert!(
        page.contains(&format!("href=\"{base}/favicon.svg\"")),
        "the icon is linked under the same version"
    );
    assert!(
        page.contains(&format!("\"{base}\", \"pkg\", \"rtw\"")),
        "the hydration script loads the bundle under the version: {page}"
    );

    let (status, headers, body) = app.get_with(&format!("{base}/rtw.css"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, CSS.as_bytes());
    assert_eq!(
        text(&headers, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    assert!(text(&headers, header::CONTENT_TYPE).starts_with("text/css"));
    assert_eq!(text(&headers, header::VARY), "accept-encoding");

    let (status, headers, _) = app.get_with(&format!("{base}/pkg/rtw.wasm"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text(&headers, header::CONTENT_TYPE), "application/wasm");
    assert!(text(&headers, header::CACHE_CONTROL).contains("immutable"));
}

#[tokio::test]
async fn a_browser_that_accepts_gzip_gets_the_precompressed_copy() {
    let Site { app, base, .. } = site().await;

    let (status, headers, body) = app
        .get_with(
            &format!("{base}/rtw.css"),
            &[("accept-encoding", "gzip, deflate, br")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        text(&headers, header::CONTENT_ENCODING),
        "gzip",
        "there is no .br copy here, so the .gz one"
    );
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(&body[..])
        .read_to_string(&mut unpacked)
        .expect("a gzip body");
    assert_eq!(unpacked, CSS);

    let (_, headers, body) = app
        .get_with(
            &format!("{base}/pkg/rtw.js"),
            &[("accept-encoding", "gzip, br")],
        )
        .await;
    assert_eq!(
        text(&headers, header::CONTENT_ENCODING),
        "",
        "a file without compressed copies is compressed on the way, unless it is tiny (29 bytes)"
    );
    assert_eq!(body, b"export default function () {}");
}

#[tokio::test]
async fn pages_and_api_answers_are_compressed_for_browsers_that_accept_it() {
    let app = TestApp::start().await;
    let (status, headers, plain) = app.get_with("/", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        text(&headers, header::CONTENT_ENCODING),
        "",
        "asked for nothing"
    );
    let plain = String::from_utf8(plain).expect("utf-8");
    assert!(plain.contains("</html>"), "{plain}");

    let (status, headers, br) = app
        .get_with("/", &[("accept-encoding", "gzip, deflate, br, zstd")])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        text(&headers, header::CONTENT_ENCODING),
        "br",
        "brotli first"
    );
    assert!(text(&headers, header::VARY).contains("accept-encoding"));
    let mut unpacked = Vec::new();
    brotli::Decompressor::new(&br[..], 4096)
        .read_to_end(&mut unpacked)
        .expect("a brotli body");
    let unpacked = String::from_utf8(unpacked).expect("utf-8");
    // The page is the same one (its nonce and request id differ between requests).
    let shape = |page: &str| page.matches("<a ").count();
    assert_eq!(shape(&unpacked), shape(&plain));
    assert!(unpacked.contains("</html>"), "the whole page: {unpacked}");
    assert_eq!(
        unpacked.len(),
        plain.len(),
        "nonces differ, not their length"
    );
    assert!(
        br.len() * 2 < plain.len(),
        "the page shrinks to under half: {} of {} bytes",
        br.len(),
        plain.len()
    );

    // JSON from the public API, for a client that only takes gzip.
    let (status, headers, gz) = app
        .get_with("/api/v1/openapi.json", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text(&headers, header::CONTENT_ENCODING), "gzip");
    let mut json = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut json)
        .expect("a gzip body");
    let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert!(doc["paths"].is_object(), "{json}");
}

#[tokio::test]
async fn plain_paths_and_old_versions_are_revalidated_and_answer_304_when_unchanged() {
    let Site { app, .. } = site().await;

    let (status, headers, body) = app.get_with("/rtw.css", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, CSS.as_bytes());
    assert_eq!(text(&headers, header::CACHE_CONTROL), "no-cache");
    let modified = text(&headers, header::LAST_MODIFIED).to_string();
    assert!(
        !modified.is_empty(),
        "Last-Modified lets the browser ask again cheaply"
    );

    let (status, headers, body) = app
        .get_with("/rtw.css", &[("if-modified-since", &modified)])
        .await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    assert_eq!(text(&headers, header::CACHE_CONTROL), "no-cache");

    let (status, headers, body) = app.get_with("/assets/0123456789abcdef/rtw.css", &[]).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a page from before a new build still gets its files"
    );
    assert_eq!(body, CSS.as_bytes());
    assert_eq!(text(&headers, header::CACHE_CONTROL), "no-cache");
}

#[tokio::test]
async fn nothing_outside_the_site_root_and_no_folders_are_served() {
    let Site { app, base, .. } = site().await;
    // On SQLite the database file lies beside the site root: it must not be served either.
    assert!(
        crate::common::on_postgres() || app.dir.path().join("rtw.db").exists(),
        "the database is beside the site root"
    );

    for path in [
        format!("{base}/../rtw.db"),
        format!("{base}/%2e%2e/rtw.db"),
        "/../rtw.db".to_string(),
        format!("{base}/nothing.js"),
        format!("{base}/pkg"),
        "/assets/".to_string(),
        "/assets/abc".to_string(),
    ] {
        let (status, headers, body) = app.get_with(&path, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(headers.get(header::CACHE_CONTROL).is_none(), "{path}");
        assert!(!body.starts_with(b"SQLite format"), "{path}");
    }

    let (status, _, body) = app.get_with("/pkg", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a folder is not a page");
    let (status, headers, body2) = app.get_with("/no-such-page", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(text(&headers, header::CONTENT_TYPE).starts_with("text/html"));
    assert!(
        String::from_utf8_lossy(&body2).contains("<html"),
        "the site's own 404 page"
    );
    assert!(String::from_utf8_lossy(&body).contains("<html"));
}
