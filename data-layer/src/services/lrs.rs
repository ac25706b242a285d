//! An organisation's learning record store (xAPI), for its administrators: connecting it
//! (address, user name and password; the password is never shown again), turning it off and on,
//! and the log of statements sent. Building and sending statements is in `crate::xapi`.

use super::organisations::administered;
use crate::{now, AppState};
use model::domain::webhook::WebhookUrl;
use model::error::{AppError, FieldError};
use model::wire::{LrsConnection, OrgLrsView, SessionUser, StatementRow};

/// How many statements the log shows.
const LOG_ROWS: i64 = 100;
const MAX_CREDENTIAL: usize = 500;

/// The LRS page: the connection (without its password), the newest statements and counts.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn page(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
) -> Result<OrgLrsView, AppError> {
    let pool = crate::db::pool(&state.db);
    let org_name = administered(pool, user, org_id).await?;
    let connection = sqlx::query!(
        "SELECT endpoint, username, updated_at, disabled_at FROM lrs_connections WHERE organisation_id = $1",
        org_id
    )
    .fetch_optional(pool)
    .await?
    .map(|c| LrsConnection {
        endpoint: c.endpoint,
        username: c.username,
        updated_at: c.updated_at,
        enabled: c.disabled_at.is_none(),
    });
    let statements = by_backend!(
        sqlite: sqlx::query!(
            r#"SELECT s.id AS "id!", s.statement_id, s.verb, s.created_at, s.attempts, s.last_status,
                      s.last_error, s.delivered_at,
                      json_extract(s.statement, '$.object.id') AS "object?: String",
                      u.display_name AS person
               FROM xapi_statements s JOIN users u ON u.id = s.user_id
               WHERE s.organisation_id = $1 ORDER BY s.id DESC LIMIT $2"#,
            org_id,
            LOG_ROWS
        ),
        postgres: sqlx::query!(
            r#"SELECT s.id AS "id!", s.statement_id, s.verb, s.created_at, s.attempts, s.last_status,
                      s.last_error, s.delivered_at,
                      CAST(s.statement AS jsonb) #>> '{object,id}' AS "object?: String",
                      u.display_name AS person
               FROM xapi_statements s JOIN users u ON u.id = s.user_id
               WHERE s.organisation_id = $1 ORDER BY s.id DESC LIMIT $2"#,
            org_id,
            LOG_ROWS
        ),
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| StatementRow {
        id: r.id,
        statement_id: r.statement_id,
        verb: r.verb.rsplit('/').next().unwrap_or_default().to_string(),
        object: r.object.unwrap_or_default(),
        person: r.person,
        created_at: r.created_at,
        attempts: r.attempts,
        last_status: r.last_status,
        last_error: r.last_error,
        delivered_at: r.delivered_at,
    })
    .collect();
    let counts = sqlx::query!(
        r#"SELECT COUNT(delivered_at) AS "sent!: i64", COUNT(*) - COUNT(delivered_at) AS "waiting!: i64"
           FROM xapi_statements WHERE organisation_id = $1"#,
        org_id
    )
    .fetch_one(pool)
    .await?;
    Ok(OrgLrsView {
        org_id,
        org_name,
        connection,
        statements,
        sent: counts.sent,
        waiting: counts.waiting,
        allow_internal: state.config.webhooks_allow_internal,
    })
}

/// Connects the organisation's LRS, or changes the connection. An empty password keeps the saved
/// one. `endpoint` is the LRS's xAPI address (statements go to `<endpoint>/statements`).
#[tracing::instrument(skip(state, user, password), fields(user = user.id))]
pub async fn save(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    endpoint: &str,
    username: &str,
    password: &str,
) -> Result<(), AppError> {
    let pool = crate::db::pool(&state.db);
    administered(pool, user, org_id).await?;
    let saved = sqlx::query_scalar!(
        "SELECT password FROM lrs_connections WHERE organisation_id = $1",
        org_id
    )
    .fetch_optional(pool)
    .await?;
    let mut errors = Vec::new();
    let mut error = |field: &str, key: &str| {
        errors.push(FieldError {
            field: field.into(),
            key: key.into(),
        })
    };
    let endpoint = WebhookUrl::parse(endpoint, state.config.webhooks_allow_internal)
        .map_err(|key| {
            error(
                "endpoint",
                key.replace("webhook-url", "lrs-endpoint").as_str(),
            )
        })
        .map(|u| {
            let s = u.as_str().split(['?', '#']).next().unwrap_or_default();
            format!(
                "{}/",
                s.trim_end_matches('/').trim_end_matches("/statements")
            )
        });
    let username = username.trim();
    if username.is_empty() || username.len() > MAX_CREDENTIAL {
        error("username", "error-lrs-username");
    }
    let password = match (password, &saved) {
        ("", Some(old)) => old.clone(),
        ("", None) => {
            error("password", "error-lrs-password");
            String::new()
        }
        (p, _) if p.len() > MAX_CREDENTIAL => {
            error("password", "error-lrs-password");
            String::new()
        }
        (p, _) => p.to_string(),
    };
    let Ok(endpoint) = endpoint else {
        return Err(AppError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let t = now();
    sqlx::query!(
        r#"INSERT INTO lrs_connections (organisation_id, endpoint, username, password, updated_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (organisation_id) DO UPDATE SET endpoint = $2, username = $3, password = $4,
               updated_by = $5, updated_at = $6, disabled_at = NULL"#,
        org_id,
        endpoint,
        username,
        password,
        user.id,
        t
    )
    .execute(pool)
    .await?;
    tracing::info!(org_id, %endpoint, "learning record store connected");
    Ok(())
}

/// Turns the connection off (nothing more is recorded or sent, statements waiting included) or
/// on again.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn set_enabled(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    enabled: bool,
) -> Result<(), AppError> {
    administered(crate::db::pool(&state.db), user, org_id).await?;
    let t = now();
    let off = (!enabled).then_some(t);
    let found = sqlx::query!(
        "UPDATE lrs_connections SET disabled_at = $1, updated_by = $2, updated_at = $3 WHERE organisation_id = $4",
        off,
        user.id,
        t,
        org_id
    )
    .execute(crate::db::pool(&state.db))
    .await?;
    if found.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
