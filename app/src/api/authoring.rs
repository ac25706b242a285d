//! Server functions for authors: the authoring overview, drafts and their files, and the
//! review workflow. Each is a thin call into `services::authoring`; forms end with a redirect so
//! they work without JavaScript.

use crate::error::AppError;
use crate::wire::{AuthorCourse, DraftFileView, DraftView, VersionChanges};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The link of a draft's page.
pub fn draft_href(id: i64) -> String {
    format!("/author/drafts/{id}")
}

/// The link of the changes between two published versions of a course.
pub fn version_changes_href(course_id: &str, from: i64, to: i64) -> String {
    format!(
        "/author/courses/{}/changes?from={from}&to={to}",
        crate::pages::urlencode(course_id)
    )
}

/// The element id of an entry in a structured file's form (`items/0` → `entry-items-0`).
pub fn group_anchor(path: &str) -> String {
    format!("entry-{}", path.replace('/', "-"))
}

/// The link of a file in the editor.
pub fn draft_file_href(id: i64, path: &str) -> String {
    format!(
        "/author/drafts/{id}/edit?path={}",
        crate::pages::urlencode(path)
    )
}

#[server(endpoint = "author_overview")]
pub async fn author_overview() -> Result<Vec<AuthorCourse>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::overview(pool, &user, ctx::request().lang).await
            })
        }
        .await,
    )
}

#[server(endpoint = "get_draft")]
pub async fn get_draft(id: i64) -> Result<DraftView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::draft(pool, &user, id, ctx::request().lang).await
            })
        }
        .await,
    )
}

/// What changed between two published versions (the newest and the one before it by default).
#[server(endpoint = "get_version_changes")]
pub async fn get_version_changes(
    course_id: String,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<VersionChanges, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::versions::changes(
                    pool,
                    &user,
                    &course_id,
                    from,
                    to,
                    ctx::request().lang,
                )
                .await
            })
        }
        .await,
    )
}

#[server(endpoint = "get_draft_file")]
pub async fn get_draft_file(id: i64, path: String) -> Result<DraftFileView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::draft_file(pool, &user, id, &path, ctx::request().lang)
                    .await
            })
        }
        .await,
    )
}

/// Starts a draft of a course from its newest version and opens it.
#[server(endpoint = "start_draft")]
pub async fn start_draft(course_id: String) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let id = d::services::authoring::workflow::start(pool, &user, &course_id).await?;
                leptos_axum::redirect(&draft_href(id));
                Ok(id)
            })
        }
        .await,
    )
}

/// Saves a file of a draft and comes back to it in the editor.
#[server(endpoint = "save_draft_file")]
pub async fn save_draft_file(
    id: i64,
    #[server(default)] path: String,
    #[server(default)] content: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let saved =
                    d::services::authoring::editing::save_file(pool, &user, id, &path, &content)
                        .await?;
                leptos_axum::redirect(&format!("{}&saved={saved}", draft_file_href(id, &path)));
                Ok(())
            })
        }
        .await,
    )
}

/// The editor's live preview of a lesson file: its title and safe HTML.
#[server(endpoint = "preview_lesson_text")]
pub async fn preview_lesson_text(
    #[server(default)] text: String,
) -> Result<(Option<String>, String), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            with_data!(state.db, |d| {
                d::services::authoring::require_author(&user)?;
                if text.len() > d::services::authoring::editing::MAX_FILE_BYTES {
                    return Err(AppError::field("content", "author-error-too-long"));
                }
                Ok(crate::domain::content::preview_lesson(&text))
            })
        }
        .await,
    )
}

#[server(endpoint = "submit_draft")]
pub async fn submit_draft(id: i64, compatible: Option<String>) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::workflow::submit(pool, &user, id, compatible.is_some())
                    .await?;
                leptos_axum::redirect(&draft_href(id));
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "remove_draft_asset")]
pub async fn remove_draft_asset(id: i64, path: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::editing::remove_asset(pool, &user, id, &path).await?;
                leptos_axum::redirect(&draft_href(id));
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "approve_draft")]
pub async fn approve_draft(id: i64) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let outcome = d::services::authoring::workflow::approve(pool, &user, id).await?;
                leptos_axum::redirect(&draft_href(id));
                Ok(outcome.version_no)
            })
        }
        .await,
    )
}

#[server(endpoint = "send_back_draft")]
pub async fn send_back_draft(id: i64, #[server(default)] comment: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::workflow::send_back(pool, &user, id, &comment).await?;
                leptos_axum::redirect(&draft_href(id));
                Ok(())
            })
        }
        .await,
    )
}

#[server(endpoint = "discard_draft")]
pub async fn discard_draft(id: i64) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::workflow::discard(pool, &user, id).await?;
                leptos_axum::redirect("/author");
                Ok(())
            })
        }
        .await,
    )
}

/// Withdraws a published version (with the reason) and goes back to the authors' page.
#[server(endpoint = "withdraw_version")]
pub async fn withdraw_version(
    course_id: String,
    version_no: i64,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::authoring::workflow::withdraw(
                    pool, &user, &course_id, version_no, &reason,
                )
                .await?;
                leptos_axum::redirect("/author");
                Ok(())
            })
        }
        .await,
    )
}

/// Adds a new file to a draft and opens it in the editor.
#[server(endpoint = "create_draft_file")]
pub async fn create_draft_file(id: i64, #[server(default)] path: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let path =
                    d::services::authoring::editing::create_file(pool, &user, id, &path).await?;
                leptos_axum::redirect(&draft_file_href(id, &path));
                Ok(())
            })
        }
        .await,
    )
}
