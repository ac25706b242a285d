//! The HR API's records: an organisation's people, their enrolments, completed modules and
//! certificates, in pages ordered by id. Only current members of the organisation appear, and
//! only through the organisation a token belongs to (`ApiClient`), so one organisation can never
//! read another's people.

use super::api_tokens::ApiClient;
use super::catalogue::parse_manifest;
use super::learning::text;
use crate::db::Pool;
use crate::now;
use model::domain::certification::Status;
use model::domain::content::Manifest;
use model::domain::hr_api::Cursor;
use model::domain::Lang;
use model::error::AppError;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub use model::domain::hr_api::ListQuery;

#[derive(Debug, Serialize)]
pub struct Page<T> {
    pub data: Vec<T>,
    pub next_cursor: Option<String>,
}

/// RFC 3339 in UTC, as the API writes times.
pub fn rfc3339(t: i64) -> String {
    OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .and_then(|d| d.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// Keeps `limit` of the `limit + 1` rows fetched; a cursor when there were more.
fn page<T>(mut data: Vec<T>, limit: i64, id: impl Fn(&T) -> i64) -> Page<T> {
    let more = data.len() as i64 > limit;
    data.truncate(limit.max(0) as usize);
    let next_cursor = more
        .then(|| data.last().map(|last| Cursor(id(last)).encode()))
        .flatten();
    Page { data, next_cursor }
}

/// Published versions met while listing, read and parsed once each.
#[derive(Default)]
pub(crate) struct Versions(HashMap<i64, Arc<Version>>);

pub(crate) struct Version {
    pub(crate) course_id: String,
    pub(crate) number: i64,
    pub(crate) manifest: Manifest,
}

impl Versions {
    pub(crate) async fn get(&mut self, pool: &Pool, id: i64) -> Result<Arc<Version>, AppError> {
        if let Some(v) = self.0.get(&id) {
            return Ok(v.clone());
        }
        let row = sqlx::query!(
            "SELECT course_id, version_no, manifest FROM course_versions WHERE id = $1",
            id
        )
        .fetch_one(pool)
        .await?;
        let v = Arc::new(Version {
            course_id: row.course_id,
            number: row.version_no,
            manifest: parse_manifest(&row.manifest)?,
        });
        self.0.insert(id, v.clone());
        Ok(v)
    }
}

impl Version {
    pub(crate) fn module_title(&self, module_id: &str, lang: Option<Lang>) -> String {
        let default = self.manifest.default_language;
        self.manifest
            .modules
            .iter()
            .find(|m| m.id == module_id)
            .map(|m| text(&m.title, lang.unwrap_or(default), default).0)
            .unwrap_or_else(|| module_id.to_string())
    }
}

#[derive(Debug, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    pub joined_at: String,
    pub updated_at: String,
}

#[tracing::instrument(skip(pool))]
pub async fn people(
    pool: &Pool,
    client: &ApiClient,
    q: ListQuery,
) -> Result<Page<Person>, AppError> {
    let limit = q.limit + 1;
    let rows = sqlx::query!(
        r#"SELECT u.id AS "id!", u.display_name, u.email, m.role, m.joined_at,
                  CASE WHEN u.updated_at > m.joined_at THEN u.updated_at ELSE m.joined_at END AS "updated_at!: i64"
           FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.organisation_id = $1 AND u.deleted_at IS NULL AND u.id > $2
             AND (u.updated_at >= $3 OR m.joined_at >= $3)
           ORDER BY u.id LIMIT $4"#,
        client.organisation_id,
        q.after.0,
        q.updated_since,
        limit
    )
    .fetch_all(pool)
    .await?;
    let data = rows
        .into_iter()
        .map(|r| Person {
            id: r.id,
            name: r.display_name,
            email: r.email,
            role: r.role,
            joined_at: rfc3339(r.joined_at),
            updated_at: rfc3339(r.updated_at),
        })
        .collect();
    Ok(page(data, q.limit, |p: &Person| p.id))
}

#[derive(Debug, Serialize)]
pub struct Enrolment {
    pub id: i64,
    pub person_id: i64,
    pub course_id: String,
    pub course_version: i64,
    pub course_title: String,
    pub started_at: String,
    pub last_activity_at: Option<String>,
    pub lessons_completed: i64,
    pub lessons_total: i64,
    pub modules_completed: i64,
    pub modules_total: i64,
    pub updated_at: String,
}

#[tracing::instrument(skip(pool))]
pub async fn enrolments(
    pool: &Pool,
    client: &ApiClient,
    q: ListQuery,
) -> Result<Page<Enrolment>, AppError> {
    let limit = q.limit + 1;
    // An enrolment changes when the learner is active in it or completes a module of it.
    let rows = sqlx::query!(
        // The latest of the enrolment's own times and its modules' completions: `MAX` over a
        // `UNION ALL` of them, which both databases read alike (SQLite's many-argument MAX is
        // PostgreSQL's GREATEST; SQLite cannot read a correlated `VALUES` list). The filter on it is outside, as PostgreSQL cannot filter on an
        // output column's name.
        r#"SELECT id AS "id!", user_id AS "user_id!", course_id AS "course_id!",
                  course_version_id AS "course_version_id!", started_at AS "started_at!", last_seen_at,
                  lessons AS "lessons!: i64", modules AS "modules!: i64", updated_at AS "updated_at!: i64"
           FROM (
             SELECT e.id, e.user_id, e.course_id, e.course_version_id, e.started_at, e.last_seen_at,
                    (SELECT COUNT(DISTINCT c.lesson_id) FROM lesson_completions c
                     WHERE c.user_id = e.user_id AND c.course_version_id IN
                           (SELECT earlier_version_id FROM course_version_lineage l WHERE l.course_version_id = e.course_version_id)) AS lessons,
                    (SELECT COUNT(DISTINCT c.module_id) FROM module_completions c
                     WHERE c.user_id = e.user_id AND c.course_version_id IN
                           (SELECT earlier_version_id FROM course_version_lineage l WHERE l.course_version_id = e.course_version_id)) AS modules,
                    (SELECT MAX(v) FROM (SELECT e.started_at AS v UNION ALL SELECT COALESCE(e.last_seen_at, 0)
                       UNION ALL SELECT COALESCE((SELECT MAX(completed_at) FROM module_completions c
                                  WHERE c.user_id = e.user_id AND c.course_version_id IN
                           (SELECT earlier_version_id FROM course_version_lineage l WHERE l.course_version_id = e.course_version_id)), 0)) AS t) AS updated_at
             FROM enrolments e
             JOIN memberships m ON m.user_id = e.user_id AND m.organisation_id = $1
             JOIN users u ON u.id = e.user_id AND u.deleted_at IS NULL
             WHERE e.id > $2
           ) AS f
           WHERE updated_at >= $3
           ORDER BY id LIMIT $4"#,
        client.organisation_id,
        q.after.0,
        q.updated_since,
        limit
    )
    .fetch_all(pool)
    .await?;
    let mut versions = Versions::default();
    let mut data = Vec::with_capacity(rows.len());
    for r in rows {
        let v = versions.get(pool, r.course_version_id).await?;
        let default = v.manifest.default_language;
        data.push(Enrolment {
            id: r.id,
            person_id: r.user_id,
            course_id: r.course_id,
            course_version: v.number,
            course_title: text(&v.manifest.title, q.lang.unwrap_or(default), default).0,
            started_at: rfc3339(r.started_at),
            last_activity_at: r.last_seen_at.map(rfc3339),
            lessons_completed: r.lessons,
            lessons_total: v
                .manifest
                .modules
                .iter()
                .map(|m| m.lessons.len() as i64)
                .sum(),
            modules_completed: r.modules,
            modules_total: v.manifest.modules.len() as i64,
            updated_at: rfc3339(r.updated_at),
        });
    }
    Ok(page(data, q.limit, |e: &Enrolment| e.id))
}

#[derive(Debug, Serialize)]
pub struct Completion {
    pub id: i64,
    pub person_id: i64,
    pub course_id: String,
    pub course_version: i64,
    pub module_id: String,
    pub module_title: String,
    pub completed_at: String,
    pub updated_at: String,
}

#[tracing::instrument(skip(pool))]
pub async fn completions(
    pool: &Pool,
    client: &ApiClient,
    q: ListQuery,
) -> Result<Page<Completion>, AppError> {
    let limit = q.limit + 1;
    let rows = sqlx::query!(
        r#"SELECT mc.id AS "id!", mc.user_id, mc.course_version_id, mc.module_id, mc.completed_at
           FROM module_completions mc
           JOIN memberships m ON m.user_id = mc.user_id AND m.organisation_id = $1
           JOIN users u ON u.id = mc.user_id AND u.deleted_at IS NULL
           WHERE mc.id > $2 AND mc.completed_at >= $3
           ORDER BY mc.id LIMIT $4"#,
        client.organisation_id,
        q.after.0,
        q.updated_since,
        limit
    )
    .fetch_all(pool)
    .await?;
    let mut versions = Versions::default();
    let mut data = Vec::with_capacity(rows.len());
    for r in rows {
        let v = versions.get(pool, r.course_version_id).await?;
        data.push(Completion {
            id: r.id,
            person_id: r.user_id,
            course_id: v.course_id.clone(),
            course_version: v.number,
            module_title: v.module_title(&r.module_id, q.lang),
            module_id: r.module_id,
            completed_at: rfc3339(r.completed_at),
            updated_at: rfc3339(r.completed_at),
        });
    }
    Ok(page(data, q.limit, |c: &Completion| c.id))
}

#[derive(Debug, Serialize)]
pub struct Certificate {
    pub id: i64,
    pub code: String,
    pub person_id: i64,
    pub course_id: String,
    pub course_version: i64,
    pub title: String,
    pub qualification: bool,
    pub issued_at: String,
    pub expires_at: String,
    pub status: String,
    pub verify_url: String,
    pub updated_at: String,
}

#[tracing::instrument(skip(pool))]
pub async fn certificates(
    pool: &Pool,
    client: &ApiClient,
    base_url: &str,
    q: ListQuery,
) -> Result<Page<Certificate>, AppError> {
    let (limit, t) = (q.limit + 1, now());
    // A certificate changes when it is issued, when its status changes and when it expires.
    let rows = sqlx::query!(
        r#"SELECT id AS "id!", code AS "code!", user_id AS "user_id!", course_version_id AS "course_version_id!",
                  rule_id AS "rule_id!", issued_at AS "issued_at!", expires_at AS "expires_at!", status AS "status!",
                  updated_at AS "updated_at!: i64"
           FROM (
             SELECT c.id, c.code, c.user_id, c.course_version_id, c.rule_id, c.issued_at, c.expires_at, c.status,
                    (SELECT MAX(v) FROM (SELECT c.issued_at AS v UNION ALL SELECT COALESCE(c.status_at, 0)
                       UNION ALL SELECT CASE WHEN c.expires_at <= $1 THEN c.expires_at ELSE 0 END) AS t) AS updated_at
             FROM certificates c
             JOIN memberships m ON m.user_id = c.user_id AND m.organisation_id = $2
             JOIN users u ON u.id = c.user_id AND u.deleted_at IS NULL
             WHERE c.id > $3
           ) AS f
           WHERE updated_at >= $4
           ORDER BY id LIMIT $5"#,
        t,
        client.organisation_id,
        q.after.0,
        q.updated_since,
        limit
    )
    .fetch_all(pool)
    .await?;
    let mut versions = Versions::default();
    let mut data = Vec::with_capacity(rows.len());
    for r in rows {
        let v = versions.get(pool, r.course_version_id).await?;
        let default = v.manifest.default_language;
        let rule = v.manifest.certificates.iter().find(|c| c.id == r.rule_id);
        data.push(Certificate {
            id: r.id,
            person_id: r.user_id,
            course_id: v.course_id.clone(),
            course_version: v.number,
            title: rule
                .map(|c| text(&c.title, q.lang.unwrap_or(default), default).0)
                .unwrap_or_else(|| r.rule_id.clone()),
            qualification: rule.is_some_and(|c| c.qualification),
            issued_at: rfc3339(r.issued_at),
            expires_at: rfc3339(r.expires_at),
            status: Status::at(&r.status, r.expires_at, t).code().to_string(),
            verify_url: format!("{base_url}/verify/{}", r.code),
            code: r.code,
            updated_at: rfc3339(r.updated_at),
        });
    }
    Ok(page(data, q.limit, |c: &Certificate| c.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_as_rfc3339_in_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_764_756_000), "2025-12-03T10:00:00Z");
    }

    #[test]
    fn a_page_has_a_cursor_only_when_more_rows_follow() {
        let full = page(vec![1, 2, 3], 2, |n: &i64| *n);
        assert_eq!(full.data, vec![1, 2]);
        assert_eq!(full.next_cursor, Some(Cursor(2).encode()));
        let last = page(vec![1, 2], 2, |n: &i64| *n);
        assert_eq!(last.next_cursor, None);
    }
}
