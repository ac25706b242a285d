//! Changing a draft's files: saving a file as text, saving a structured file from its form, and
//! adding a new file. Only while the draft is being edited; every save records its author, so
//! that the author cannot approve the draft (four eyes).

use super::{draft_row, require_author};
use crate::domain::content::course_path;
use crate::domain::content::form::{self, FormAction, FormProblem};
use crate::error::AppError;
use crate::server::now;
use crate::wire::SessionUser;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

/// The largest file the editor accepts (the longest bundled lesson is about 8 KB).
pub const MAX_FILE_BYTES: usize = 200_000;

/// Saves one file of a draft (a new path adds a file). Only while the draft is being edited.
/// Returns a short digest of what was saved, which the editor's address carries so that a page
/// showing an older text is never taken for the saved one.
#[tracing::instrument(skip(pool, user, content), fields(bytes = content.len()))]
pub async fn save_file(
    pool: &SqlitePool,
    user: &SessionUser,
    id: i64,
    path: &str,
    content: &str,
) -> Result<String, AppError> {
    save_checked(pool, user, id, path, content, None).await
}

/// A short digest of a file's text, to tell one saved text from another.
pub fn digest(content: &str) -> String {
    hex::encode(&Sha256::digest(content.as_bytes())[..4])
}

/// Saves a file; with `expected`, only if the saved text still has that digest (the form was
/// made from it), so that a form never writes old values over another author's save.
async fn save_checked(
    pool: &SqlitePool,
    user: &SessionUser,
    id: i64,
    path: &str,
    content: &str,
    expected: Option<&str>,
) -> Result<String, AppError> {
    require_author(user)?;
    let path = course_path(path).map_err(|_| AppError::field("path", "author-error-path"))?;
    if content.len() > MAX_FILE_BYTES {
        return Err(AppError::field("content", "author-error-too-long"));
    }
    // Browsers send a text area's lines with CR LF; the files use LF.
    let content = content.replace("\r\n", "\n");
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let t = now();
    let changed = sqlx::query!(
        "UPDATE course_drafts SET updated_at = ? WHERE id = ? AND state = 'draft'",
        t,
        id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        draft_row(&mut tx, id).await?;
        return Err(AppError::field("content", "author-error-not-editable"));
    }
    if let Some(expected) = expected {
        let current = sqlx::query_scalar!(
            "SELECT content FROM course_draft_files WHERE draft_id = ? AND path = ?",
            id,
            path
        )
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound)?;
        if digest(&current) != expected {
            return Err(AppError::field("content", "author-error-stale"));
        }
    }
    sqlx::query!(
        "INSERT INTO course_draft_files (draft_id, path, content) VALUES (?, ?, ?)
         ON CONFLICT (draft_id, path) DO UPDATE SET content = excluded.content",
        id,
        path,
        content
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO course_draft_editors (draft_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        id,
        user.id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(digest(&content))
}

/// What saving a form did.
#[derive(Debug)]
pub struct FormSaved {
    /// The digest of the saved text.
    pub saved: String,
    /// Fields whose value was refused (not a number, not TOML); the rest were saved.
    pub invalid: Vec<String>,
    /// The entry to show (one just added).
    pub focus: Option<String>,
}

/// Saves a structured file from its form (see [`crate::domain::content::form`]): the fields
/// that changed are written into the text the form was made from (`base`, its digest), then the
/// form's action (add or remove an entry) is done.
#[tracing::instrument(skip(pool, user, fields))]
pub async fn save_form(
    pool: &SqlitePool,
    user: &SessionUser,
    id: i64,
    path: &str,
    base: &str,
    fields: &[(String, String)],
    action: &FormAction,
) -> Result<FormSaved, AppError> {
    require_author(user)?;
    let current = sqlx::query_scalar!(
        "SELECT content FROM course_draft_files WHERE draft_id = ? AND path = ?",
        id,
        path
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    if digest(&current) != base {
        return Err(AppError::field("content", "author-error-stale"));
    }
    let applied = form::apply(&current, fields, action).map_err(|p| match p {
        FormProblem::NotToml => AppError::field("content", "author-error-not-toml"),
        FormProblem::NoSuchEntry => AppError::field("content", "author-error-no-entry"),
    })?;
    let saved = if applied.text == current {
        base.to_string()
    } else {
        save_checked(pool, user, id, path, &applied.text, Some(base)).await?
    };
    Ok(FormSaved {
        saved,
        invalid: applied.invalid,
        focus: applied.focus,
    })
}

/// Adds an empty file to a draft, with the skeleton of its kind (a lesson's front matter). A
/// file that already exists is refused, so nothing is overwritten.
#[tracing::instrument(skip(pool, user))]
pub async fn create_file(
    pool: &SqlitePool,
    user: &SessionUser,
    id: i64,
    path: &str,
) -> Result<String, AppError> {
    require_author(user)?;
    let path =
        course_path(path.trim()).map_err(|_| AppError::field("path", "author-error-path"))?;
    let exists = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM course_draft_files WHERE draft_id = ? AND path = ?) AS "e!: bool""#,
        id,
        path
    )
    .fetch_one(pool)
    .await?;
    if exists {
        return Err(AppError::field("path", "author-error-exists"));
    }
    let skeleton = if path.ends_with(".md") {
        "+++\ntitle = \"\"\nobjectives = []\nsources = []\n+++\n\n"
    } else {
        ""
    };
    save_file(pool, user, id, &path, skeleton).await?;
    Ok(path)
}
