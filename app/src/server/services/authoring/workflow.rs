//! Changing drafts: starting one from a published version, saving files, sending it for review,
//! and the second author's decision. Approving publishes the draft as a new immutable version and
//! closes the draft in one transaction. Every change checks the draft's state in its `WHERE`, so
//! two authors acting at once cannot both win. Transactions that read before they write take
//! SQLite's write lock first (`BEGIN IMMEDIATE`): a deferred one would fail to upgrade when another
//! write lands in between.

use super::{draft_files, draft_row, editors, problems_of, require_author};
use crate::domain::content::form::{self, FormAction, FormProblem};
use crate::domain::content::{course_path, load_course_files};
use crate::error::AppError;
use crate::server::now;
use crate::server::services::catalogue;
use crate::wire::{DraftState, SessionUser};
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

/// The largest file the editor accepts (the longest bundled lesson is about 8 KB).
pub const MAX_FILE_BYTES: usize = 200_000;
/// The longest comment a reviewer can send back.
const MAX_COMMENT_CHARS: usize = 2000;

/// Starts a draft of `course_id` from its newest version that kept its files. Returns its id.
#[tracing::instrument(skip(pool, user))]
pub async fn start(
    pool: &SqlitePool,
    user: &SessionUser,
    course_id: &str,
) -> Result<i64, AppError> {
    require_author(user)?;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let base = sqlx::query_scalar!(
        r#"SELECT id AS "id!" FROM course_versions v
           WHERE course_id = ? AND EXISTS (SELECT 1 FROM course_version_files f WHERE f.course_version_id = v.id)
           ORDER BY version_no DESC LIMIT 1"#,
        course_id
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::NotFound)?;
    let id = insert_draft(&mut tx, course_id, base, user.id).await?;
    sqlx::query!(
        "INSERT INTO course_draft_files (draft_id, path, content)
         SELECT ?, path, content FROM course_version_files WHERE course_version_id = ?",
        id,
        base
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(draft = id, course = course_id, "draft started");
    Ok(id)
}

/// A new draft of `course_id` on version `base`, made by `user_id`, with no files yet.
pub(super) async fn insert_draft(
    tx: &mut sqlx::SqliteConnection,
    course_id: &str,
    base: i64,
    user_id: i64,
) -> Result<i64, AppError> {
    let t = now();
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO course_drafts (course_id, base_version_id, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?) RETURNING id AS "id!""#,
        course_id,
        base,
        user_id,
        t,
        t
    )
    .fetch_one(&mut *tx)
    .await?)
}

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

/// Sends a draft for review: it must load without problems and change something.
#[tracing::instrument(skip(pool, user))]
pub async fn submit(pool: &SqlitePool, user: &SessionUser, id: i64) -> Result<(), AppError> {
    require_author(user)?;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let row = draft_row(&mut tx, id).await?;
    if row.state != DraftState::Draft {
        return Err(AppError::field("draft", "author-error-not-editable"));
    }
    let files = draft_files(&mut tx, id).await?;
    if !problems_of(&files).is_empty() {
        return Err(AppError::field("draft", "author-error-has-problems"));
    }
    if editors(&mut tx, id).await?.is_empty() {
        return Err(AppError::field("draft", "author-error-unchanged"));
    }
    let t = now();
    sqlx::query!(
        "UPDATE course_drafts SET state = 'in_review', submitted_by = ?, submitted_at = ?,
                updated_at = ?, review_comment = NULL
         WHERE id = ? AND state = 'draft'",
        user.id,
        t,
        t,
        id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Four eyes: the reviewer is a second author, who changed nothing in the draft and did not
/// send it for review, unless the published version the draft started from waives that
/// (`[publishing] second_author = false`). Returns the draft and whether the reviewer is one
/// of its own authors (allowed only under that waiver).
async fn check_reviewer(
    conn: &mut sqlx::SqliteConnection,
    user: &SessionUser,
    id: i64,
) -> Result<(super::DraftRow, bool), AppError> {
    let row = draft_row(conn, id).await?;
    if row.state != DraftState::InReview {
        return Err(AppError::field("draft", "author-error-not-in-review"));
    }
    let own = row.submitted_by == Some(user.id) || editors(conn, id).await?.contains(&user.id);
    if own && !super::base_waives_review(conn, row.base_version_id).await? {
        return Err(AppError::field("draft", "author-error-four-eyes"));
    }
    Ok((row, own))
}

/// The second author sends the draft back to be edited, saying why.
#[tracing::instrument(skip(pool, user, comment))]
pub async fn send_back(
    pool: &SqlitePool,
    user: &SessionUser,
    id: i64,
    comment: &str,
) -> Result<(), AppError> {
    require_author(user)?;
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(AppError::field("comment", "author-error-comment"));
    }
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(AppError::field("comment", "author-error-too-long"));
    }
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    check_reviewer(&mut tx, user, id).await?;
    let t = now();
    sqlx::query!(
        "UPDATE course_drafts SET state = 'draft', review_comment = ?, decided_by = ?, decided_at = ?, updated_at = ?
         WHERE id = ? AND state = 'in_review'",
        comment,
        user.id,
        t,
        t,
        id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The second author approves: the draft is published as a new version (or, if its content
/// is already published, points at that version) and closed, in one transaction.
#[tracing::instrument(skip(pool, user))]
pub async fn approve(
    pool: &SqlitePool,
    user: &SessionUser,
    id: i64,
) -> Result<catalogue::PublishOutcome, AppError> {
    require_author(user)?;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let (row, own) = check_reviewer(&mut tx, user, id).await?;
    let files = draft_files(&mut tx, id).await?;
    let course = load_course_files(&files)
        .map_err(|_| AppError::field("draft", "author-error-has-problems"))?;
    if course.id != row.course_id {
        return Err(AppError::field("draft", "author-error-course-id"));
    }
    // A draft that turns four eyes back on is itself published under it.
    if own && course.second_author {
        return Err(AppError::field("draft", "author-error-four-eyes"));
    }
    let outcome = catalogue::publish_in(&mut tx, &course, &files).await?;
    let t = now();
    sqlx::query!(
        "UPDATE course_drafts SET state = 'published', decided_by = ?, decided_at = ?, updated_at = ?,
                published_version_id = ?
         WHERE id = ? AND state = 'in_review'",
        user.id,
        t,
        t,
        outcome.version_id,
        id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(
        draft = id,
        version = outcome.version_no,
        created = outcome.created,
        "draft published"
    );
    Ok(outcome)
}

/// Gives up a draft that is being edited or reviewed; its files are kept for the record.
#[tracing::instrument(skip(pool, user))]
pub async fn discard(pool: &SqlitePool, user: &SessionUser, id: i64) -> Result<(), AppError> {
    require_author(user)?;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    draft_row(&mut tx, id).await?;
    let t = now();
    let changed = sqlx::query!(
        "UPDATE course_drafts SET state = 'discarded', decided_by = ?, decided_at = ?, updated_at = ?
         WHERE id = ? AND state IN ('draft', 'in_review')",
        user.id,
        t,
        t,
        id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::field("draft", "author-error-not-editable"));
    }
    tx.commit().await?;
    Ok(())
}

/// Withdraws a published version, saying why: whoever starts the course afterwards gets the
/// newest version that is not withdrawn. Learners already on it keep it and their records. The
/// last version open to newcomers cannot be withdrawn (publish a corrected one first).
#[tracing::instrument(skip(pool, user, reason))]
pub async fn withdraw(
    pool: &SqlitePool,
    user: &SessionUser,
    course_id: &str,
    version_no: i64,
    reason: &str,
) -> Result<(), AppError> {
    require_author(user)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AppError::field("reason", "author-error-reason"));
    }
    if reason.chars().count() > MAX_COMMENT_CHARS {
        return Err(AppError::field("reason", "author-error-too-long"));
    }
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let open = sqlx::query!(
        r#"SELECT v.id AS "id!", v.version_no FROM course_versions v
           WHERE v.course_id = ?
             AND NOT EXISTS (SELECT 1 FROM course_version_withdrawals w WHERE w.course_version_id = v.id)"#,
        course_id
    )
    .fetch_all(&mut *tx)
    .await?;
    let Some(version) = open.iter().find(|v| v.version_no == version_no) else {
        return Err(AppError::NotFound);
    };
    if open.len() < 2 {
        return Err(AppError::field("reason", "author-error-last-version"));
    }
    let t = now();
    sqlx::query!(
        "INSERT INTO course_version_withdrawals (course_version_id, withdrawn_by, withdrawn_at, reason) VALUES (?, ?, ?, ?)",
        version.id,
        user.id,
        t,
        reason
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(
        course = course_id,
        version = version_no,
        "version withdrawn"
    );
    Ok(())
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
