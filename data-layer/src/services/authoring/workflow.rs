//! The review workflow: starting a draft from a published version, sending it for review, the
//! second author's decision, discarding a draft and withdrawing a version (a draft's files are
//! changed in [`super::editing`]). Approving publishes the draft as a new immutable version and
//! closes the draft in one transaction. Every change checks the draft's state in its `WHERE`, so
//! two authors acting at once cannot both win. Transactions that read before they write take
//! the write lock first (`db::begin_write`; on SQLite `BEGIN IMMEDIATE`, as a deferred one would
//! fail to upgrade when another write lands in between).

use super::{draft_files, draft_row, editors, problems_of, require_author};
use crate::db::Pool;
use crate::now;
use crate::services::catalogue;
use model::domain::content::load_course_files;
use model::error::AppError;
use model::wire::{DraftState, SessionUser};

/// The longest comment a reviewer can send back.
const MAX_COMMENT_CHARS: usize = 2000;

/// Starts a draft of `course_id` from its newest version that kept its files. Returns its id.
#[tracing::instrument(skip(pool, user))]
pub async fn start(pool: &Pool, user: &SessionUser, course_id: &str) -> Result<i64, AppError> {
    require_author(user)?;
    let mut tx = crate::db::begin_write(pool).await?;
    let base = sqlx::query_scalar!(
        r#"SELECT id AS "id!" FROM course_versions v
           WHERE course_id = $1 AND EXISTS (SELECT 1 FROM course_version_files f WHERE f.course_version_id = v.id)
           ORDER BY version_no DESC LIMIT 1"#,
        course_id
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::NotFound)?;
    let id = insert_draft(&mut tx, course_id, base, user.id).await?;
    sqlx::query!(
        "INSERT INTO course_draft_files (draft_id, path, content)
         SELECT $1, path, content FROM course_version_files WHERE course_version_id = $2",
        id,
        base
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO course_draft_assets (draft_id, path, sha256)
         SELECT $1, path, sha256 FROM course_version_assets WHERE course_version_id = $2",
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
    tx: &mut crate::db::Conn,
    course_id: &str,
    base: i64,
    user_id: i64,
) -> Result<i64, AppError> {
    let t = now();
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO course_drafts (course_id, base_version_id, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5) RETURNING id AS "id!""#,
        course_id,
        base,
        user_id,
        t,
        t
    )
    .fetch_one(&mut *tx)
    .await?)
}

/// Sends a draft for review: it must load without problems and change something. `compatible`:
/// the author says the new version keeps what learners did in the old one, so when it is
/// published, learners on the version the draft started from move to it.
#[tracing::instrument(skip(pool, user))]
pub async fn submit(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    compatible: bool,
) -> Result<(), AppError> {
    require_author(user)?;
    let mut tx = crate::db::begin_write(pool).await?;
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
        "UPDATE course_drafts SET state = 'in_review', submitted_by = $1, submitted_at = $2,
                updated_at = $3, review_comment = NULL, compatible = $4
         WHERE id = $5 AND state = 'draft'",
        user.id,
        t,
        t,
        i64::from(compatible),
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
    conn: &mut crate::db::Conn,
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
    pool: &Pool,
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
    let mut tx = crate::db::begin_write(pool).await?;
    check_reviewer(&mut tx, user, id).await?;
    let t = now();
    sqlx::query!(
        "UPDATE course_drafts SET state = 'draft', review_comment = $1, decided_by = $2, decided_at = $3, updated_at = $4
         WHERE id = $5 AND state = 'in_review'",
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
    pool: &Pool,
    user: &SessionUser,
    id: i64,
) -> Result<catalogue::PublishOutcome, AppError> {
    require_author(user)?;
    let mut tx = crate::db::begin_write(pool).await?;
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
    // Content that was already published stays as it was: nobody moves.
    let moved = if row.compatible && outcome.created {
        catalogue::make_compatible(
            &mut tx,
            &row.course_id,
            outcome.version_id,
            row.base_version_id,
        )
        .await?
    } else {
        0
    };
    let t = now();
    sqlx::query!(
        "UPDATE course_drafts SET state = 'published', decided_by = $1, decided_at = $2, updated_at = $3,
                published_version_id = $4
         WHERE id = $5 AND state = 'in_review'",
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
        moved,
        "draft published"
    );
    Ok(outcome)
}

/// Gives up a draft that is being edited or reviewed; its files are kept for the record.
#[tracing::instrument(skip(pool, user))]
pub async fn discard(pool: &Pool, user: &SessionUser, id: i64) -> Result<(), AppError> {
    require_author(user)?;
    let mut tx = crate::db::begin_write(pool).await?;
    draft_row(&mut tx, id).await?;
    let t = now();
    let changed = sqlx::query!(
        "UPDATE course_drafts SET state = 'discarded', decided_by = $1, decided_at = $2, updated_at = $3
         WHERE id = $4 AND state IN ('draft', 'in_review')",
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
    pool: &Pool,
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
    let mut tx = crate::db::begin_write(pool).await?;
    let open = sqlx::query!(
        r#"SELECT v.id AS "id!", v.version_no FROM course_versions v
           WHERE v.course_id = $1
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
        "INSERT INTO course_version_withdrawals (course_version_id, withdrawn_by, withdrawn_at, reason) VALUES ($1, $2, $3, $4)",
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
