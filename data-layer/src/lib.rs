//! The data layer: everything that reads or writes the database, and the work built on it (the
//! services that server functions call, sessions, the email outbox, webhooks, xAPI, LTI).
//!
//! This source is compiled as its own package per database backend: `data-sqlite` today, with
//! `data-pg` to come (docs/postgres.md), so each copy's queries are checked at compile time against
//! its own database. It depends on `model` (rules and wire types) and `platform` (state, mailer,
//! keys) and never on the user interface.

/// The one of two expressions that suits the backend this copy is compiled for. For the few
/// queries whose SQL must differ (JSON functions, lists of ids), written side by side; everything
/// else is one query for both.
macro_rules! by_backend {
    (sqlite: $sqlite:expr, postgres: $postgres:expr $(,)?) => {{
        #[cfg(backend = "sqlite")]
        let chosen = $sqlite;
        #[cfg(backend = "postgres")]
        let chosen = $postgres;
        chosen
    }};
}

pub mod auth;
pub mod db;
pub mod email;
pub mod lti;
pub mod services;
pub mod webhooks;
pub mod xapi;

pub use auth::RequestContext;
// The runtime apart from the database lives in the `platform` crate, shared by every backend.
pub use platform::{limiter, now, oidc, random_hex, state};
pub use platform::{AppConfig, AppState, AssetBase, Database};
