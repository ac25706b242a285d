//! The two ends of a sign-in through an organisation's OpenID provider: `/sso/start` sends the
//! browser to the provider (a state cookie ties the sign-in to this browser), `/sso/callback`
//! takes it back, signs the person in, or sends them to the page that says what went wrong.

use app::api::SSO_LINK_COOKIE;
use app::domain::sso::SsoFailure;
use app::server::auth::{cookie, session_cookie, RequestContext};
use app::server::outcomes::{Callback, Finished, LINK_TTL_SECS, LOGIN_TTL_SECS};
use app::server::AppState;
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde::Deserialize;

const STATE_COOKIE: &str = "rtw_sso_state";

#[derive(Debug, Deserialize)]
pub struct Start {
    org: Option<String>,
    next: Option<String>,
}

/// A cookie for the sign-in's own paths, gone after `max_age` seconds.
fn cookie_header(name: &str, value: &str, path: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `303 See Other` to `to` with the given cookies; never cached.
pub(crate) fn redirect(to: &str, cookies: Vec<HeaderValue>) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(to) = HeaderValue::from_str(to) {
        headers.insert(LOCATION, to);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for c in cookies {
        headers.append(SET_COOKIE, c);
    }
    response
}

fn failed(state: &AppState, why: SsoFailure) -> Response {
    let clear = cookie_header(STATE_COOKIE, "", "/sso", 0, state.config.secure_cookies);
    redirect(&format!("/sso/failed?reason={}", why.code()), vec![clear])
}

/// `GET /sso/start?org=ID[&next=/path]`: to the organisation's provider.
pub async fn start(State(state): State<AppState>, Query(q): Query<Start>) -> Response {
    let Some(org_id) = q.org.as_deref().and_then(|o| o.trim().parse::<i64>().ok()) else {
        return failed(&state, SsoFailure::NotConfigured);
    };
    match app::with_data!(state.db, |d| {
        d::services::sso::begin(&state, org_id, q.next.as_deref()).await
    }) {
        Ok(begun) => redirect(
            &begun.url,
            vec![cookie_header(
                STATE_COOKIE,
                &begun.state,
                "/sso",
                LOGIN_TTL_SECS,
                state.config.secure_cookies,
            )],
        ),
        Err(why) => failed(&state, why),
    }
}

/// `GET /sso/callback?code=…&state=…` (or `?error=…`): back from the provider.
pub async fn callback(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    headers: HeaderMap,
    Query(back): Query<Callback>,
) -> Response {
    let secure = state.config.secure_cookies;
    let mine = cookie(&headers, STATE_COOKIE);
    match app::with_data!(state.db, |d| {
        d::services::sso::finish(&state, mine, &back, ctx.lang).await
    }) {
        Ok(Finished::SignedIn { user_id, next }) => {
            let ttl = state.config.session_ttl_secs;
            match app::with_data!(state.db, |d, pool| {
                d::auth::start_session(pool, &state.sessions, user_id, ttl).await
            }) {
                Ok(token) => redirect(
                    &next,
                    vec![
                        cookie_header(STATE_COOKIE, "", "/sso", 0, secure),
                        session_cookie(&token, ttl, secure),
                    ],
                ),
                Err(_) => failed(&state, SsoFailure::Internal),
            }
        }
        Ok(Finished::Link { token }) => redirect(
            "/sso/link",
            vec![
                cookie_header(STATE_COOKIE, "", "/sso", 0, secure),
                cookie_header(SSO_LINK_COOKIE, &token, "/", LINK_TTL_SECS, secure),
            ],
        ),
        Err(why) => failed(&state, why),
    }
}
