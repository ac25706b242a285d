//! A learner's own data: everything stored about them as one JSON document, and deleting the
//! account. What deletion keeps, and why, is the retention policy in SECURITY.md: certificates
//! stay verifiable by their code (the holder's name as issued, the dates, the status); everything
//! else about the person goes, in one transaction.

use crate::auth::{hash_password, verify_password};
use crate::db::Pool;
use crate::email::outbox::KIND_EMAIL;
use crate::{now, random_hex};
use model::domain::clock::format_rfc3339;
use model::error::AppError;
pub use platform::outcomes::Purged;
use serde_json::{json, Value};
use std::collections::HashMap;

/// The format name and version written into every export.
pub const EXPORT_FORMAT: &str = "rtw-academy-personal-data/1";

/// A stored Unix time as an ISO 8601 UTC string.
fn ts(t: i64) -> Value {
    json!(format_rfc3339(t))
}

/// As [`ts`]; a time not set stays `null`.
fn ts_opt(t: Option<i64>) -> Value {
    t.map_or(Value::Null, ts)
}

/// Everything stored about `user_id`, as one JSON document: the account, sign-ins, enrolments,
/// completed lessons, quiz attempts with every answer, case runs with every decision,
/// certificates with their log, the CPD log, organisations and invitations, and accessibility
/// feedback sent while signed in. Each part is one query, checked at compile time on both
/// databases; the document is put together here.
#[tracing::instrument(skip(pool))]
pub async fn export(pool: &Pool, user_id: i64) -> Result<Value, AppError> {
    let account = sqlx::query!(
        "SELECT id, display_name, email, lang, created_at, password_changed_at FROM users WHERE id = $1",
        user_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let roles = sqlx::query_scalar!(
        "SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role",
        user_id
    )
    .fetch_all(pool)
    .await?;

    let sessions = sqlx::query!(
        "SELECT created_at, expires_at, revoked_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| json!({"started_at": ts(r.created_at), "expires_at": ts(r.expires_at), "ended_at": ts_opt(r.revoked_at)}))
    .collect::<Vec<_>>();

    let sign_ins = sqlx::query!(
        "SELECT o.name, i.issuer, i.subject, i.linked_at, i.last_sign_in_at
         FROM external_identities i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.user_id = $1 ORDER BY i.linked_at",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"organisation": r.name, "issuer": r.issuer, "subject": r.subject,
               "linked_at": ts(r.linked_at), "last_sign_in_at": ts(r.last_sign_in_at)})
    })
    .collect::<Vec<_>>();

    let enrolments = sqlx::query!(
        "SELECT e.course_id, v.version_no, e.started_at, e.last_lesson_id, e.last_seen_at
         FROM enrolments e JOIN course_versions v ON v.id = e.course_version_id
         WHERE e.user_id = $1 ORDER BY e.id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"course": r.course_id, "version": r.version_no, "started_at": ts(r.started_at),
               "last_lesson": r.last_lesson_id, "last_seen_at": ts_opt(r.last_seen_at)})
    })
    .collect::<Vec<_>>();

    let moves = sqlx::query!(
        r#"SELECT m.course_id, f.version_no AS from_no, t.version_no AS to_no, m.moved_at
           FROM enrolment_moves m JOIN course_versions f ON f.id = m.from_version_id
           JOIN course_versions t ON t.id = m.to_version_id
           WHERE m.user_id = $1 ORDER BY m.moved_at"#,
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"course": r.course_id, "from_version": r.from_no, "to_version": r.to_no,
               "moved_at": ts(r.moved_at)})
    })
    .collect::<Vec<_>>();

    let lessons = sqlx::query!(
        "SELECT v.course_id, v.version_no, c.lesson_id, c.completed_at
         FROM lesson_completions c JOIN course_versions v ON v.id = c.course_version_id
         WHERE c.user_id = $1 ORDER BY c.completed_at, v.version_no, c.lesson_id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"course": r.course_id, "version": r.version_no, "lesson": r.lesson_id,
               "completed_at": ts(r.completed_at)})
    })
    .collect::<Vec<_>>();

    let mut answers: HashMap<i64, Vec<Value>> = HashMap::new();
    for q in sqlx::query!(
        "SELECT q.attempt_id, q.item_id, q.response, q.saved_at, q.checked_at, q.credit
         FROM quiz_answers q JOIN quiz_attempts a ON a.id = q.attempt_id
         WHERE a.user_id = $1 ORDER BY q.attempt_id, q.item_id",
        user_id
    )
    .fetch_all(pool)
    .await?
    {
        // The answer as given, stored as JSON; kept as text should it ever not parse.
        let answer = serde_json::from_str(&q.response).unwrap_or(Value::String(q.response));
        answers.entry(q.attempt_id).or_default().push(json!({
            "item": q.item_id, "answer": answer, "saved_at": ts(q.saved_at),
            "checked_at": ts_opt(q.checked_at), "credit_thousandths": q.credit,
        }));
    }
    let attempts = sqlx::query!(
        "SELECT a.id, v.course_id, v.version_no, a.quiz_id, a.number, a.started_at, a.deadline,
                a.submitted_at, a.percent, a.passed
         FROM quiz_attempts a JOIN course_versions v ON v.id = a.course_version_id
         WHERE a.user_id = $1 ORDER BY a.id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"course": r.course_id, "version": r.version_no, "quiz": r.quiz_id, "number": r.number,
               "started_at": ts(r.started_at), "deadline": ts_opt(r.deadline),
               "submitted_at": ts_opt(r.submitted_at), "percent": r.percent,
               "passed": r.passed.map(|p| p != 0),
               "answers": answers.remove(&r.id).unwrap_or_default()})
    })
    .collect::<Vec<_>>();

    let mut decisions: HashMap<i64, Vec<Value>> = HashMap::new();
    for d in sqlx::query!(
        "SELECT d.run_id, d.step, d.node_id, d.choice_id, d.decided_at
         FROM case_decisions d JOIN case_runs r ON r.id = d.run_id
         WHERE r.user_id = $1 ORDER BY d.run_id, d.step",
        user_id
    )
    .fetch_all(pool)
    .await?
    {
        decisions.entry(d.run_id).or_default().push(json!({
            "step": d.step, "situation": d.node_id, "choice": d.choice_id,
            "decided_at": ts(d.decided_at),
        }));
    }
    let runs = sqlx::query!(
        "SELECT r.id, v.course_id, v.version_no, r.case_id, r.number, r.started_at, r.finished_at,
                r.outcome, r.score
         FROM case_runs r JOIN course_versions v ON v.id = r.course_version_id
         WHERE r.user_id = $1 ORDER BY r.id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"course": r.course_id, "version": r.version_no, "case": r.case_id, "number": r.number,
               "started_at": ts(r.started_at), "finished_at": ts_opt(r.finished_at),
               "outcome": r.outcome, "score": r.score,
               "decisions": decisions.remove(&r.id).unwrap_or_default()})
    })
    .collect::<Vec<_>>();

    let mut events: HashMap<i64, Vec<Value>> = HashMap::new();
    for e in sqlx::query!(
        "SELECT l.certificate_id, l.event, l.reason, l.at
         FROM certificate_events l JOIN certificates c ON c.id = l.certificate_id
         WHERE c.user_id = $1 ORDER BY l.certificate_id, l.id",
        user_id
    )
    .fetch_all(pool)
    .await?
    {
        events
            .entry(e.certificate_id)
            .or_default()
            .push(json!({"event": e.event, "reason": e.reason, "at": ts(e.at)}));
    }
    let certificates = sqlx::query!(
        r#"SELECT c.id, c.code, v.course_id, v.version_no, c.rule_id, c.holder_name, c.issued_at,
                  c.expires_at, c.status, c.status_reason, o.code AS "renews?"
           FROM certificates c JOIN course_versions v ON v.id = c.course_version_id
           LEFT JOIN certificates o ON o.id = c.renews
           WHERE c.user_id = $1 ORDER BY c.id"#,
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"code": r.code, "course": r.course_id, "version": r.version_no, "rule": r.rule_id,
               "holder_name": r.holder_name, "issued_at": ts(r.issued_at),
               "expires_at": ts(r.expires_at), "status": r.status,
               "status_reason": r.status_reason, "renews": r.renews,
               "log": events.remove(&r.id).unwrap_or_default()})
    })
    .collect::<Vec<_>>();

    let cpd = sqlx::query!(
        "SELECT activity, provider, done_on, hours_tenths, attested_by, created_at
         FROM cpd_entries WHERE user_id = $1 ORDER BY done_on, id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"activity": r.activity, "provider": r.provider, "done_on": r.done_on,
               "hours": r.hours_tenths as f64 / 10.0, "attested_by": r.attested_by,
               "recorded_at": ts(r.created_at)})
    })
    .collect::<Vec<_>>();

    let organisations = sqlx::query!(
        "SELECT o.name, m.role, m.joined_at
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
         WHERE m.user_id = $1 ORDER BY m.joined_at, o.id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| json!({"organisation": r.name, "role": r.role, "joined_at": ts(r.joined_at)}))
    .collect::<Vec<_>>();

    let invitations = sqlx::query!(
        "SELECT o.name AS org, i.name, i.email, i.role, i.created_at, i.expires_at, i.accepted_at,
                i.revoked_at
         FROM invitations i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.email = (SELECT email FROM users WHERE id = $1) OR i.accepted_by = $1
         ORDER BY i.id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"organisation": r.org, "name": r.name, "email": r.email, "role": r.role,
               "sent_at": ts(r.created_at), "expires_at": ts(r.expires_at),
               "accepted_at": ts_opt(r.accepted_at), "withdrawn_at": ts_opt(r.revoked_at)})
    })
    .collect::<Vec<_>>();

    let feedback = sqlx::query!(
        "SELECT message, contact, page, lang, created_at FROM accessibility_feedback
         WHERE user_id = $1 ORDER BY id",
        user_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        json!({"message": r.message, "contact": r.contact, "page": r.page, "language": r.lang,
               "sent_at": ts(r.created_at)})
    })
    .collect::<Vec<_>>();

    Ok(json!({
        "format": EXPORT_FORMAT,
        "exported_at": ts(now()),
        "account": {
            "id": account.id, "name": account.display_name, "email": account.email,
            "language": account.lang, "created_at": ts(account.created_at),
            "password_changed_at": ts(account.password_changed_at), "roles": roles,
        },
        "sessions": sessions,
        "sign_ins_through_organisations": sign_ins,
        "enrolments": enrolments,
        "enrolment_moves": moves,
        "lesson_completions": lessons,
        "quiz_attempts": attempts,
        "case_runs": runs,
        "certificates": certificates,
        "cpd": cpd,
        "organisations": organisations,
        "invitations": invitations,
        "accessibility_feedback": feedback,
    }))
}

/// Deletes the account of `user_id` once `password` is confirmed: sessions, reset links, roles,
/// enrolments, completions, quiz attempts and answers, case runs and decisions, the CPD log and
/// the emails to the account's address are deleted; accessibility feedback is kept without the
/// link to the account or the contact given; the account row is emptied (no name, email or
/// usable password) and marked deleted. Certificates are kept and stay verifiable. One
/// transaction: all of it happens, or none.
#[tracing::instrument(skip(pool, password))]
pub async fn delete_account(pool: &Pool, user_id: i64, password: &str) -> Result<(), AppError> {
    let row = sqlx::query!(
        "SELECT email, password_hash FROM users WHERE id = $1 AND deleted_at IS NULL",
        user_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::Unauthenticated)?;
    if password.is_empty() {
        return Err(AppError::field(
            "password",
            "account-delete-password-missing",
        ));
    }
    if !verify_password(password.to_owned(), row.password_hash).await? {
        return Err(AppError::field("password", "account-delete-password-wrong"));
    }
    // A hash of a random secret nobody knows: the row can never be signed in to again, and a
    // sign-in attempt on it still takes the normal path.
    let unusable = hash_password(random_hex(32)).await?;
    let t = now();
    let placeholder = format!("deleted-{user_id}@deleted.invalid");
    let mut tx = pool.begin().await?;
    for sql in [
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM password_resets WHERE user_id = $1",
        "DELETE FROM user_roles WHERE user_id = $1",
        "DELETE FROM enrolments WHERE user_id = $1",
        "DELETE FROM enrolment_moves WHERE user_id = $1",
        "DELETE FROM external_identities WHERE user_id = $1",
        "DELETE FROM sso_pending_links WHERE user_id = $1",
        "DELETE FROM lesson_completions WHERE user_id = $1",
        "DELETE FROM quiz_attempts WHERE user_id = $1",
        "DELETE FROM case_runs WHERE user_id = $1",
        "DELETE FROM module_completions WHERE user_id = $1",
        "DELETE FROM xapi_statements WHERE user_id = $1",
        "DELETE FROM cpd_entries WHERE user_id = $1",
        "DELETE FROM cohort_members WHERE user_id = $1",
        "DELETE FROM memberships WHERE user_id = $1",
        "DELETE FROM invitations WHERE accepted_by = $1",
        "UPDATE accessibility_feedback SET user_id = NULL, contact = NULL WHERE user_id = $1",
    ] {
        sqlx::query(sql).bind(user_id).execute(&mut *tx).await?;
    }
    by_backend!(
        sqlite: sqlx::query!(
            "DELETE FROM outbox WHERE kind = $1 AND json_extract(payload, '$.to') = $2",
            KIND_EMAIL,
            row.email
        ),
        postgres: sqlx::query!(
            "DELETE FROM outbox WHERE kind = $1 AND CAST(payload AS jsonb) ->> 'to' = $2",
            KIND_EMAIL,
            row.email
        ),
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!("DELETE FROM invitations WHERE email = $1", row.email)
        .execute(&mut *tx)
        .await?;
    sqlx::query!(
        "UPDATE users SET email = $1, display_name = '', password_hash = $2, deleted_at = $3
         WHERE id = $4",
        placeholder,
        unusable,
        t,
        user_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(user = user_id, "account deleted");
    Ok(())
}

/// Erases the certificates of deleted accounts once `days` have passed since the last of them
/// expired: the certificates, their status log and their reminders, all of one holder together
/// (a renewal points at the certificate it renews, so they go at once or not at all). Certificates
/// of accounts that exist are never touched. Returns how many certificates were erased.
#[tracing::instrument(skip(pool))]
pub async fn erase_certificates_of_deleted(
    pool: &Pool,
    t: i64,
    days: i64,
) -> Result<u64, AppError> {
    let before = t - days.max(0) * 86_400;
    let holders = sqlx::query_scalar!(
        r#"SELECT c.user_id AS "user_id!" FROM certificates c JOIN users u ON u.id = c.user_id
           WHERE u.deleted_at IS NOT NULL
           GROUP BY c.user_id HAVING MAX(c.expires_at) < $1"#,
        before
    )
    .fetch_all(pool)
    .await?;
    let mut erased = 0;
    for user_id in holders {
        let mut tx = pool.begin().await?;
        sqlx::query!(
            "DELETE FROM certificate_reminders WHERE certificate_id IN (SELECT id FROM certificates WHERE user_id = $1)",
            user_id
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!(
            "DELETE FROM certificate_events WHERE certificate_id IN (SELECT id FROM certificates WHERE user_id = $1)",
            user_id
        )
        .execute(&mut *tx)
        .await?;
        erased += sqlx::query!("DELETE FROM certificates WHERE user_id = $1", user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
    }
    if erased > 0 {
        tracing::info!(erased, "certificates of deleted accounts erased");
    }
    Ok(erased)
}

/// Deletes what is no longer needed after `days` (the configured retention period, counted from
/// `t`): sign-ins that ended (signed out or expired), reset links that were used or expired, and
/// emails delivered. Pending emails and live sessions are never touched.
#[tracing::instrument(skip(pool))]
pub async fn purge(pool: &Pool, t: i64, days: i64) -> Result<Purged, AppError> {
    let before = t - days.max(1) * 86_400;
    let sessions = sqlx::query!(
        "DELETE FROM sessions WHERE COALESCE(revoked_at, expires_at) < $1 OR expires_at < $1",
        before
    )
    .execute(pool)
    .await?
    .rows_affected();
    let password_resets = sqlx::query!(
        "DELETE FROM password_resets WHERE COALESCE(used_at, expires_at) < $1 OR expires_at < $1",
        before
    )
    .execute(pool)
    .await?
    .rows_affected();
    let emails = sqlx::query!(
        "DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < $1",
        before
    )
    .execute(pool)
    .await?
    .rows_affected();
    let day_ago = t - 86_400;
    let roster_files = sqlx::query!("DELETE FROM roster_imports WHERE created_at < $1", day_ago)
        .execute(pool)
        .await?
        .rows_affected();
    let bulk_checks = sqlx::query!("DELETE FROM bulk_checks WHERE created_at < $1", day_ago)
        .execute(pool)
        .await?
        .rows_affected();
    Ok(Purged {
        sessions,
        password_resets,
        emails,
        roster_files,
        bulk_checks,
    })
}
