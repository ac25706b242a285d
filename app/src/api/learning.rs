//! Server functions for the learner: courses, the programme overview, lessons, completion.

use crate::error::AppError;
use crate::wire::{CourseCard, LessonPage, ProgrammeOverview};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

#[server(endpoint = "courses")]
pub async fn get_courses() -> Result<Vec<CourseCard>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                d::services::catalogue::list_courses(pool, ctx::request().lang).await
            })
        }
        .await,
    )
}

#[server(endpoint = "programme")]
pub async fn get_programme(course_id: String) -> Result<ProgrammeOverview, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::learning::overview(pool, user.id, &course_id, ctx::request().lang)
                    .await
            })
        }
        .await,
    )
}

#[server(endpoint = "lesson")]
pub async fn get_lesson(course_id: String, lesson_id: String) -> Result<LessonPage, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::learning::lesson_page(
                    pool,
                    user.id,
                    &course_id,
                    &lesson_id,
                    ctx::request().lang,
                )
                .await
            })
        }
        .await,
    )
}

#[server(endpoint = "complete_lesson")]
pub async fn complete_lesson(course_id: String, lesson_id: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::learning::complete_lesson(pool, user.id, &course_id, &lesson_id).await
            })
        }
        .await,
    )
}
