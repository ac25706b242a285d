//! The one application state, built in `main` and handed to handlers and server functions.

use crate::keys::SessionKeys;
use crate::mailer::Mailer;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;
use tokio::sync::Notify;

/// Settings the application needs at run time (the server crate loads them from file and environment).
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// Public address of the site, used in links sent by email.
    pub base_url: String,
    /// Sender of every email, e.g. `RTW Academy <no-reply@example.org>`.
    pub mail_from: String,
    /// How long a sign-in lasts, in seconds.
    pub session_ttl_secs: i64,
    /// How long a password reset link works, in seconds.
    pub reset_ttl_secs: i64,
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// Certificate look-ups allowed per client address and minute (page, server function, JSON API).
    pub verify_per_minute: u32,
    /// Days that ended sign-ins, spent reset links and delivered emails are kept.
    pub retention_days: i64,
    /// Days after the last of a deleted account's certificates expired that they are erased;
    /// `None` keeps them, verifiable, for ever.
    pub deleted_certificates_days: Option<i64>,
    /// Let webhooks use `http://` and reach loopback and private addresses (tests, closed
    /// networks). Off on a public platform: an administrator could otherwise make the server
    /// post into the network it runs in.
    pub webhooks_allow_internal: bool,
}

impl AppConfig {
    pub fn for_base_url(base_url: &str) -> Self {
        AppConfig {
            base_url: base_url.trim_end_matches('/').to_string(),
            mail_from: "RTW Academy <no-reply@rtw-academy.invalid>".into(),
            session_ttl_secs: 14 * 24 * 3600,
            reset_ttl_secs: 3600,
            secure_cookies: base_url.starts_with("https://"),
            verify_per_minute: 60,
            retention_days: 90,
            deleted_certificates_days: None,
            webhooks_allow_internal: false,
        }
    }
}

/// The database the application runs on. Each backend has its own copy of the data layer
/// (`data-sqlite`, `data-pg`), and each copy takes its own pool out of this.
#[derive(Debug, Clone)]
pub enum Database {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

impl Database {
    /// Closes every connection, waiting for those in use.
    pub async fn close(&self) {
        match self {
            Database::Sqlite(pool) => pool.close().await,
            Database::Postgres(pool) => pool.close().await,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    /// The database, SQLite or PostgreSQL.
    pub db: Database,
    pub leptos_options: LeptosOptions,
    pub sessions: SessionKeys,
    pub mailer: Mailer,
    pub config: Arc<AppConfig>,
    /// Woken when something is put in the outbox, so delivery does not wait for the next poll.
    pub outbox_wakeup: Arc<Notify>,
    /// Failed sign-ins per account and per client address.
    pub sign_in_limits: Arc<crate::limiter::SignInLimits>,
    /// Posts webhooks (see `webhooks::client`).
    pub webhooks: reqwest::Client,
    /// OpenID providers' discovery documents and keys (single sign-on).
    pub oidc: crate::oidc::OidcClients,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Where pages link the static files from: `/assets/{version}` when the server serves them under
/// a version (so browsers may keep them for a year), empty for their plain paths. The server puts
/// it in each request's extensions.
#[derive(Debug, Clone, Default)]
pub struct AssetBase(pub Arc<str>);

/// Who a request is from and which language to answer in: worked out once per request by the
/// data layer's middleware and put in the request's extensions for pages, server functions and
/// handlers. One type for every backend.
#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    pub lang: model::domain::Lang,
    pub user: Option<model::wire::SessionUser>,
    pub session_id: Option<String>,
    /// The client's address (none when the server is not behind a socket, as in tests).
    pub client: Option<std::net::IpAddr>,
}
