//! Bulk verification for an organisation's administrators: a pasted list of certificate codes and
//! email addresses, each answered with its status. A code is answered as the public verification
//! page answers it (holder, certificate, status: anyone may verify a code). An address is answered
//! only for the organisation's own people: for anyone else it is "not a member", whether or not
//! the address has an account, so the list cannot be used to find out who has one.

use super::certification::verify;
use super::organisations::{administered, file_slug};
use crate::db::Pool;
use crate::now;
use model::domain::bulk_check::{parse, Entry};
use model::domain::organisation::Standing;
use model::domain::Lang;
use model::error::AppError;
use model::wire::{BulkCertificate, BulkReport, BulkRow, SessionUser};

/// An address counts as "expiring" when its person's last valid certificate ends within this.
const EXPIRING_DAYS: i64 = 90;

/// Keeps the list (after checking it can be read) and returns its id; the answer is at
/// `/organisations/<org>/verify/<id>`.
#[tracing::instrument(skip(pool, user, input), fields(user = user.id))]
pub async fn create(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    input: &str,
) -> Result<i64, AppError> {
    administered(pool, user, org_id).await?;
    parse(input).map_err(|key| AppError::field("list", key))?;
    let t = now();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO bulk_checks (organisation_id, created_by, input, created_at)
           VALUES ($1, $2, $3, $4) RETURNING id AS "id!""#,
        org_id,
        user.id,
        input,
        t
    )
    .fetch_one(pool)
    .await?;
    Ok(id)
}

/// The answer to list `check_id` (with `None`, the empty form): only its organisation's
/// administrators see it.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn report(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    check_id: Option<i64>,
    lang: Lang,
) -> Result<BulkReport, AppError> {
    let org_name = administered(pool, user, org_id).await?;
    let t = now();
    let Some(check_id) = check_id else {
        return Ok(BulkReport {
            org_id,
            org_name,
            check_id: None,
            input: String::new(),
            rows: Vec::new(),
            now: t,
        });
    };
    let input = sqlx::query_scalar!(
        "SELECT input FROM bulk_checks WHERE id = $1 AND organisation_id = $2",
        check_id,
        org_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let entries = parse(&input).map_err(|_| AppError::NotFound)?;
    let mut rows = Vec::with_capacity(entries.len());
    for (line, entry) in entries {
        rows.push(match entry {
            Entry::Code(code) => match verify(pool, &code, lang).await {
                Ok(c) => BulkRow {
                    line,
                    input: code,
                    kind: "code".into(),
                    outcome: c.status.clone(),
                    person: Some(c.holder),
                    certificates: vec![BulkCertificate {
                        code: c.code,
                        title: c.title,
                        status: c.status,
                        expires_at: c.expires_at,
                    }],
                },
                Err(AppError::NotFound) => BulkRow {
                    line,
                    input: code,
                    kind: "code".into(),
                    outcome: "not_found".into(),
                    person: None,
                    certificates: Vec::new(),
                },
                Err(e) => return Err(e),
            },
            Entry::Email(email) => member(pool, org_id, line, email, lang, t).await?,
            Entry::Unreadable(text) => BulkRow {
                line,
                input: text,
                kind: "unreadable".into(),
                outcome: "unreadable".into(),
                person: None,
                certificates: Vec::new(),
            },
        });
    }
    Ok(BulkReport {
        org_id,
        org_name,
        check_id: Some(check_id),
        input,
        rows,
        now: t,
    })
}

async fn member(
    pool: &Pool,
    org_id: i64,
    line: usize,
    email: String,
    lang: Lang,
    t: i64,
) -> Result<BulkRow, AppError> {
    let person = sqlx::query!(
        r#"SELECT u.id AS "id!", u.display_name FROM users u
           JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $1
           WHERE u.email = $2 AND u.deleted_at IS NULL"#,
        org_id,
        email
    )
    .fetch_optional(pool)
    .await?;
    let Some(person) = person else {
        return Ok(BulkRow {
            line,
            input: email,
            kind: "email".into(),
            outcome: "not_member".into(),
            person: None,
            certificates: Vec::new(),
        });
    };
    let codes = sqlx::query_scalar!(
        "SELECT code FROM certificates WHERE user_id = $1 ORDER BY issued_at DESC, id DESC",
        person.id
    )
    .fetch_all(pool)
    .await?;
    let mut certificates = Vec::with_capacity(codes.len());
    for code in codes {
        let c = verify(pool, &code, lang).await?;
        certificates.push(BulkCertificate {
            code: c.code,
            title: c.title,
            status: c.status,
            expires_at: c.expires_at,
        });
    }
    let standing = Standing::of(
        certificates
            .iter()
            .map(|c| (c.status.as_str(), c.expires_at)),
        t,
        EXPIRING_DAYS,
    );
    Ok(BulkRow {
        line,
        input: email,
        kind: "email".into(),
        outcome: standing.as_str().into(),
        person: Some(person.display_name),
        certificates,
    })
}

/// The answer as CSV: one row per code or address. Returns the file's name and bytes.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn report_csv(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    check_id: i64,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    use model::domain::clock::format_date;
    use model::domain::csv::row;
    let r = report(pool, user, org_id, Some(check_id), lang).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        "line",
        "input",
        "kind",
        "outcome",
        "person",
        "certificates",
    ]));
    for b in r.rows {
        let certificates: Vec<String> = b
            .certificates
            .iter()
            .map(|c| {
                format!(
                    "{} {} ({}, {})",
                    c.code,
                    c.title,
                    c.status,
                    format_date(c.expires_at)
                )
            })
            .collect();
        out.push_str(&row(&[
            b.line.to_string(),
            b.input,
            b.kind,
            b.outcome,
            b.person.unwrap_or_default(),
            certificates.join("; "),
        ]));
    }
    Ok((file_slug(&r.org_name, "verification"), out.into_bytes()))
}
