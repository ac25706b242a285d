//! Certificates: issued inside the transaction of the completion that earns them, exactly once;
//! listed for their holder; verified by code by anyone; revoked and reinstated by administrators,
//! with every change in the append-only log.

use super::catalogue::parse_manifest;
use super::hr_feed::rfc3339;
use super::learning::text;
use crate::db::{Conn, Pool};
use crate::now;
use crate::webhooks;
use model::domain::certification::{code_from, expiry, normalise_code, Record, Status};
use model::domain::content::Manifest;
use model::domain::webhook::WebhookEvent;
use model::domain::Lang;
use model::error::AppError;
use model::wire::{CertificateView, Role, SessionUser};

/// The version whose record includes what the learner did in `version_id`: the version they are
/// on now when `version_id` counts there (they moved to a version published as compatible),
/// otherwise `version_id` itself.
pub(crate) async fn counting_version(
    conn: &mut Conn,
    user_id: i64,
    version_id: i64,
) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar!(
        r#"SELECT e.course_version_id FROM enrolments e
           JOIN course_version_lineage l ON l.course_version_id = e.course_version_id
           WHERE e.user_id = $1 AND l.earlier_version_id = $2"#,
        user_id,
        version_id
    )
    .fetch_optional(&mut *conn)
    .await?
    .unwrap_or(version_id))
}

/// What the learner has done in a version, read inside the caller's transaction: in the version
/// they are on now when `version_id` counts there (see [`counting_version`]), and in every
/// earlier version that counts in it.
pub(crate) async fn record(
    tx: &mut Conn,
    user_id: i64,
    version_id: i64,
) -> Result<Record, AppError> {
    let version_id = counting_version(tx, user_id, version_id).await?;
    record_across(tx, user_id, version_id).await
}

/// What the learner has done in `version_id` and in every earlier version that counts in it.
async fn record_across(tx: &mut Conn, user_id: i64, version_id: i64) -> Result<Record, AppError> {
    let completed_lessons = sqlx::query_scalar!(
        "SELECT lesson_id FROM lesson_completions
         WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2)",
        user_id,
        version_id
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .collect();
    let passed_quizzes = sqlx::query_scalar!(
        r#"SELECT DISTINCT quiz_id AS "quiz_id!" FROM quiz_attempts
           WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2) AND passed = 1"#,
        user_id,
        version_id
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .collect();
    let case_scores = sqlx::query!(
        r#"SELECT case_id AS "case_id!", MAX(score) AS "best!: i64" FROM case_runs
           WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2)
             AND finished_at IS NOT NULL
           GROUP BY case_id"#,
        user_id,
        version_id
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|row| (row.case_id, row.best.clamp(0, 100) as u8))
    .collect();
    Ok(Record {
        completed_lessons,
        passed_quizzes,
        case_scores,
    })
}

pub(crate) fn lessons_of(manifest: &Manifest, module: &str) -> Vec<String> {
    manifest
        .modules
        .iter()
        .find(|m| m.id == module)
        .map(|m| m.lessons.iter().map(|l| l.id.clone()).collect())
        .unwrap_or_default()
}

/// Records the modules `record` completes that were not complete before (the HR feed's
/// completions), inside the caller's transaction. Returns the ids of the newly completed modules.
async fn record_module_completions(
    tx: &mut Conn,
    user_id: i64,
    version_id: i64,
    manifest: &Manifest,
    record: &Record,
) -> Result<Vec<String>, AppError> {
    let t = now();
    let mut completed = Vec::new();
    let default = manifest.default_language;
    for module in manifest.modules.iter().filter(|m| record.completes(m)) {
        // A module completed in an earlier version that counts here is not completed again.
        let inserted = sqlx::query!(
            "INSERT INTO module_completions (user_id, course_version_id, module_id, completed_at)
             SELECT $1, $2, $3, $4 WHERE NOT EXISTS
                 (SELECT 1 FROM module_completions WHERE user_id = $5 AND module_id = $6
                  AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $7))
             ON CONFLICT (user_id, course_version_id, module_id) DO NOTHING",
            user_id,
            version_id,
            module.id,
            t,
            user_id,
            module.id,
            version_id
        )
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 1 {
            tracing::info!(user_id, module = %module.id, "module completed");
            let number = sqlx::query_scalar!(
                "SELECT version_no FROM course_versions WHERE id = $1",
                version_id
            )
            .fetch_one(&mut *tx)
            .await?;
            let data = serde_json::json!({
                "person": webhooks::person(tx, user_id).await?,
                "course_id": manifest.id,
                "course_version": number,
                "module_id": module.id,
                "module_title": text(&module.title, default, default).0,
                "completed_at": rfc3339(t),
            });
            let subject = format!("person:{user_id}");
            webhooks::emit(tx, user_id, WebhookEvent::ModuleCompleted, &subject, data).await?;
            completed.push(module.id.clone());
        }
    }
    Ok(completed)
}

/// Issues every certificate the learner has now earned in `version_id` (or in the version they
/// moved to, where it counts) and does not hold yet. Call it inside the transaction that records a
/// completion, so the certificate and what earned it are written together or not at all. Returns
/// the codes issued.
pub(crate) async fn certify(
    tx: &mut Conn,
    user_id: i64,
    version_id: i64,
) -> Result<Vec<String>, AppError> {
    crate::db::lock_learner(tx, user_id).await?;
    let version_id = counting_version(tx, user_id, version_id).await?;
    let manifest = sqlx::query_scalar!(
        "SELECT manifest FROM course_versions WHERE id = $1",
        version_id
    )
    .fetch_one(&mut *tx)
    .await?;
    let manifest = parse_manifest(&manifest)?;
    let record = record_across(tx, user_id, version_id).await?;
    record_module_completions(tx, user_id, version_id, &manifest, &record).await?;
    if manifest.certificates.is_empty() {
        return Ok(Vec::new());
    }
    let held: Vec<String> = sqlx::query_scalar!(
        "SELECT rule_id FROM certificates WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2) AND renews IS NULL",
        user_id,
        version_id
    )
    .fetch_all(&mut *tx)
    .await?;
    let holder = sqlx::query_scalar!("SELECT display_name FROM users WHERE id = $1", user_id)
        .fetch_one(&mut *tx)
        .await?;
    let t = now();
    let mut issued = Vec::new();
    for rule in &manifest.certificates {
        if held.contains(&rule.id) || !rule.earned_by(&record, |m| lessons_of(&manifest, m)) {
            continue;
        }
        let code = code_from(rand::random());
        let expires = expiry(t, rule.validity_months);
        // The unique (learner, version, rule) makes a second, concurrent issue a no-op.
        let id = sqlx::query_scalar!(
            r#"INSERT INTO certificates (code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id, course_version_id, rule_id) WHERE renews IS NULL DO NOTHING
               RETURNING id AS "id!""#,
            code,
            user_id,
            version_id,
            rule.id,
            holder,
            t,
            expires
        )
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = id {
            sqlx::query!(
                "INSERT INTO certificate_events (certificate_id, event, at) VALUES ($1, 'issued', $2)",
                id,
                t
            )
            .execute(&mut *tx)
            .await?;
            tracing::info!(user_id, rule = %rule.id, %code, "certificate issued");
            crate::xapi::certified(tx, user_id, version_id, &code, &rule.title).await?;
            if rule.qualification {
                let default = manifest.default_language;
                let data = serde_json::json!({
                    "person": webhooks::person(tx, user_id).await?,
                    "certificate": {
                        "code": code,
                        "course_id": manifest.id,
                        "title": text(&rule.title, default, default).0,
                        "issued_at": rfc3339(t),
                        "expires_at": rfc3339(expires),
                    },
                });
                let subject = format!("person:{user_id}");
                let event = WebhookEvent::QualificationCertified;
                webhooks::emit(tx, user_id, event, &subject, data).await?;
            }
            issued.push(code);
        }
    }
    Ok(issued)
}

pub(crate) struct Row {
    pub(crate) code: String,
    pub(crate) rule_id: String,
    pub(crate) holder_name: String,
    pub(crate) issued_at: i64,
    pub(crate) expires_at: i64,
    pub(crate) status: String,
    pub(crate) status_reason: Option<String>,
    pub(crate) status_at: Option<i64>,
    pub(crate) course_id: String,
    pub(crate) manifest: String,
}

pub(crate) fn view(r: Row, lang: Lang, t: i64) -> Result<CertificateView, AppError> {
    let manifest = parse_manifest(&r.manifest)?;
    let default = manifest.default_language;
    let rule = manifest.certificates.iter().find(|c| c.id == r.rule_id);
    let title = rule
        .map(|c| text(&c.title, lang, default).0)
        .unwrap_or_else(|| r.rule_id.clone());
    let status = Status::at(&r.status, r.expires_at, t);
    Ok(CertificateView {
        code: r.code,
        holder: r.holder_name,
        title,
        qualification: rule.is_some_and(|c| c.qualification),
        programme: text(&manifest.title, lang, default).0,
        course_id: r.course_id,
        issued_at: r.issued_at,
        expires_at: r.expires_at,
        status: status.code().to_string(),
        status_reason: match status {
            Status::Revoked | Status::Suspended => r.status_reason,
            _ => None,
        },
        status_at: r.status_at,
        renewal: None,
    })
}

/// The signed-in learner's certificates, newest first.
#[tracing::instrument(skip(pool))]
pub async fn mine(pool: &Pool, user_id: i64, lang: Lang) -> Result<Vec<CertificateView>, AppError> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT c.code, c.rule_id, c.holder_name, c.issued_at, c.expires_at, c.status, c.status_reason,
                  c.status_at, v.course_id, v.manifest
           FROM certificates c JOIN course_versions v ON v.id = c.course_version_id
           WHERE c.user_id = $1 ORDER BY c.issued_at DESC, c.id DESC"#,
        user_id
    )
    .fetch_all(pool)
    .await?;
    let t = now();
    let mut views = rows
        .into_iter()
        .map(|r| view(r, lang, t))
        .collect::<Result<Vec<_>, _>>()?;
    super::renewal::attach(pool, user_id, &mut views, lang, t).await?;
    Ok(views)
}

/// A certificate by its code, for anyone: holder's name, programme, dates and status, nothing
/// else about the holder. A code that cannot exist and an unknown code are both "not found".
#[tracing::instrument(skip(pool))]
pub async fn verify(pool: &Pool, code: &str, lang: Lang) -> Result<CertificateView, AppError> {
    let code = normalise_code(code).ok_or(AppError::NotFound)?;
    let row = sqlx::query_as!(
        Row,
        r#"SELECT c.code, c.rule_id, c.holder_name, c.issued_at, c.expires_at, c.status, c.status_reason,
                  c.status_at, v.course_id, v.manifest
           FROM certificates c JOIN course_versions v ON v.id = c.course_version_id
           WHERE c.code = $1"#,
        code
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    view(row, lang, now())
}

/// What an administrator may do to a certificate's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Revoke,
    /// Valid for now no longer, until reinstated (for example while a complaint is examined).
    Suspend,
    Reinstate,
}

/// Revokes, suspends or reinstates a certificate (platform administrators), with a reason, logged.
#[tracing::instrument(skip(pool, user))]
pub async fn change_status(
    pool: &Pool,
    user: &SessionUser,
    code: &str,
    change: Change,
    reason: &str,
) -> Result<(), AppError> {
    if !user.roles.contains(&Role::PlatformAdmin) {
        return Err(AppError::Forbidden);
    }
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::field("reason", "certificate-reason-required"));
    }
    let code = normalise_code(code).ok_or(AppError::NotFound)?;
    // A suspended certificate can still be revoked; only a revoked or suspended one reinstated.
    let (from, also_from, to, event) = match change {
        Change::Revoke => ("valid", "suspended", "revoked", "revoked"),
        Change::Suspend => ("valid", "valid", "suspended", "suspended"),
        Change::Reinstate => ("revoked", "suspended", "valid", "reinstated"),
    };
    let t = now();
    let mut tx = pool.begin().await?;
    let id = sqlx::query_scalar!(
        r#"UPDATE certificates SET status = $1, status_reason = $2, status_by = $3, status_at = $4
           WHERE code = $5 AND status IN ($6, $7) RETURNING id AS "id!""#,
        to,
        reason,
        user.id,
        t,
        code,
        from,
        also_from
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        // Unknown, or already in that state: say which.
        let exists = sqlx::query_scalar!("SELECT id FROM certificates WHERE code = $1", code)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        return Err(if exists {
            AppError::field("code", "certificate-already")
        } else {
            AppError::NotFound
        });
    };
    sqlx::query!(
        "INSERT INTO certificate_events (certificate_id, event, by_user, reason, at) VALUES ($1, $2, $3, $4, $5)",
        id,
        event,
        user.id,
        reason,
        t
    )
    .execute(&mut *tx)
    .await?;
    if matches!(change, Change::Revoke) {
        let c = sqlx::query!(
            r#"SELECT c.user_id, c.rule_id, cv.course_id, cv.manifest FROM certificates c
               JOIN course_versions cv ON cv.id = c.course_version_id WHERE c.id = $1"#,
            id
        )
        .fetch_one(&mut *tx)
        .await?;
        let manifest = parse_manifest(&c.manifest)?;
        let default = manifest.default_language;
        let title = manifest
            .certificates
            .iter()
            .find(|r| r.id == c.rule_id)
            .map(|r| text(&r.title, default, default).0)
            .unwrap_or_else(|| c.rule_id.clone());
        let data = serde_json::json!({
            "person": webhooks::person(&mut tx, c.user_id).await?,
            "certificate": { "code": code, "course_id": c.course_id, "title": title,
                             "status": "revoked", "reason": reason, "revoked_at": rfc3339(t) },
        });
        let subject = format!("person:{}", c.user_id);
        let event = WebhookEvent::CertificateRevoked;
        webhooks::emit(&mut tx, c.user_id, event, &subject, data).await?;
    }
    tx.commit().await?;
    tracing::info!(%code, event, by = user.id, "certificate status changed");
    Ok(())
}
