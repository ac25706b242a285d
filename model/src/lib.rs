//! RTW Academy: what the browser build, the application and the data layer share.
//!
//! - `domain`: pure rules (content model and validation, grading, case engine, certification,
//!   progress, input newtypes). No Leptos, no sqlx.
//! - `wire`, `error`: types that cross between browser and server.
//! - `i18n`: the interface strings in bokmål, nynorsk, Swedish and English (`locales/`).
//!
//! With the `ssr` feature it also carries the rules only the server runs (content loading,
//! grading, certification); the browser bundle is built without them.

pub mod domain;
pub mod error;
pub mod i18n;
pub mod wire;
