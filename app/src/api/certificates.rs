//! Server functions for certificates: the learner's own, verification by code, and revoking or
//! reinstating (platform administrators).

use crate::error::AppError;
use crate::wire::CertificateView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::server::services::certification};

/// The signed-in learner's certificates.
#[server(endpoint = "my_certificates")]
pub async fn my_certificates() -> Result<Vec<CertificateView>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            certification::mine(state.db.sqlite(), user.id, ctx::request().lang).await
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
            certification::verify(state.db.sqlite(), &code, ctx::request().lang).await
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
            let user = ctx::user()?;
            let change = match action.as_str() {
                "revoke" => certification::Change::Revoke,
                "suspend" => certification::Change::Suspend,
                "reinstate" => certification::Change::Reinstate,
                _ => return Err(AppError::BadRequest),
            };
            certification::change_status(state.db.sqlite(), &user, &code, change, &reason).await?;
            let code = crate::domain::certification::normalise_code(&code).unwrap_or(code);
            leptos_axum::redirect(&format!("/verify/{code}"));
            Ok(())
        }
        .await,
    )
}
