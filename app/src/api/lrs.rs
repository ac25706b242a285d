//! Server functions for an organisation's learning record store (xAPI) page.

use crate::error::AppError;
use crate::wire::OrgLrsView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The organisation's LRS connection and the log of statements sent to it.
#[server(endpoint = "org_lrs")]
pub async fn org_lrs(org_id: i64) -> Result<OrgLrsView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::lrs::page(&state, &user, org_id).await
            })
        }
        .await,
    )
}

/// Connects the LRS or changes its connection (an empty password keeps the saved one).
#[server(endpoint = "save_lrs")]
pub async fn save_lrs(
    org_id: i64,
    #[server(default)] endpoint: String,
    #[server(default)] username: String,
    #[server(default)] password: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::lrs::save(&state, &user, org_id, &endpoint, &username, &password)
                    .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/xapi?saved=1"));
                Ok(())
            })
        }
        .await,
    )
}

/// Turns the connection off or on again.
#[server(endpoint = "toggle_lrs")]
pub async fn toggle_lrs(org_id: i64, #[server(default)] enable: bool) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::lrs::set_enabled(&state, &user, org_id, enable).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/xapi"));
                Ok(())
            })
        }
        .await,
    )
}
