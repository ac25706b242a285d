//! The server's shared runtime, apart from the database: the application state and its settings,
//! the mailer, the keys that sign sessions, invitations and API tokens, the sign-in limits and the
//! OpenID providers' cache.
//!
//! It is its own crate so that the data layer (compiled once per database backend) and the
//! application share one `AppState` type.

pub mod api_token;
pub mod keys;
pub mod limiter;
pub mod mailer;
pub mod oidc;
pub mod outcomes;
pub mod state;

pub use outcomes::PublishOutcome;
pub use state::{AppConfig, AppState, AssetBase, Database, RequestContext};

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
