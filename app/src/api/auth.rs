//! Server functions for accounts: session, register, sign in and out, password reset, language.

use crate::error::AppError;
use crate::wire::SessionUser;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::ctx,
    crate::domain::{local_path::local_path, Lang},
    crate::server::auth::{clear_cookie, LANG_COOKIE},
    crate::with_data,
};

/// The signed-in user, if any.
#[server(endpoint = "session")]
pub async fn get_session() -> Result<Option<SessionUser>, AppError> {
    Ok(ctx::request().user)
}

/// Where a user lands after signing in: the requested page, else the first programme.
#[cfg(feature = "ssr")]
async fn landing(state: &crate::server::AppState, next: Option<&str>) -> String {
    if let Some(path) = next.and_then(local_path) {
        return path.to_string();
    }
    let courses = with_data!(state.db, |d, pool| {
        d::services::catalogue::list_courses(pool, Lang::DEFAULT).await
    });
    match courses {
        Ok(courses) if !courses.is_empty() => format!("/courses/{}", courses[0].id),
        _ => "/".to_string(),
    }
}

#[server(endpoint = "register")]
pub async fn register(name: String, email: String, password: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let reg = d::services::accounts::Registration::parse(
                    &name,
                    &email,
                    &password,
                    ctx::request().lang,
                )?;
                let user_id = d::services::accounts::register(pool, reg).await?;
                ctx::sign_in_as(&state, user_id).await?;
                leptos_axum::redirect(&landing(&state, None).await);
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let address = ctx::request()
                    .client
                    .map_or_else(|| "local".to_string(), |ip| ip.to_string());
                let now = std::time::Instant::now();
                if state.sign_in_limits.check(&email, &address, now).is_err() {
                    tracing::info!(client = %address, "sign-in refused: too many failures");
                    return Err(AppError::TooManyAttempts);
                }
                let user_id =
                    match d::services::accounts::authenticate(pool, &email, &password).await {
                        Err(AppError::BadCredentials) => {
                            state.sign_in_limits.failed(&email, &address, now);
                            return Err(AppError::BadCredentials);
                        }
                        other => other?,
                    };
                ctx::sign_in_as(&state, user_id).await?;
                leptos_axum::redirect(&landing(&state, next.as_deref()).await);
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                if let Some(sid) = ctx::request().session_id {
                    d::auth::revoke_session(pool, &sid).await?;
                }
                ctx::set_cookie(clear_cookie(state.config.secure_cookies));
                leptos_axum::redirect("/");
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                d::services::accounts::request_password_reset(&state, &email, ctx::request().lang)
                    .await?;
                leptos_axum::redirect("/forgot-password?sent=1");
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                d::services::accounts::reset_password(pool, &token, &password).await?;
                leptos_axum::redirect("/sign-in?reset=1");
                Ok(())
            })
        }
        .await,
    )
}

/// Chooses the interface language: remembered in a cookie, and on the account when signed in.
#[server(endpoint = "set_language")]
pub async fn set_language(lang: String, back: Option<String>) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let lang = Lang::from_tag(&lang)
                    .ok_or_else(|| AppError::field("lang", "error-bad-request"))?;
                if let Some(user) = ctx::request().user {
                    d::services::accounts::set_language(pool, user.id, lang).await?;
                }
                let secure = if state.config.secure_cookies {
                    "; Secure"
                } else {
                    ""
                };
                let cookie = format!(
                    "{LANG_COOKIE}={}; Path=/; SameSite=Lax; Max-Age=31536000{secure}",
                    lang.code()
                );
                if let Ok(value) = http::HeaderValue::from_str(&cookie) {
                    ctx::set_cookie(value);
                }
                leptos_axum::redirect(back.as_deref().and_then(local_path).unwrap_or("/"));
                Ok(())
            })
        }
        .await,
    )
}
