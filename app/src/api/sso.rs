//! Server functions for single sign-on: an organisation's provider settings, the organisations
//! on the sign-in page, and linking a provider's sign-in to an existing account.
// The settings form has nine fields, each a plain form field so the page works without
// JavaScript; the server macro copies the arguments into code an item-level allow cannot reach.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::wire::{OrgSsoView, SsoChoice, SsoLinkView};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The cookie that holds a pending link's token (set by the return from the provider).
pub const SSO_LINK_COOKIE: &str = "rtw_sso_link";

/// The organisation's single sign-on settings.
#[server(endpoint = "org_sso")]
pub async fn org_sso(org_id: i64) -> Result<OrgSsoView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::sso::page(&state, &user, org_id).await
            })
        }
        .await,
    )
}

/// Saves the provider settings (an empty secret keeps the saved one); the issuer must answer.
#[server(endpoint = "save_sso")]
pub async fn save_sso(
    org_id: i64,
    #[server(default)] issuer: String,
    #[server(default)] client_id: String,
    #[server(default)] client_secret: String,
    #[server(default)] subject_claim: String,
    #[server(default)] name_claim: String,
    #[server(default)] email_claim: String,
    #[server(default)] org_claim: String,
    #[server(default)] org_value: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                let form = d::services::sso::SettingsForm {
                    issuer: &issuer,
                    client_id: &client_id,
                    client_secret: &client_secret,
                    subject_claim: &subject_claim,
                    name_claim: &name_claim,
                    email_claim: &email_claim,
                    org_claim: &org_claim,
                    org_value: &org_value,
                };
                d::services::sso::save(&state, &user, org_id, form).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/sign-in?saved=1"));
                Ok(())
            })
        }
        .await,
    )
}

/// Turns sign-in through the provider off or on.
#[server(endpoint = "toggle_sso")]
pub async fn toggle_sso(org_id: i64, #[server(default)] enable: bool) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::sso::set_enabled(&state, &user, org_id, enable).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/sign-in"));
                Ok(())
            })
        }
        .await,
    )
}

/// The organisations people can sign in through.
#[server(endpoint = "sso_choices")]
pub async fn sso_choices() -> Result<Vec<SsoChoice>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                d::services::sso::choices(pool).await
            })
        }
        .await,
    )
}

/// The sign-in waiting to be linked in this browser, if any.
#[server(endpoint = "sso_link_info")]
pub async fn sso_link_info() -> Result<Option<SsoLinkView>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                d::services::sso::link_view(pool, ctx::cookie(SSO_LINK_COOKIE).as_deref()).await
            })
        }
        .await,
    )
}

/// Links the waiting sign-in to the account after its password, and signs in.
#[server(endpoint = "link_sso")]
pub async fn link_sso(#[server(default)] password: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let token = ctx::cookie(SSO_LINK_COOKIE);
                let address = ctx::request()
                    .client
                    .map_or_else(|| "local".to_string(), |ip| ip.to_string());
                // Failures count against the account, as on the sign-in page: a new sign-in at the
                // provider (a new token) starts no new count.
                let key = d::services::sso::link_view(pool, token.as_deref())
                    .await?
                    .map(|v| v.email)
                    .unwrap_or_default();
                let now = std::time::Instant::now();
                if state.sign_in_limits.check(&key, &address, now).is_err() {
                    return Err(AppError::TooManyAttempts);
                }
                let user_id = match d::services::sso::link(pool, token.as_deref(), &password).await
                {
                    Err(AppError::BadCredentials) => {
                        state.sign_in_limits.failed(&key, &address, now);
                        return Err(AppError::BadCredentials);
                    }
                    other => other?,
                };
                ctx::sign_in_as(&state, user_id).await?;
                if let Ok(clear) = http::HeaderValue::from_str(&format!(
                    "{SSO_LINK_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
                )) {
                    ctx::set_cookie(clear);
                }
                leptos_axum::redirect("/?linked=1");
                Ok(())
            })
        }
        .await,
    )
}
