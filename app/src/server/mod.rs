//! Server-side parts of the application: state, database, sessions, email and the services
//! that server functions call. Compiled only with the `ssr` feature.

pub mod auth;
pub mod csp;
pub mod db;
pub mod email;
pub mod limiter;
pub mod lti;
pub mod oidc;
pub mod services;
pub mod state;
pub mod webhooks;
pub mod xapi;

pub use auth::RequestContext;
pub use state::{AppConfig, AppState, AssetBase};

/// Seconds since the Unix epoch: how every time is stored.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Random bytes from the operating system, hex-encoded: ids and tokens nobody can guess.
pub fn random_hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    // ThreadRng is a CSPRNG seeded from the operating system.
    rand::rng().fill_bytes(&mut buf);
    hex::encode(buf)
}
