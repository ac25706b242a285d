//! A learner's own data: everything stored about them as one JSON document, and deleting the
//! account. What deletion keeps, and why, is the retention policy in SECURITY.md: certificates
//! stay verifiable by their code (the holder's name as issued, the dates, the status); everything
//! else about the person goes, in one transaction.

use crate::auth::{hash_password, verify_password};
use crate::db::Pool;
use crate::email::outbox::KIND_EMAIL;
use crate::{now, random_hex};
use model::error::AppError;
use serde_json::{json, Value};

/// The format name and version written into every export.
pub const EXPORT_FORMAT: &str = "rtw-academy-personal-data/1";

/// A stored Unix time as an ISO 8601 UTC string in SQL (NULL stays NULL).
fn ts(column: &str) -> String {
    format!("strftime('%Y-%m-%dT%H:%M:%SZ', {column}, 'unixepoch')")
}

/// Each part of the export: its name and the query that builds it as JSON from the user's id.
fn sections() -> Vec<(&'static str, String)> {
    vec![
        (
            "account",
            format!(
                "SELECT json_object('id', id, 'name', display_name, 'email', email, 'language', lang,
                    'created_at', {created}, 'password_changed_at', {changed},
                    'roles', json((SELECT json_group_array(role) FROM user_roles WHERE user_id = users.id)))
                 FROM users WHERE id = $1",
                created = ts("created_at"),
                changed = ts("password_changed_at"),
            ),
        ),
        (
            "sessions",
            format!(
                "SELECT json_group_array(json_object('started_at', {c}, 'expires_at', {e}, 'ended_at', {r}))
                 FROM (SELECT * FROM sessions WHERE user_id = $1 ORDER BY created_at)",
                c = ts("created_at"),
                e = ts("expires_at"),
                r = ts("revoked_at"),
            ),
        ),
        (
            "sign_ins_through_organisations",
            format!(
                "SELECT json_group_array(json_object('organisation', o.name, 'issuer', i.issuer,
                    'subject', i.subject, 'linked_at', {l}, 'last_sign_in_at', {s}))
                 FROM (SELECT * FROM external_identities WHERE user_id = $1 ORDER BY linked_at) i
                 JOIN organisations o ON o.id = i.organisation_id",
                l = ts("i.linked_at"),
                s = ts("i.last_sign_in_at"),
            ),
        ),
        (
            "enrolments",
            format!(
                "SELECT json_group_array(json_object('course', e.course_id, 'version', v.version_no,
                    'started_at', {s}, 'last_lesson', e.last_lesson_id, 'last_seen_at', {l}))
                 FROM enrolments e JOIN course_versions v ON v.id = e.course_version_id
                 WHERE e.user_id = $1",
                s = ts("e.started_at"),
                l = ts("e.last_seen_at"),
            ),
        ),
        (
            "enrolment_moves",
            format!(
                "SELECT json_group_array(json_object('course', m.course_id, 'from_version', f.version_no,
                    'to_version', t.version_no, 'moved_at', {m}))
                 FROM (SELECT * FROM enrolment_moves WHERE user_id = $1 ORDER BY moved_at) m
                 JOIN course_versions f ON f.id = m.from_version_id
                 JOIN course_versions t ON t.id = m.to_version_id",
                m = ts("m.moved_at"),
            ),
        ),
        (
            "lesson_completions",
            format!(
                "SELECT json_group_array(json_object('course', v.course_id, 'version', v.version_no,
                    'lesson', c.lesson_id, 'completed_at', {t}))
                 FROM (SELECT * FROM lesson_completions WHERE user_id = $1 ORDER BY completed_at) c
                 JOIN course_versions v ON v.id = c.course_version_id",
                t = ts("c.completed_at"),
            ),
        ),
        (
            "quiz_attempts",
            format!(
                "SELECT json_group_array(json_object('course', v.course_id, 'version', v.version_no,
                    'quiz', a.quiz_id, 'number', a.number, 'started_at', {s}, 'deadline', {d},
                    'submitted_at', {u}, 'percent', a.percent,
                    'passed', CASE WHEN a.passed IS NULL THEN NULL WHEN a.passed THEN json('true') ELSE json('false') END,
                    'answers', json((SELECT json_group_array(json_object('item', q.item_id,
                        'answer', json(q.response), 'saved_at', {qs}, 'checked_at', {qc},
                        'credit_thousandths', q.credit))
                        FROM (SELECT * FROM quiz_answers WHERE attempt_id = a.id ORDER BY item_id) q))))
                 FROM (SELECT * FROM quiz_attempts WHERE user_id = $1 ORDER BY id) a
                 JOIN course_versions v ON v.id = a.course_version_id",
                s = ts("a.started_at"),
                d = ts("a.deadline"),
                u = ts("a.submitted_at"),
                qs = ts("q.saved_at"),
                qc = ts("q.checked_at"),
            ),
        ),
        (
            "case_runs",
            format!(
                "SELECT json_group_array(json_object('course', v.course_id, 'version', v.version_no,
                    'case', r.case_id, 'number', r.number, 'started_at', {s}, 'finished_at', {f},
                    'outcome', r.outcome, 'score', r.score,
                    'decisions', json((SELECT json_group_array(json_object('step', d.step,
                        'situation', d.node_id, 'choice', d.choice_id, 'decided_at', {dd}))
                        FROM (SELECT * FROM case_decisions WHERE run_id = r.id ORDER BY step) d))))
                 FROM (SELECT * FROM case_runs WHERE user_id = $1 ORDER BY id) r
                 JOIN course_versions v ON v.id = r.course_version_id",
                s = ts("r.started_at"),
                f = ts("r.finished_at"),
                dd = ts("d.decided_at"),
            ),
        ),
        (
            "certificates",
            format!(
                "SELECT json_group_array(json_object('code', c.code, 'course', v.course_id,
                    'version', v.version_no, 'rule', c.rule_id, 'holder_name', c.holder_name,
                    'issued_at', {i}, 'expires_at', {e}, 'status', c.status,
                    'status_reason', c.status_reason,
                    'renews', (SELECT o.code FROM certificates o WHERE o.id = c.renews),
                    'log', json((SELECT json_group_array(json_object('event', l.event,
                        'reason', l.reason, 'at', {la}))
                        FROM (SELECT * FROM certificate_events WHERE certificate_id = c.id ORDER BY id) l))))
                 FROM (SELECT * FROM certificates WHERE user_id = $1 ORDER BY id) c
                 JOIN course_versions v ON v.id = c.course_version_id",
                i = ts("c.issued_at"),
                e = ts("c.expires_at"),
                la = ts("l.at"),
            ),
        ),
        (
            "cpd",
            format!(
                "SELECT json_group_array(json_object('activity', activity, 'provider', provider,
                    'done_on', done_on, 'hours', hours_tenths / 10.0, 'attested_by', attested_by,
                    'recorded_at', {c}))
                 FROM (SELECT * FROM cpd_entries WHERE user_id = $1 ORDER BY done_on, id)",
                c = ts("created_at"),
            ),
        ),
        (
            "organisations",
            format!(
                "SELECT json_group_array(json_object('organisation', o.name, 'role', m.role,
                    'joined_at', {j}))
                 FROM (SELECT * FROM memberships WHERE user_id = $1 ORDER BY joined_at) m
                 JOIN organisations o ON o.id = m.organisation_id",
                j = ts("m.joined_at"),
            ),
        ),
        (
            "invitations",
            format!(
                "SELECT json_group_array(json_object('organisation', o.name, 'name', i.name,
                    'email', i.email, 'role', i.role, 'sent_at', {c}, 'expires_at', {e},
                    'accepted_at', {a}, 'withdrawn_at', {r}))
                 FROM (SELECT * FROM invitations
                       WHERE email = (SELECT email FROM users WHERE id = $1) OR accepted_by = $1
                       ORDER BY id) i
                 JOIN organisations o ON o.id = i.organisation_id",
                c = ts("i.created_at"),
                e = ts("i.expires_at"),
                a = ts("i.accepted_at"),
                r = ts("i.revoked_at"),
            ),
        ),
        (
            "accessibility_feedback",
            format!(
                "SELECT json_group_array(json_object('message', message, 'contact', contact,
                    'page', page, 'language', lang, 'sent_at', {c}))
                 FROM (SELECT * FROM accessibility_feedback WHERE user_id = $1 ORDER BY id)",
                c = ts("created_at"),
            ),
        ),
    ]
}

/// Everything stored about `user_id`, as one JSON document: the account, sign-ins, enrolments,
/// completed lessons, quiz attempts with every answer, case runs with every decision,
/// certificates with their log, the CPD log, organisations and invitations, and accessibility
/// feedback sent while signed in.
#[tracing::instrument(skip(pool))]
pub async fn export(pool: &Pool, user_id: i64) -> Result<Value, AppError> {
    let mut doc = serde_json::Map::new();
    doc.insert("format".into(), json!(EXPORT_FORMAT));
    doc.insert(
        "exported_at".into(),
        json!(model::domain::clock::format_rfc3339(now())),
    );
    for (name, sql) in sections() {
        // The SQL is built from constants above, never from input; the id is bound.
        let text: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
        let Some(text) = text else {
            return Err(AppError::NotFound);
        };
        let value: Value = serde_json::from_str(&text).map_err(|e| {
            tracing::error!(error = %e, section = name, "export section is not JSON");
            AppError::Internal
        })?;
        doc.insert(name.into(), value);
    }
    Ok(Value::Object(doc))
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
    sqlx::query!(
        "DELETE FROM outbox WHERE kind = $1 AND json_extract(payload, '$.to') = $2",
        KIND_EMAIL,
        row.email
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

/// What one clean-up deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub password_resets: u64,
    pub emails: u64,
    /// Roster files uploaded for an import that was never made (kept a day, whatever `days` is).
    pub roster_files: u64,
    /// Lists pasted for bulk verification (kept a day, like roster files).
    pub bulk_checks: u64,
}

impl Purged {
    pub fn total(&self) -> u64 {
        self.sessions + self.password_resets + self.emails + self.roster_files + self.bulk_checks
    }
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
        "DELETE FROM sessions WHERE MIN(COALESCE(revoked_at, expires_at), expires_at) < $1",
        before
    )
    .execute(pool)
    .await?
    .rows_affected();
    let password_resets = sqlx::query!(
        "DELETE FROM password_resets WHERE MIN(COALESCE(used_at, expires_at), expires_at) < $1",
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
