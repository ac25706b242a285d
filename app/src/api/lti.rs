//! Server functions for the platform administrators' LTI page: the registered learning
//! platforms, registering one, and turning one off or on.
// The registration form has eight fields, each a plain form field so the page works without
// JavaScript; the server macro copies the arguments into code an item-level allow cannot reach.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::wire::LtiPlatformsView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

#[server(endpoint = "lti_platforms")]
pub async fn lti_platforms() -> Result<LtiPlatformsView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::lti::page(&state, &user).await
            })
        }
        .await,
    )
}

#[server(endpoint = "add_lti_platform")]
pub async fn add_lti_platform(
    #[server(default)] name: String,
    #[server(default)] issuer: String,
    #[server(default)] client_id: String,
    #[server(default)] deployments: String,
    #[server(default)] auth_url: String,
    #[server(default)] token_url: String,
    #[server(default)] jwks_url: String,
    #[server(default)] organisation: String,
) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                let form = d::services::lti::PlatformForm {
                    name: &name,
                    issuer: &issuer,
                    client_id: &client_id,
                    deployments: &deployments,
                    auth_url: &auth_url,
                    token_url: &token_url,
                    jwks_url: &jwks_url,
                    organisation: &organisation,
                };
                let id = d::services::lti::add(&state, &user, form).await?;
                leptos_axum::redirect("/lti/platforms?saved=1");
                Ok(id)
            })
        }
        .await,
    )
}

#[server(endpoint = "toggle_lti_platform")]
pub async fn toggle_lti_platform(id: i64, #[server(default)] enable: bool) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::lti::set_enabled(&state, &user, id, enable).await?;
                leptos_axum::redirect("/lti/platforms");
                Ok(())
            })
        }
        .await,
    )
}
