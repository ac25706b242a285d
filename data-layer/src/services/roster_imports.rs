//! Importing a roster: the file is kept for its dry run (every row's outcome and problem, nothing
//! sent), and imported all at once, only when no row has a problem.

use super::invitations::{send_invitation, Known};
use super::organisations::administered;
use crate::db::Pool;
use crate::{now, AppState};
use model::domain::roster::{parse_roster, RosterError};
use model::domain::Lang;
use model::error::AppError;
use model::i18n::I18n;
use model::wire::{ImportProblem, ImportReport, ImportRow, SessionUser};

/// Keeps a roster file for its dry run, once the file as a whole can be read (a file that cannot
/// is refused with the reason). Returns the import's id.
#[tracing::instrument(skip(pool, user, text), fields(user = user.id, bytes = text.len()))]
pub async fn upload_roster(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    text: &str,
) -> Result<i64, AppError> {
    administered(pool, user, org_id).await?;
    match parse_roster(text) {
        Ok(_) | Err(RosterError::UnclosedQuote(_)) => {}
        Err(e) => return Err(AppError::field("roster", e.message_key())),
    }
    let t = now();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO roster_imports (organisation_id, created_by, content, created_at)
           VALUES ($1, $2, $3, $4) RETURNING id AS "id!""#,
        org_id,
        user.id,
        text,
        t
    )
    .fetch_one(pool)
    .await?;
    Ok(id)
}

async fn roster_text(pool: &Pool, org_id: i64, import_id: i64) -> Result<String, AppError> {
    sqlx::query_scalar!(
        "SELECT content FROM roster_imports WHERE id = $1 AND organisation_id = $2",
        import_id,
        org_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// The dry run of an uploaded roster: what importing it would do, row by row. Writes nothing.
pub async fn preview_import(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    import_id: i64,
    lang: Lang,
) -> Result<ImportReport, AppError> {
    administered(crate::db::pool(&state.db), user, org_id).await?;
    let text = roster_text(crate::db::pool(&state.db), org_id, import_id).await?;
    import(state, user, org_id, &text, false, lang).await
}

/// Imports an uploaded roster: every invitation in one transaction, and only when no row has a
/// problem. The file is deleted once imported. Returns how many invitations were sent.
pub async fn apply_import(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    import_id: i64,
    lang: Lang,
) -> Result<usize, AppError> {
    administered(crate::db::pool(&state.db), user, org_id).await?;
    let text = roster_text(crate::db::pool(&state.db), org_id, import_id).await?;
    let report = import(state, user, org_id, &text, true, lang).await?;
    if !report.applied {
        return Err(AppError::field("roster", "error-roster-fix-first"));
    }
    sqlx::query!("DELETE FROM roster_imports WHERE id = $1", import_id)
        .execute(crate::db::pool(&state.db))
        .await?;
    Ok(report.rows.iter().filter(|r| r.outcome != "member").count())
}

/// Reads a roster and says, row by row, what importing it would do; with `apply`, and only when
/// no row has a problem, sends every invitation in one transaction.
#[tracing::instrument(skip(state, user, text), fields(user = user.id, bytes = text.len()))]
async fn import(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    text: &str,
    apply: bool,
    lang: Lang,
) -> Result<ImportReport, AppError> {
    let org_name = administered(crate::db::pool(&state.db), user, org_id).await?;
    let t = I18n(lang);
    let roster = match parse_roster(text) {
        Ok(r) => r,
        Err(e @ RosterError::UnclosedQuote(line)) => {
            return Ok(ImportReport {
                rows: Vec::new(),
                problems: vec![ImportProblem {
                    line,
                    messages: vec![t.t(e.message_key())],
                }],
                applied: false,
            })
        }
        Err(e) => return Err(AppError::field("roster", e.message_key())),
    };
    let problems: Vec<ImportProblem> = roster
        .problems
        .iter()
        .map(|p| ImportProblem {
            line: p.line,
            messages: p.keys.iter().map(|k| t.t(k)).collect(),
        })
        .collect();
    let mut tx = crate::db::pool(&state.db).begin().await?;
    let write = apply && problems.is_empty();
    let known = Known::read(&mut tx, org_id).await?;
    let mut rows = Vec::with_capacity(roster.rows.len());
    for row in &roster.rows {
        let outcome = known.outcome(row.email.as_str());
        if write {
            send_invitation(
                &mut tx, state, org_id, &org_name, user.id, row, outcome, lang,
            )
            .await?;
        }
        rows.push(ImportRow {
            line: row.line,
            name: row.name.as_str().to_string(),
            email: row.email.as_str().to_string(),
            role: row.role,
            outcome: outcome.as_str().to_string(),
        });
    }
    if write {
        tx.commit().await?;
        state.outbox_wakeup.notify_one();
        tracing::info!(org = org_id, rows = rows.len(), "roster imported");
    } else {
        tx.rollback().await?;
    }
    Ok(ImportReport {
        rows,
        problems,
        applied: write,
    })
}
