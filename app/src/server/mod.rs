//! Server-side parts of the application, compiled only with the `ssr` feature: the data layer
//! (services, database, sessions, email; the `data-sqlite` crate) under its old paths, and the
//! page's security headers.

pub mod csp;

pub use data_sqlite::*;
