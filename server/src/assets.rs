//! Static files: the browser bundle (`pkg/`), the stylesheet and the icon, from the site root
//! that `scripts/build-site` fills.
//!
//! Pages link them under `/assets/{version}/…`, where the version is a digest of every file in the
//! site root, so a browser may keep them for a year (`immutable`): a new build changes the digest
//! and with it every link. The same files stay reachable at their plain paths, revalidated on each
//! use. Both are sent precompressed (the `.br` and `.gz` copies beside each file) to browsers that
//! accept it.

use app::server::AssetBase;
use axum::body::Body;
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, VARY};
use http::{HeaderValue, Method, StatusCode, Uri};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// Where the versioned links start (the router's `/assets/{*path}`).
pub const PREFIX: &str = "/assets/";

/// A year: what browsers may keep a file whose link carries its digest.
const FOREVER: &str = "public, max-age=31536000, immutable";
/// Plain paths (and links to an older build) are checked with the server on each use.
const REVALIDATE: &str = "no-cache";

/// The site root and the digest of what is in it, taken once at start-up.
#[derive(Debug, Clone)]
pub struct Assets {
    root: PathBuf,
    version: Arc<str>,
}

impl Assets {
    /// Reads every file under `root` (a missing root is an empty site) to take its digest.
    pub fn open(root: &Path) -> Assets {
        Assets {
            root: root.to_path_buf(),
            version: digest(root).into(),
        }
    }

    /// What pages put before a static file's path.
    pub fn base(&self) -> AssetBase {
        AssetBase(format!("{PREFIX}{}", self.version).into())
    }

    /// `GET /assets/{version}/{path}`: the file at `path`, cached for a year when `version` is
    /// this build's (after a new build, an old page's links still get the current file).
    pub async fn versioned(&self, req: Request) -> Response {
        let rest = req
            .uri()
            .path()
            .strip_prefix(PREFIX)
            .and_then(|r| r.split_once('/'));
        let Some((version, path)) = rest else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let cache = if version == &*self.version {
            FOREVER
        } else {
            REVALIDATE
        };
        let Ok(uri) = format!("/{path}").parse::<Uri>() else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let (mut parts, body) = req.into_parts();
        parts.uri = uri;
        self.serve(Request::from_parts(parts, body), cache).await
    }

    /// A static file at its plain path, or `None` when there is none (the caller renders the
    /// page or its 404). `probe` is a copy of the request without its body ([`probe`]).
    pub async fn plain(&self, probe: Request) -> Option<Response> {
        let res = self.serve(probe, REVALIDATE).await;
        (res.status() != StatusCode::NOT_FOUND).then_some(res)
    }

    async fn serve(&self, req: Request, cache: &'static str) -> Response {
        let files = ServeDir::new(&self.root)
            .append_index_html_on_directories(false)
            .precompressed_br()
            .precompressed_gzip();
        let Ok(res) = files.oneshot(req).await;
        let mut res = res.map(Body::new);
        if res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED {
            let h = res.headers_mut();
            h.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
            h.insert(VARY, HeaderValue::from_static("accept-encoding"));
        }
        res
    }
}

/// A copy of a GET or HEAD request without its body, to look for a file by; `None` for other methods.
pub fn probe(req: &Request) -> Option<Request> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return None;
    }
    let mut probe = Request::new(Body::empty());
    *probe.method_mut() = req.method().clone();
    *probe.uri_mut() = req.uri().clone();
    *probe.headers_mut() = req.headers().clone();
    Some(probe)
}

/// The first 16 hex digits of a SHA-256 over the names and contents of every file under `root`,
/// in name order. Compressed copies follow from their files and are left out.
fn digest(root: &Path) -> String {
    let mut files = Vec::new();
    collect(root, &mut files);
    files.sort();
    let mut hash = Sha256::new();
    for path in files {
        let name = path.strip_prefix(root).unwrap_or(&path);
        hash.update(name.to_string_lossy().as_bytes());
        hash.update([0]);
        match std::fs::read(&path) {
            Ok(bytes) => hash.update(&bytes),
            Err(e) => tracing::warn!(path = %path.display(), error = %e, "static file unreadable"),
        }
        hash.update([0]);
    }
    hex::encode(hash.finalize())[..16].to_string()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        let copy = matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz"));
        if hidden || copy {
            continue;
        }
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_changes_with_a_file_and_ignores_compressed_copies() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("pkg")).expect("pkg");
        std::fs::write(dir.path().join("rtw.css"), "body{}").expect("css");
        std::fs::write(dir.path().join("pkg/rtw.js"), "export{}").expect("js");
        let first = digest(dir.path());
        assert_eq!(first.len(), 16);

        std::fs::write(dir.path().join("pkg/rtw.js.br"), "whatever").expect("br");
        std::fs::write(dir.path().join("pkg/.source-hash"), "abc").expect("stamp");
        assert_eq!(digest(dir.path()), first);

        std::fs::write(dir.path().join("pkg/rtw.js"), "export{x}").expect("js");
        assert_ne!(digest(dir.path()), first);
    }

    #[test]
    fn a_missing_site_root_is_an_empty_site() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = digest(&dir.path().join("nothing-here"));
        let b = digest(dir.path());
        assert_eq!(a, b);
    }
}
