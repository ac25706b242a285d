//! Server functions for learning networks.

use crate::error::AppError;
use crate::wire::{NetworkView, NetworksView};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The networks the signed-in user may see.
#[server(endpoint = "networks")]
pub async fn networks() -> Result<NetworksView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::networks::list(pool, &user).await
            })
        }
        .await,
    )
}

/// Makes a network (platform administrators) and opens its page.
#[server(endpoint = "create_network")]
pub async fn create_network(#[server(default)] name: String) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let id = d::services::networks::create(pool, &user, &name).await?;
                leptos_axum::redirect(&format!("/networks/{id}"));
                Ok(id)
            })
        }
        .await,
    )
}

/// A network's figures per organisation and per module.
#[server(endpoint = "network")]
pub async fn network(network_id: i64) -> Result<NetworkView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::networks::view(pool, &user, network_id, ctx::request().lang).await
            })
        }
        .await,
    )
}

/// Adds an organisation to a network or takes it out (platform administrators).
#[server(endpoint = "set_network_member")]
pub async fn set_network_member(
    network_id: i64,
    org_id: i64,
    #[server(default)] join: bool,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::networks::set_member(pool, &user, network_id, org_id, join).await?;
                leptos_axum::redirect(&format!("/networks/{network_id}"));
                Ok(())
            })
        }
        .await,
    )
}
