//! A whole server, in process, with its own temporary SQLite database and data folder per test.
//! Requests go through the real router (middleware, Leptos pages, server functions).
#![allow(dead_code)]

use axum::body::Body;
use axum::Router;
use http::{header, HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use secrecy::SecretString;
use server::config::Settings;
use server::startup::{build_state, router};
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use tower::ServiceExt;

pub const HOST: &str = "rtw.test";

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("server/ has a parent")
        .to_path_buf()
}

/// Writes a course file under `dir`, creating its folders.
pub fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("create the folders");
    std::fs::write(path, text).expect("write the file");
}

pub fn settings(dir: &Path, smtp_url: Option<String>) -> Settings {
    Settings {
        database_url: format!("sqlite:{}", dir.join("rtw.db").display()),
        bind: "127.0.0.1:3000".parse().expect("address"),
        base_url: Some(format!("http://{HOST}")),
        data_dir: dir.join("data"),
        site_root: dir.join("site"),
        courses_dir: Some(workspace().join("courses")),
        session_key: None,
        smtp_url: smtp_url.map(SecretString::from),
        mail_from: None,
        session_ttl_hours: 24,
        verify_per_minute: 60,
        retention_days: 90,
        shutdown_grace_secs: 30,
        deleted_certificates_days: None,
        // The tests' webhook receivers listen on loopback.
        webhooks_allow_internal: true,
        durable_commits: false,
    }
}

pub struct TestApp {
    pub dir: TempDir,
    pub state: app::server::AppState,
    pub router: Router,
    /// The test's own connection to the server's database, to look at and change rows directly.
    /// Runtime queries with `$1` placeholders run on SQLite and PostgreSQL alike.
    pub db: sqlx::AnyPool,
    /// The scratch PostgreSQL database, dropped last.
    pub pg: Option<crate::scratch::Scratch>,
}

/// The SQLite pool of a server the test set up on SQLite itself.
pub fn sqlite(db: &app::server::Database) -> &sqlx::SqlitePool {
    match db {
        app::server::Database::Sqlite(pool) => pool,
        app::server::Database::Postgres(_) => panic!("this test sets up SQLite"),
    }
}

/// True when the suite runs on PostgreSQL (`TEST_DATABASE=postgres`, the server in `PG_TEST_URL`);
/// else on a SQLite file per test.
pub fn on_postgres() -> bool {
    std::env::var("TEST_DATABASE").is_ok_and(|v| v == "postgres")
}

impl TestApp {
    /// A server on `settings` (its database replaced by a scratch PostgreSQL database when the
    /// suite runs on PostgreSQL), with the programme under `courses` published.
    pub async fn launch(dir: TempDir, mut settings: Settings, courses: Option<&Path>) -> TestApp {
        let pg = if on_postgres() {
            let scratch = crate::scratch::Scratch::new().await;
            settings.database_url = scratch.url();
            Some(scratch)
        } else {
            None
        };
        let state = build_state(&settings).await.expect("state");
        if let Some(courses) = courses {
            server::courses::publish_all(&state.db, courses)
                .await
                .expect("the courses publish");
        }
        Self::assemble(dir, state, &settings.database_url, pg).await
    }

    /// A test server around `state` (whose database is at `database_url`).
    pub async fn assemble(
        dir: TempDir,
        state: app::server::AppState,
        database_url: &str,
        pg: Option<crate::scratch::Scratch>,
    ) -> TestApp {
        let router = router(state.clone());
        sqlx::any::install_default_drivers();
        let db = sqlx::any::AnyPoolOptions::new()
            .max_connections(2)
            .connect(database_url)
            .await
            .expect("the test's own connection");
        TestApp {
            dir,
            state,
            router,
            db,
            pg,
        }
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }

    /// The session cookie set by this reply (`name=value`), if any.
    pub fn session_cookie(&self) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("rtw_session=") && !c.starts_with("rtw_session=;"))
            .map(|c| c.split(';').next().unwrap_or_default().to_string())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

impl TestApp {
    /// A server with the bundled programme published, mail to files (or to `smtp_url`).
    pub async fn start_with(smtp_url: Option<String>) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let settings = settings(dir.path(), smtp_url);
        Self::launch(dir, settings, Some(&workspace().join("courses"))).await
    }

    pub async fn start() -> TestApp {
        Self::start_with(None).await
    }

    /// A server set up as on the internet: webhooks may not reach loopback or private addresses.
    pub async fn start_public() -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = settings(dir.path(), None);
        settings.webhooks_allow_internal = false;
        Self::launch(dir, settings, None).await
    }

    /// A server whose public address is `base_url` (for example behind TLS).
    pub async fn start_at(base_url: &str) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = settings(dir.path(), None);
        settings.base_url = Some(base_url.to_string());
        Self::launch(dir, settings, None).await
    }

    pub async fn send(&self, req: Request<Body>) -> Reply {
        let res = self.router.clone().oneshot(req).await.expect("infallible");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, path: &str, cookie: Option<&str>) -> Reply {
        let mut b = Request::builder()
            .method(Method::GET)
            .uri(path)
            .header(header::HOST, HOST)
            .header(header::ACCEPT, "text/html");
        if let Some(c) = cookie {
            b = b.header(header::COOKIE, c);
        }
        self.send(b.body(Body::empty()).expect("request")).await
    }

    /// A GET of the HR API with `token` as the bearer (none: no `Authorization` header).
    pub async fn api(&self, path: &str, token: Option<&str>) -> Reply {
        let mut b = Request::builder()
            .method(Method::GET)
            .uri(path)
            .header(header::HOST, HOST)
            .header(header::ACCEPT, "application/json");
        if let Some(t) = token {
            b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        self.send(b.body(Body::empty()).expect("request")).await
    }

    /// A GET of a file from the HR API with `token` as the bearer: the body as bytes.
    pub async fn get_bytes_with_bearer(
        &self,
        path: &str,
        token: &str,
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let req = Request::builder()
            .method(Method::GET)
            .uri(path)
            .header(header::HOST, HOST)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .expect("request");
        let res = self.router.clone().oneshot(req).await.expect("infallible");
        let (status, headers) = (res.status(), res.headers().clone());
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        (status, headers, bytes.to_vec())
    }

    /// A GET whose answer is a file: the body as bytes.
    pub async fn get_bytes(
        &self,
        path: &str,
        cookie: Option<&str>,
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let cookie = cookie.map(|c| ("cookie", c));
        self.get_with(path, cookie.as_slice()).await
    }

    /// A GET with the given request headers: status, headers and the body as bytes.
    pub async fn get_with(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut b = Request::builder()
            .method(Method::GET)
            .uri(path)
            .header(header::HOST, HOST);
        for (name, value) in headers {
            b = b.header(*name, *value);
        }
        let res = self
            .router
            .clone()
            .oneshot(b.body(Body::empty()).expect("request"))
            .await
            .expect("infallible");
        let (status, headers) = (res.status(), res.headers().clone());
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        (status, headers, bytes.to_vec())
    }

    /// A server function called as the hydrated app does (fetch, JSON answers).
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)], cookie: Option<&str>) -> Reply {
        self.post(endpoint, form, cookie, "application/json").await
    }

    /// A server function called by a plain HTML form (no JavaScript: redirects).
    pub async fn submit(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> Reply {
        self.post(endpoint, form, cookie, "text/html").await
    }

    /// Posts a multipart form to `uri`, as a browser's plain form with files does. Each part is
    /// its name, the file name for a file, and its bytes.
    pub async fn multipart(
        &self,
        uri: &str,
        parts: &[(&str, Option<&str>, &[u8])],
        cookie: &str,
    ) -> Reply {
        let boundary = "----rtw-test-boundary";
        let mut body = Vec::new();
        for (name, file_name, bytes) in parts {
            let file = file_name
                .map(|f| format!("; filename=\"{f}\"\r\nContent-Type: application/octet-stream"))
                .unwrap_or_default();
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"{file}\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let req = Request::builder()
            .method(Method::POST)
            .uri(uri)
            .header(header::HOST, HOST)
            .header(header::ORIGIN, format!("http://{HOST}"))
            .header(header::ACCEPT, "text/html")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::COOKIE, cookie)
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    async fn post(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
        accept: &str,
    ) -> Reply {
        let body = serde_urlencoded(form);
        let mut b = Request::builder()
            .method(Method::POST)
            .uri(format!("/api/{endpoint}"))
            .header(header::HOST, HOST)
            .header(header::ORIGIN, format!("http://{HOST}"))
            .header(header::ACCEPT, accept)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(c) = cookie {
            b = b.header(header::COOKIE, c);
        }
        self.send(b.body(Body::from(body)).expect("request")).await
    }

    /// Registers a learner and returns their session cookie.
    pub async fn register(&self, name: &str, email: &str, password: &str) -> String {
        let reply = self
            .call(
                "register",
                &[("name", name), ("email", email), ("password", password)],
                None,
            )
            .await;
        assert!(
            reply.status.is_success() || reply.status.is_redirection(),
            "register failed: {} {}",
            reply.status,
            reply.body
        );
        reply.session_cookie().expect("a session cookie")
    }

    /// Gives the account with `email` a platform-wide `role` (as an operator would in the database).
    pub async fn grant_role(&self, email: &str, role: &str) {
        sqlx::query(
            "INSERT INTO user_roles (user_id, role, granted_at) SELECT id, $1, 0 FROM users WHERE email = $2",
        )
        .bind(role)
        .bind(email)
        .execute(&self.db)
        .await
        .expect("role");
    }

    /// Rows in `table` (a fixed table name from the test itself, never input).
    pub async fn count(&self, table: &'static str) -> i64 {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_one(&self.db)
            .await
            .expect("count")
    }
}

pub fn serde_urlencoded(form: &[(&str, &str)]) -> String {
    form.iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A real SMTP server (aiosmtpd, installed by `scripts/setup --test`) on a free loopback port.
/// Messages arrive as `<n>.json` files with `to`, `subject` and `text`.
pub struct SmtpSink {
    child: std::process::Child,
    pub port: u16,
    pub dir: TempDir,
}

/// The test tools' Python (a venv with aiosmtpd, openbadgeslib and openapi-spec-validator).
pub fn python() -> PathBuf {
    let python = std::env::var("SMTP_SINK_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|_| workspace().join("target/tools/venv/bin/python"));
    assert!(
        python.exists(),
        "the tests need {} (run scripts/setup --test, or set SMTP_SINK_PYTHON)",
        python.display()
    );
    python
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        let python = python();
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = std::process::Command::new(python)
            .arg(workspace().join("e2e/smtp_sink.py"))
            .args(["--port", "0", "--dir"])
            .arg(dir.path())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("start the SMTP sink");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("read the port");
        let port = line
            .trim()
            .strip_prefix("listening on ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line from the SMTP sink: {line:?}"));
        SmtpSink { child, port, dir }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .expect("mail dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| {
                serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json")
            })
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
