//! Server functions for certificates: the learner's own, verification by code, and revoking or
//! reinstating (platform administrators).

use crate::error::AppError;
use crate::wire::CertificateView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The signed-in learner's certificates.
#[server(endpoint = "my_certificates")]
pub async fn my_certificates() -> Result<Vec<CertificateView>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::certification::mine(pool, user.id, ctx::request().lang).await
            })
        }
        .await,
    )
}

/// A certificate by its code; anyone may ask.
#[server(endpoint = "verify_certificate")]
pub async fn verify_certificate(code: String) -> Result<CertificateView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                d::services::certification::verify(pool, &code, ctx::request().lang).await
            })
        }
        .await,
    )
}

/// Revokes (`action` = `revoke`) or reinstates (`reinstate`) a certificate, with a reason.
#[server(endpoint = "change_certificate")]
pub async fn change_certificate(
    code: String,
    action: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let change = match action.as_str() {
                    "revoke" => d::services::certification::Change::Revoke,
                    "suspend" => d::services::certification::Change::Suspend,
                    "reinstate" => d::services::certification::Change::Reinstate,
                    _ => return Err(AppError::BadRequest),
                };
                d::services::certification::change_status(pool, &user, &code, change, &reason)
                    .await?;
                let code = crate::domain::certification::normalise_code(&code).unwrap_or(code);
                leptos_axum::redirect(&format!("/verify/{code}"));
                Ok(())
            })
        }
        .await,
    )
}
