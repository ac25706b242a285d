//! Server functions for quizzes: the quiz page, starting, the attempt, submitting, the review.

use crate::error::AppError;
use crate::wire::{AttemptPage, AttemptReview, QuizOverview};
use leptos::prelude::*;
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
use {super::ctx, crate::i18n::I18n, crate::with_data};

#[server(endpoint = "quiz")]
pub async fn get_quiz(course_id: String, quiz_id: String) -> Result<QuizOverview, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::quizzes::overview(
                    pool,
                    user.id,
                    &course_id,
                    &quiz_id,
                    ctx::request().lang,
                )
                .await
            })
        }
        .await,
    )
}

/// Starts (or resumes) an attempt and goes to it.
#[server(endpoint = "start_quiz")]
pub async fn start_quiz(course_id: String, quiz_id: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let attempt =
                    d::services::quizzes::start(pool, user.id, &course_id, &quiz_id).await?;
                leptos_axum::redirect(&format!(
                    "/courses/{course_id}/quizzes/{quiz_id}/attempts/{attempt}"
                ));
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "attempt")]
pub async fn get_attempt(attempt_id: i64) -> Result<AttemptPage, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                let (yes, no) = yes_no(lang);
                d::services::quizzes::attempt_page(pool, user.id, attempt_id, lang, (&yes, &no))
                    .await
            })
        }
        .await,
    )
}

/// Saves answers without handing the attempt in (autosave while answering).
#[server(endpoint = "save_answers")]
pub async fn save_answers(
    attempt_id: i64,
    #[server(default)] a: BTreeMap<String, String>,
) -> Result<usize, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::quizzes::save(pool, user.id, attempt_id, &a).await
            })
        }
        .await,
    )
}

/// Hands the attempt in with every answer (`a[<key>]` fields), then shows the review. With
/// `check` (the "Check answer" button of a quiz with immediate feedback) it instead checks that one
/// item and shows the attempt again, with the item's feedback.
#[server(endpoint = "submit_attempt")]
pub async fn submit_attempt(
    attempt_id: i64,
    #[server(default)] a: BTreeMap<String, String>,
    #[server(default)] check: Option<String>,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                if let Some(item) = check {
                    let done =
                        d::services::quizzes::check(pool, user.id, attempt_id, &item, &a).await?;
                    leptos_axum::redirect(&format!(
                        "/courses/{}/quizzes/{}/attempts/{}#question-{item}",
                        done.course_id, done.quiz_id, done.attempt_id
                    ));
                    return Ok(());
                }
                let done = d::services::quizzes::submit(pool, user.id, attempt_id, &a).await?;
                leptos_axum::redirect(&format!(
                    "/courses/{}/quizzes/{}/attempts/{}/review",
                    done.course_id, done.quiz_id, done.attempt_id
                ));
                Ok(())
            })
        }
        .await,
    )
}

/// "True" and "False" in the page's language, for true/false answers on the review.
#[cfg(feature = "ssr")]
fn yes_no(lang: crate::domain::Lang) -> (String, String) {
    let t = I18n(lang);
    (t.t("attempt-true"), t.t("attempt-false"))
}

#[server(endpoint = "review")]
pub async fn get_review(attempt_id: i64) -> Result<AttemptReview, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                let (yes, no) = yes_no(lang);
                d::services::quizzes::review(pool, user.id, attempt_id, lang, (&yes, &no)).await
            })
        }
        .await,
    )
}

/// Item statistics of a quiz (authors and platform administrators).
#[server(endpoint = "quiz_statistics")]
pub async fn get_quiz_statistics(
    course_id: String,
    quiz_id: String,
) -> Result<crate::wire::QuizStatistics, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::statistics::quiz_statistics(
                    pool,
                    &user,
                    &course_id,
                    &quiz_id,
                    ctx::request().lang,
                )
                .await
            })
        }
        .await,
    )
}
