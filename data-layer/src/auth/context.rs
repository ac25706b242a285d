//! Works out, once per request, who is signed in and which language to answer in, and puts
//! the result in the request's extensions for pages, server functions and handlers.

use super::session::SESSION_COOKIE;
use crate::{now, AppState};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{ACCEPT_LANGUAGE, COOKIE};
use http::HeaderMap;
use model::domain::Lang;
use model::wire::{Role, SessionUser};

pub const LANG_COOKIE: &str = "rtw_lang";

pub use platform::RequestContext;

/// The value of cookie `name` in the request, if any.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Axum middleware: resolves the session and the language.
pub async fn request_context(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let headers = req.headers();
    let session = match cookie(headers, SESSION_COOKIE) {
        Some(token) if !token.is_empty() => load_session(&state, token).await,
        _ => None,
    };
    // The most recent explicit choice (the language cookie) wins, then the account's setting,
    // then the browser's preference.
    let lang = cookie(headers, LANG_COOKIE)
        .and_then(Lang::from_tag)
        .or_else(|| session.as_ref().map(|(_, u)| u.lang))
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default();
    let (session_id, user) = match session {
        Some((sid, user)) => (Some(sid), Some(user)),
        None => (None, None),
    };
    let client = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip());
    req.extensions_mut().insert(RequestContext {
        lang,
        user,
        session_id,
        client,
    });
    next.run(req).await
}

/// The user behind a session token, if the token is genuine and its session still live.
async fn load_session(state: &AppState, token: &str) -> Option<(String, SessionUser)> {
    let (sid, user_id) = state.sessions.verify(token)?;
    let t = now();
    let row = sqlx::query!(
        r#"SELECT u.id AS "id!", u.display_name, u.email, u.lang,
                  (SELECT string_agg(role, ',') FROM user_roles r WHERE r.user_id = u.id) AS "roles: String"
           FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > $3"#,
        sid,
        user_id,
        t
    )
    .fetch_optional(crate::db::pool(&state.db))
    .await
    .map_err(|e| tracing::error!(error = %e, "session lookup failed"))
    .ok()??;
    let roles = row
        .roles
        .unwrap_or_default()
        .split(',')
        .filter_map(Role::parse)
        .collect();
    Some((
        sid,
        SessionUser {
            id: row.id,
            name: row.display_name,
            email: row.email,
            roles,
            lang: Lang::from_tag(&row.lang).unwrap_or_default(),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_several() {
        let mut headers = HeaderMap::new();
        headers.insert(
            COOKIE,
            "a=1; rtw_session=tok.en.x; rtw_lang=nn".parse().unwrap(),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("tok.en.x"));
        assert_eq!(cookie(&headers, LANG_COOKIE), Some("nn"));
        assert_eq!(cookie(&headers, "missing"), None);
    }
}
