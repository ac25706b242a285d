//! Server functions for an organisation's HR integration page: its API tokens.

use crate::error::AppError;
use crate::wire::OrgApiView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The organisation's API tokens; with `created`, the token just made, the one time it is shown.
#[server(endpoint = "org_api")]
pub async fn org_api(org_id: i64, created: Option<i64>) -> Result<OrgApiView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let base = state.config.base_url.clone();
                d::services::api_tokens::page(pool, &state.sessions, &user, org_id, created, &base)
                    .await
            })
        }
        .await,
    )
}

/// Creates an API token and opens the page that shows it once. Each scope is a checkbox.
#[server(endpoint = "create_api_token")]
pub async fn create_api_token(
    org_id: i64,
    #[server(default)] name: String,
    #[server(default)] days: String,
    #[server(default)] scope_people: Option<String>,
    #[server(default)] scope_enrolments: Option<String>,
    #[server(default)] scope_completions: Option<String>,
    #[server(default)] scope_certificates: Option<String>,
) -> Result<i64, AppError> {
    use crate::domain::hr_api::Scope;
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let ticked = [
                    (scope_people, Scope::People),
                    (scope_enrolments, Scope::Enrolments),
                    (scope_completions, Scope::Completions),
                    (scope_certificates, Scope::Certificates),
                ];
                let scopes: Vec<&str> = ticked
                    .iter()
                    .filter(|(on, _)| on.is_some())
                    .map(|(_, s)| s.as_str())
                    .collect();
                let id = d::services::api_tokens::create(
                    pool,
                    &state.sessions,
                    &user,
                    org_id,
                    &name,
                    &scopes,
                    &days,
                )
                .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/api?created={id}"));
                Ok(id)
            })
        }
        .await,
    )
}

/// Revokes an API token at once.
#[server(endpoint = "revoke_api_token")]
pub async fn revoke_api_token(org_id: i64, token_id: i64) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::api_tokens::revoke(pool, &user, org_id, token_id).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/api?revoked={token_id}"));
                Ok(())
            })
        }
        .await,
    )
}
