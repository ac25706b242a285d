//! Server functions: thin. Each takes the state and the user from context, calls a service and
//! maps the error. No SQL and no business rules here.

pub mod account;
pub mod auth;
pub mod authoring;
pub mod cases;
pub mod certificates;
pub mod cohorts;
pub mod feedback;
pub mod hr_api;
pub mod learning;
pub mod lrs;
pub mod lti;
pub mod networks;
pub mod organisations;
pub mod quizzes;
pub mod renewal;
pub mod sso;
pub mod webhooks;

pub use account::*;
pub use auth::*;
pub use authoring::*;
pub use cases::*;
pub use certificates::*;
pub use cohorts::*;
pub use feedback::*;
pub use hr_api::*;
pub use learning::*;
pub use lrs::*;
pub use lti::*;
pub use networks::*;
pub use organisations::*;
pub use quizzes::*;
pub use renewal::*;
pub use sso::*;
pub use webhooks::*;

/// Request-scoped helpers for server functions (server side only).
#[cfg(feature = "ssr")]
pub(crate) mod ctx {
    use crate::error::AppError;
    use crate::server::auth::session_cookie;
    use crate::server::{AppState, RequestContext};
    use crate::wire::SessionUser;
    use http::header::{ACCEPT, SET_COOKIE};
    use http::{HeaderValue, StatusCode};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    pub fn state() -> Result<AppState, AppError> {
        use_context::<AppState>().ok_or_else(|| {
            tracing::error!("application state missing from context");
            AppError::Internal
        })
    }

    fn parts() -> Option<http::request::Parts> {
        use_context::<http::request::Parts>()
    }

    /// Who is asking and in which language (resolved once per request by middleware).
    pub fn request() -> RequestContext {
        parts()
            .and_then(|p| p.extensions.get::<RequestContext>().cloned())
            .unwrap_or_default()
    }

    /// The prefix of static files' links on this page (see [`crate::server::AssetBase`]).
    pub fn asset_base() -> String {
        parts()
            .and_then(|p| p.extensions.get::<crate::server::AssetBase>().cloned())
            .map(|b| b.0.to_string())
            .unwrap_or_default()
    }

    pub fn user() -> Result<SessionUser, AppError> {
        request().user.ok_or(AppError::Unauthenticated)
    }

    /// A plain HTML form post (no JavaScript) is answered with a redirect, not a status.
    fn is_form_post() -> bool {
        parts()
            .and_then(|p| {
                p.headers
                    .get(ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .map(|v| v.contains("text/html"))
            })
            .unwrap_or(false)
    }

    /// Gives API callers the error's HTTP status (4xx for their mistakes, never a bare 500).
    pub fn finish<T>(result: Result<T, AppError>) -> Result<T, AppError> {
        if let Err(e) = &result {
            if !is_form_post() {
                if let (Some(res), Ok(status)) = (
                    use_context::<ResponseOptions>(),
                    StatusCode::from_u16(e.status()),
                ) {
                    res.set_status(status);
                }
            }
        }
        result
    }

    pub fn set_cookie(value: HeaderValue) {
        if let Some(res) = use_context::<ResponseOptions>() {
            res.append_header(SET_COOKIE, value);
        }
    }

    /// Starts a session for `user_id` and sets its cookie on the response.
    /// The value of cookie `name` in the request.
    pub fn cookie(name: &str) -> Option<String> {
        parts().and_then(|p| crate::server::auth::cookie(&p.headers, name).map(str::to_string))
    }

    pub async fn sign_in_as(state: &AppState, user_id: i64) -> Result<(), AppError> {
        let ttl = state.config.session_ttl_secs;
        let token = crate::with_data!(state.db, |d, pool| {
            d::auth::start_session(pool, &state.sessions, user_id, ttl).await
        })?;
        set_cookie(session_cookie(&token, ttl, state.config.secure_cookies));
        Ok(())
    }
}
