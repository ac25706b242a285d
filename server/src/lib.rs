#![recursion_limit = "256"]
//! The RTW Academy host process: configuration, start-up, the HTTP router, background workers
//! and the command line. `main.rs` only parses arguments and calls into here.

pub mod account;
pub mod api_status;
pub mod assets;
pub mod authoring;
pub mod backup;
pub mod cli;
pub mod config;
pub mod courses;
pub mod credentials;
pub mod hr_api;
pub mod lti;
pub mod organisations;
pub mod pdf;
pub mod rate_limit;
pub mod security;
pub mod sso;
pub mod startup;
pub mod verification;
