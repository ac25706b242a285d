//! Passwords, sessions, and working out who and which language a request is for.

mod context;
mod password;
mod session;

pub use context::{cookie, request_context, RequestContext, LANG_COOKIE};
pub use password::{hash_password, verify_dummy, verify_password};
pub use platform::api_token::{token_hash, ApiTokenClaims};
pub use session::{
    clear_cookie, revoke_all_sessions, revoke_session, session_cookie, shared_session_secret,
    start_session, SessionKeys, SESSION_COOKIE,
};
