//! What changed between two published versions of a course, file by file, from the files each
//! version kept.

use super::{course_title, diff_files, require_author};
use crate::db::Pool;
use model::domain::Lang;
use model::error::AppError;
use model::wire::{SessionUser, VersionChanges};

/// The changes from version `from` to version `to` of `course_id`. Without `to`, the newest
/// version that kept its files; without `from`, the one before `to`.
#[tracing::instrument(skip(pool, user))]
pub async fn changes(
    pool: &Pool,
    user: &SessionUser,
    course_id: &str,
    from: Option<i64>,
    to: Option<i64>,
    lang: Lang,
) -> Result<VersionChanges, AppError> {
    require_author(user)?;
    let mut conn = pool.acquire().await?;
    // Newest first; only versions that kept their files can be compared.
    let versions = sqlx::query!(
        r#"SELECT v.id AS "id!", v.version_no FROM course_versions v
           WHERE v.course_id = $1
             AND EXISTS (SELECT 1 FROM course_version_files f WHERE f.course_version_id = v.id)
           ORDER BY v.version_no DESC"#,
        course_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let newest = versions.first().ok_or(AppError::NotFound)?;
    let to = to.unwrap_or(newest.version_no);
    let to_at = versions
        .iter()
        .position(|v| v.version_no == to)
        .ok_or(AppError::NotFound)?;
    let from = from.unwrap_or_else(|| {
        versions
            .get(to_at + 1)
            .map_or(to, |previous| previous.version_no)
    });
    let from_row = versions
        .iter()
        .find(|v| v.version_no == from)
        .ok_or(AppError::NotFound)?;
    let to_row = &versions[to_at];
    let old = super::version_files(&mut conn, from_row.id).await?;
    let new = super::version_files(&mut conn, to_row.id).await?;
    Ok(VersionChanges {
        course_id: course_id.to_string(),
        course_title: course_title(&mut conn, to_row.id, lang).await?,
        from,
        to,
        versions: versions.iter().map(|v| v.version_no).collect(),
        diffs: diff_files(&old, &new),
    })
}
