//! The HR API's CSV export of every completed module of an organisation's people, streamed: rows
//! are read from one query as the client takes them, so 100,000 rows cost no more memory than a
//! few.

use super::hr_feed::{rfc3339, Versions};
use crate::db::Pool;
use futures_util::TryStreamExt;
use model::domain::csv::row;
use model::domain::Lang;
use model::error::AppError;
use tokio::sync::mpsc::Sender;

pub const HEADER: [&str; 9] = [
    "id",
    "person_id",
    "email",
    "name",
    "course_id",
    "course_version",
    "module_id",
    "module_title",
    "completed_at",
];

/// Sent to the client in pieces of about this many bytes.
const CHUNK: usize = 64 * 1024;

/// Writes the CSV into `out` in chunks. Stops quietly when the client has gone (the receiver is
/// dropped); a database error part-way is returned, and the caller ends the response with an
/// error so the client cannot take a cut-off file for a whole one.
#[tracing::instrument(skip(pool, out))]
pub async fn completions_csv(
    pool: &Pool,
    org_id: i64,
    updated_since: i64,
    lang: Option<Lang>,
    out: Sender<Result<Vec<u8>, std::io::Error>>,
) -> Result<usize, AppError> {
    let mut buf = row(&HEADER).into_bytes();
    let mut versions = Versions::default();
    let mut rows = sqlx::query!(
        r#"SELECT mc.id AS "id!", mc.user_id, u.email, u.display_name, mc.course_version_id, mc.module_id, mc.completed_at
           FROM module_completions mc
           JOIN memberships m ON m.user_id = mc.user_id AND m.organisation_id = $1
           JOIN users u ON u.id = mc.user_id AND u.deleted_at IS NULL
           WHERE mc.completed_at >= $2
           ORDER BY mc.id"#,
        org_id,
        updated_since
    )
    .fetch(pool);
    let mut count = 0;
    while let Some(r) = rows.try_next().await? {
        let v = versions.get(pool, r.course_version_id).await?;
        let title = v.module_title(&r.module_id, lang);
        let line = row(&[
            r.id.to_string(),
            r.user_id.to_string(),
            r.email,
            r.display_name,
            v.course_id.clone(),
            v.number.to_string(),
            r.module_id,
            title,
            rfc3339(r.completed_at),
        ]);
        buf.extend_from_slice(line.as_bytes());
        count += 1;
        if buf.len() >= CHUNK && out.send(Ok(std::mem::take(&mut buf))).await.is_err() {
            return Ok(count);
        }
    }
    if !buf.is_empty() {
        let _ = out.send(Ok(buf)).await;
    }
    Ok(count)
}
