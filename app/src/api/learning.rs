//! Server functions for the learner: courses, the programme overview, lessons, completion.

use crate::error::AppError;
use crate::wire::{CourseCard, LessonPage, ProgrammeOverview};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::ctx,
    crate::server::services::{catalogue, learning},
};

#[server(endpoint = "courses")]
pub async fn get_courses() -> Result<Vec<CourseCard>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            catalogue::list_courses(state.db.sqlite(), ctx::request().lang).await
        }
        .await,
    )
}

#[server(endpoint = "programme")]
pub async fn get_programme(course_id: String) -> Result<ProgrammeOverview, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            learning::overview(state.db.sqlite(), user.id, &course_id, ctx::request().lang).await
        }
        .await,
    )
}

#[server(endpoint = "lesson")]
pub async fn get_lesson(course_id: String, lesson_id: String) -> Result<LessonPage, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            learning::lesson_page(
                state.db.sqlite(),
                user.id,
                &course_id,
                &lesson_id,
                ctx::request().lang,
            )
            .await
        }
        .await,
    )
}

#[server(endpoint = "complete_lesson")]
pub async fn complete_lesson(course_id: String, lesson_id: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            learning::complete_lesson(state.db.sqlite(), user.id, &course_id, &lesson_id).await
        }
        .await,
    )
}
