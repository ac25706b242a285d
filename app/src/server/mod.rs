//! Server-side parts of the application, compiled only with the `ssr` feature.
//!
//! The data layer (services, sessions, email, webhooks, xAPI, LTI) is compiled once per database
//! backend: `data_sqlite` and `data_pg`. Code outside it reaches it only through [`with_data!`],
//! which picks the copy for the database the application runs on. What is here besides is the
//! same for every backend: the state, settings, request context, cookies and the page's security
//! headers.
//!
//! [`with_data!`]: crate::with_data

pub mod csp;

pub use data_pg;
pub use data_sqlite;
pub use platform::{
    limiter, mailer, now, oidc, outcomes, random_hex, state, AppConfig, AppState, AssetBase,
    Database, PublishOutcome, RequestContext,
};

/// Cookies and what else about a request needs no database.
pub mod auth {
    pub use data_sqlite::auth::{
        clear_cookie, cookie, hash_password, session_cookie, token_hash, LANG_COOKIE,
        SESSION_COOKIE,
    };
    pub use platform::keys::SessionKeys;
    pub use platform::RequestContext;
}

/// Runs `$body` with the data layer of the database `$db` (a [`Database`]) is: `$d` names that
/// copy's crate (`data_sqlite` or `data_pg`) and `$pool` its pool.
///
/// The body is compiled once per backend, so it may use the copy's own types (rows, parameters);
/// what it gives back must be one type for both (a wire type, a response, an `AppError`).
///
/// ```ignore
/// with_data!(&state.db, |d, pool| d::services::cases::play(pool, user, run, lang).await)
/// ```
#[macro_export]
macro_rules! with_data {
    ($db:expr, |$d:ident, $pool:ident| $body:expr) => {
        match &$db {
            $crate::server::Database::Sqlite($pool) => {
                use $crate::server::data_sqlite as $d;
                $body
            }
            $crate::server::Database::Postgres($pool) => {
                use $crate::server::data_pg as $d;
                $body
            }
        }
    };
    ($db:expr, |$d:ident| $body:expr) => {
        match &$db {
            $crate::server::Database::Sqlite(_) => {
                use $crate::server::data_sqlite as $d;
                $body
            }
            $crate::server::Database::Postgres(_) => {
                use $crate::server::data_pg as $d;
                $body
            }
        }
    };
}
