//! Server functions for case simulations: the case page, starting a run, playing it, deciding.

use crate::error::AppError;
use crate::wire::{CaseOverview, CasePlay};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

#[server(endpoint = "case")]
pub async fn get_case(course_id: String, case_id: String) -> Result<CaseOverview, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::cases::overview(
                    pool,
                    user.id,
                    &course_id,
                    &case_id,
                    ctx::request().lang,
                )
                .await
            })
        }
        .await,
    )
}

/// Starts (or resumes) a run and goes to it.
#[server(endpoint = "start_case")]
pub async fn start_case(course_id: String, case_id: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let run = d::services::cases::start(pool, user.id, &course_id, &case_id).await?;
                leptos_axum::redirect(&format!("/courses/{course_id}/cases/{case_id}/runs/{run}"));
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "case_run")]
pub async fn get_case_run(run_id: i64) -> Result<CasePlay, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::cases::play(pool, user.id, run_id, ctx::request().lang).await
            })
        }
        .await,
    )
}

/// Takes a choice at decision `step` and shows the run again (the next situation, or the ending
/// and its debrief). A second post of the same step changes nothing.
#[server(endpoint = "decide")]
pub async fn decide(run_id: i64, step: u32, choice: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let done = d::services::cases::decide(pool, user.id, run_id, step, &choice).await?;
                leptos_axum::redirect(&format!(
                    "/courses/{}/cases/{}/runs/{}",
                    done.course_id, done.case_id, done.run_id
                ));
                Ok(())
            })
        }
        .await,
    )
}

/// Path analytics of a case (authors and platform administrators).
#[server(endpoint = "case_analytics")]
pub async fn get_case_analytics(
    course_id: String,
    case_id: String,
) -> Result<crate::wire::CaseAnalytics, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::case_analytics::case_analytics(
                    pool,
                    &user,
                    &course_id,
                    &case_id,
                    ctx::request().lang,
                )
                .await
            })
        }
        .await,
    )
}
