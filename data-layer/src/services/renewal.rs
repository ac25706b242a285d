//! Renewal: where each of a learner's certificates stands, renewing (a new certificate linked to
//! the one it renews, issued in one transaction with its log entries), and reminder emails before
//! expiry, queued exactly once per certificate and interval through the outbox.

use super::catalogue::parse_manifest;
use super::certification::{lessons_of, record};
use super::hr_feed::rfc3339;
use super::learning::text;
use crate::db::{Conn, Pool};
use crate::email::{outbox, EmailMessage};
use crate::{now, webhooks};
use model::domain::certification::{code_from, normalise_code};
use model::domain::clock::{format_date, local_date};
use model::domain::content::Localized;
use model::domain::content::Manifest;
use model::domain::hours::display_hours;
use model::domain::renewal::{renewed_expiry, RenewalRule, Window};
use model::domain::webhook::WebhookEvent;
use model::domain::Lang;
use model::error::AppError;
use model::i18n::I18n;
use model::wire::{CertificateView, RenewalView, SessionUser};
use std::collections::HashMap;

struct Held {
    id: i64,
    user_id: i64,
    course_version_id: i64,
    rule_id: String,
    status: String,
    issued_at: i64,
    expires_at: i64,
    manifest: String,
}

async fn held(conn: &mut Conn, code: &str) -> Result<Option<Held>, AppError> {
    Ok(sqlx::query_as!(
        Held,
        r#"SELECT c.id, c.user_id, c.course_version_id, c.rule_id, c.status, c.issued_at, c.expires_at,
                  v.manifest
           FROM certificates c JOIN course_versions v ON v.id = c.course_version_id WHERE c.code = $1"#,
        code
    )
    .fetch_optional(&mut *conn)
    .await?)
}

/// CPD hours (tenths) the learner logged on or after the day `since` falls on.
async fn cpd_since(conn: &mut Conn, user_id: i64, since: i64) -> Result<i64, AppError> {
    let day = format_date(since);
    Ok(sqlx::query_scalar!(
        r#"SELECT CAST(COALESCE(SUM(hours_tenths), 0) AS BIGINT) AS "total!: i64" FROM cpd_entries
           WHERE user_id = $1 AND done_on >= $2"#,
        user_id,
        day
    )
    .fetch_one(&mut *conn)
    .await?)
}

fn rule_of<'m>(manifest: &'m Manifest, rule_id: &str) -> Option<&'m RenewalRule> {
    manifest
        .certificates
        .iter()
        .find(|c| c.id == rule_id)
        .and_then(|c| c.renewal.as_ref())
}

/// Where renewal of `h` stands for its holder.
async fn standing(
    conn: &mut Conn,
    h: &Held,
    manifest: &Manifest,
    lang: Lang,
    t: i64,
) -> Result<Option<RenewalView>, AppError> {
    let Some(rule) = rule_of(manifest, &h.rule_id) else {
        return Ok(None);
    };
    let renewed_by = sqlx::query_scalar!("SELECT code FROM certificates WHERE renews = $1", h.id)
        .fetch_optional(&mut *conn)
        .await?;
    let cpd = cpd_since(conn, h.user_id, h.issued_at).await?;
    let record = record(conn, h.user_id, h.course_version_id).await?;
    let progress = rule.progress(cpd, &record, |m| lessons_of(manifest, m));
    let window = rule.window(&h.status, renewed_by.is_some(), h.expires_at, t);
    let state = match (window, &renewed_by) {
        (_, Some(_)) => "renewed",
        (Window::NotYet { .. }, _) => "not_yet",
        (Window::Open, _) => "open",
        (Window::Closed, _) => "closed",
    };
    let default = manifest.default_language;
    Ok(Some(RenewalView {
        state: state.to_string(),
        opens_at: rule.opens_at(h.expires_at),
        cpd_tenths: progress.cpd_tenths,
        cpd_required_tenths: progress.cpd_required_tenths,
        modules_missing: progress
            .modules_missing
            .iter()
            .map(|id| {
                manifest
                    .modules
                    .iter()
                    .find(|m| &m.id == id)
                    .map(|m| text(&m.title, lang, default).0)
                    .unwrap_or_else(|| id.clone())
            })
            .collect(),
        ready: window == Window::Open && progress.met(),
        renewed_by,
    }))
}

/// Adds where renewal stands to each of the holder's certificates.
pub(crate) async fn attach(
    pool: &Pool,
    user_id: i64,
    views: &mut [CertificateView],
    lang: Lang,
    t: i64,
) -> Result<(), AppError> {
    let mut conn = pool.acquire().await?;
    // Several certificates usually share a programme version: parse its manifest once.
    let mut manifests: HashMap<i64, Manifest> = HashMap::new();
    for v in views.iter_mut() {
        let Some(h) = held(&mut conn, &v.code).await? else {
            continue;
        };
        if h.user_id != user_id {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(slot) =
            manifests.entry(h.course_version_id)
        {
            slot.insert(parse_manifest(&h.manifest)?);
        }
        let manifest = &manifests[&h.course_version_id];
        v.renewal = standing(&mut conn, &h, manifest, lang, t).await?;
    }
    Ok(())
}

/// Renews the holder's certificate `code`: a new certificate, linked to the old, valid from the
/// old expiry (or from now, if that has passed). Returns the new code.
#[tracing::instrument(skip(pool, user))]
pub async fn renew(pool: &Pool, user: &SessionUser, code: &str) -> Result<String, AppError> {
    let code = normalise_code(code).ok_or(AppError::NotFound)?;
    let t = now();
    // Take the write lock first: two renewals at once then run one after the other, and the
    // second sees the first (a deferred transaction would fail to upgrade instead).
    let mut tx = crate::db::begin_write(pool).await?;
    let h = held(&mut tx, &code)
        .await?
        .filter(|h| h.user_id == user.id)
        .ok_or(AppError::NotFound)?;
    let manifest = parse_manifest(&h.manifest)?;
    let rule = manifest
        .certificates
        .iter()
        .find(|c| c.id == h.rule_id)
        .ok_or(AppError::NotFound)?;
    let standing = standing(&mut tx, &h, &manifest, user.lang, t)
        .await?
        .ok_or_else(|| AppError::field("code", "renewal-not-offered"))?;
    match standing.state.as_str() {
        "not_yet" => return Err(AppError::field("code", "renewal-not-open")),
        "open" if !standing.ready => return Err(AppError::field("code", "renewal-requirements")),
        "open" => {}
        _ => return Err(AppError::field("code", "renewal-closed-error")),
    }
    let holder = sqlx::query_scalar!("SELECT display_name FROM users WHERE id = $1", user.id)
        .fetch_one(&mut *tx)
        .await?;
    let new_code = code_from(rand::random());
    let expires = renewed_expiry(h.expires_at, t, rule.validity_months);
    // The unique `renews` makes a second, concurrent renewal a no-op.
    let new_id = sqlx::query_scalar!(
        r#"INSERT INTO certificates (code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at, renews)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (renews) DO NOTHING RETURNING id AS "id!""#,
        new_code,
        user.id,
        h.course_version_id,
        h.rule_id,
        holder,
        t,
        expires,
        h.id
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| AppError::field("code", "renewal-closed-error"))?;
    sqlx::query!(
        "INSERT INTO certificate_events (certificate_id, event, by_user, reason, at) VALUES ($1, 'renewed', $2, $3, $4)",
        h.id,
        user.id,
        new_code,
        t
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO certificate_events (certificate_id, event, by_user, reason, at) VALUES ($1, 'issued', $2, $3, $4)",
        new_id,
        user.id,
        code,
        t
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, old = %code, new = %new_code, "certificate renewed");
    Ok(new_code)
}

struct Expiring {
    id: i64,
    user_id: i64,
    code: String,
    rule_id: String,
    expires_at: i64,
    manifest_id: i64,
    email: String,
    display_name: String,
    lang: String,
}

/// Queues the reminder emails due at `t` (certificates with a renewal rule, valid, not renewed,
/// expiring within a year). Each (certificate, interval) is queued once; when several intervals
/// became due together (the platform was down), one email goes out. Returns the emails queued.
#[tracing::instrument(skip(pool))]
pub async fn queue_reminders(pool: &Pool, base_url: &str, t: i64) -> Result<usize, AppError> {
    let horizon = t + 367 * 86_400;
    let rows = sqlx::query_as!(
        Expiring,
        r#"SELECT c.id, c.user_id, c.code, c.rule_id, c.expires_at, c.course_version_id AS manifest_id,
                  u.email, u.display_name, u.lang
           FROM certificates c JOIN users u ON u.id = c.user_id
           WHERE c.status = 'valid' AND c.expires_at > $1 AND c.expires_at <= $2
             AND u.deleted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM certificates r WHERE r.renews = c.id)"#,
        t,
        horizon
    )
    .fetch_all(pool)
    .await?;
    let mut manifests: HashMap<i64, Manifest> = HashMap::new();
    let mut queued = 0;
    for r in rows {
        if let std::collections::hash_map::Entry::Vacant(slot) = manifests.entry(r.manifest_id) {
            let json = sqlx::query_scalar!(
                "SELECT manifest FROM course_versions WHERE id = $1",
                r.manifest_id
            )
            .fetch_one(pool)
            .await?;
            slot.insert(parse_manifest(&json)?);
        }
        let manifest = &manifests[&r.manifest_id];
        let Some(rule) = rule_of(manifest, &r.rule_id) else {
            continue;
        };
        let due = rule.reminders_due(r.expires_at, t);
        if due.is_empty() {
            continue;
        }
        let mut tx = pool.begin().await?;
        let mut fresh = 0;
        for d in &due {
            let d = i64::from(*d);
            fresh += sqlx::query!(
                "INSERT INTO certificate_reminders (certificate_id, days_before, queued_at) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
                r.id,
                d,
                t
            )
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        if fresh > 0 {
            let lang = Lang::from_tag(&r.lang).unwrap_or_default();
            let title = manifest
                .certificates
                .iter()
                .find(|c| c.id == r.rule_id)
                .map(|c| text(&c.title, lang, manifest.default_language).0)
                .unwrap_or_else(|| r.rule_id.clone());
            let msg = reminder_email(lang, &r, &title, rule, base_url, t);
            outbox::enqueue_email(&mut tx, &msg).await?;
            let default = manifest.default_language;
            let data = serde_json::json!({
                "person": webhooks::person(&mut tx, r.user_id).await?,
                "certificate": {
                    "code": r.code,
                    "course_id": manifest.id,
                    "title": text(&title_of(manifest, &r.rule_id), default, default).0,
                    "expires_at": rfc3339(r.expires_at),
                    "verify_url": format!("{base_url}/verify/{}", r.code),
                },
                "days_left": (r.expires_at - t).div_euclid(86_400),
            });
            let subject = format!("person:{}", r.user_id);
            let event = WebhookEvent::CertificateExpiring;
            webhooks::emit(&mut tx, r.user_id, event, &subject, data).await?;
            queued += 1;
        }
        tx.commit().await?;
    }
    if queued > 0 {
        tracing::info!(queued, "renewal reminders queued");
    }
    Ok(queued)
}

fn title_of(manifest: &Manifest, rule_id: &str) -> Localized {
    manifest
        .certificates
        .iter()
        .find(|c| c.id == rule_id)
        .map(|c| c.title.clone())
        .unwrap_or_default()
}

fn reminder_email(
    lang: Lang,
    r: &Expiring,
    title: &str,
    rule: &RenewalRule,
    base_url: &str,
    t: i64,
) -> EmailMessage {
    let i18n = I18n(lang);
    let days_left = (r.expires_at - t + 86_399) / 86_400;
    EmailMessage {
        to: r.email.clone(),
        to_name: Some(r.display_name.clone()),
        subject: i18n.t_with(
            "email-renewal-subject",
            &[
                ("certificate", title.to_string().into()),
                ("date", local_date(r.expires_at, lang).into()),
            ],
        ),
        text: i18n.t_with(
            "email-renewal-body",
            &[
                ("name", r.display_name.clone().into()),
                ("certificate", title.to_string().into()),
                ("code", r.code.clone().into()),
                ("date", local_date(r.expires_at, lang).into()),
                ("days", days_left.into()),
                (
                    "hours",
                    display_hours(i64::from(rule.cpd_hours) * 10, lang).into(),
                ),
                ("link", format!("{base_url}/certificates").into()),
            ],
        ),
    }
}
