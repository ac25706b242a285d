//! Server functions for renewing certificates and for the learner's continuing professional
//! development (CPD) log.

use crate::error::AppError;
use crate::wire::CpdEntryView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// Renews the signed-in learner's certificate `code` and goes back to their certificates.
#[server(endpoint = "renew_certificate")]
pub async fn renew_certificate(code: String) -> Result<String, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let new_code = d::services::renewal::renew(pool, &user, &code).await?;
                leptos_axum::redirect("/certificates");
                Ok(new_code)
            })
        }
        .await,
    )
}

/// The signed-in learner's CPD log, newest first.
#[server(endpoint = "my_cpd")]
pub async fn my_cpd() -> Result<Vec<CpdEntryView>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::cpd::log(pool, &user).await
            })
        }
        .await,
    )
}

/// Adds an entry to the signed-in learner's CPD log.
#[server(endpoint = "add_cpd")]
pub async fn add_cpd(
    #[server(default)] activity: String,
    #[server(default)] provider: String,
    #[server(default)] done_on: String,
    #[server(default)] hours: String,
    #[server(default)] attested_by: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let entry = d::services::cpd::NewEntry {
                    activity,
                    provider,
                    done_on,
                    hours,
                    attested_by,
                };
                d::services::cpd::add(pool, &user, &entry).await?;
                leptos_axum::redirect("/certificates/cpd");
                Ok(())
            })
        }
        .await,
    )
}

/// Removes one of the signed-in learner's CPD entries.
#[server(endpoint = "remove_cpd")]
pub async fn remove_cpd(id: i64) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::cpd::remove(pool, &user, id).await?;
                leptos_axum::redirect("/certificates/cpd");
                Ok(())
            })
        }
        .await,
    )
}
