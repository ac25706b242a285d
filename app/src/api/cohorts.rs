//! Server functions for cohorts: creating one, its page, adding and removing people.

use crate::error::AppError;
use crate::wire::CohortView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// One cohort with its people and where each stands.
#[server(endpoint = "cohort")]
pub async fn cohort(org_id: i64, cohort_id: i64) -> Result<CohortView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                d::services::cohorts::view(pool, &user, org_id, cohort_id, lang).await
            })
        }
        .await,
    )
}

/// Creates a cohort (a name, a programme and a deadline day) and opens its page.
#[server(endpoint = "create_cohort")]
pub async fn create_cohort(
    org_id: i64,
    #[server(default)] name: String,
    #[server(default)] course_id: String,
    #[server(default)] deadline: String,
) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let id =
                    d::services::cohorts::create(pool, &user, org_id, &name, &course_id, &deadline)
                        .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/cohorts/{id}"));
                Ok(id)
            })
        }
        .await,
    )
}

/// Adds one of the organisation's people to the cohort, or without `user_id` everyone not in it.
#[server(endpoint = "add_to_cohort")]
pub async fn add_to_cohort(
    org_id: i64,
    cohort_id: i64,
    #[server(default)] user_id: Option<i64>,
) -> Result<u64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let n = d::services::cohorts::add(pool, &user, org_id, cohort_id, user_id).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/cohorts/{cohort_id}"));
                Ok(n)
            })
        }
        .await,
    )
}

/// Takes a person out of the cohort.
#[server(endpoint = "remove_from_cohort")]
pub async fn remove_from_cohort(org_id: i64, cohort_id: i64, user_id: i64) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::cohorts::remove(pool, &user, org_id, cohort_id, user_id).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/cohorts/{cohort_id}"));
                Ok(())
            })
        }
        .await,
    )
}
