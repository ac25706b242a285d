//! HR API tokens: an organisation's administrators create them (the value is shown once and only
//! its hash is kept), list and revoke them; the HR API authenticates each request with one.

use super::organisations::administered;
use crate::auth::{token_hash, SessionKeys};
use crate::db::Pool;
use crate::{now, random_hex};
use model::domain::hr_api::{Scope, TOKEN_DAYS};
use model::error::{AppError, FieldError};
use model::wire::{ApiTokenRow, NewApiToken, OrgApiView, SessionUser};

const MAX_NAME_CHARS: usize = 80;

/// How long after creation its creator can still be shown a token (once).
const REVEAL_SECS: i64 = 600;

/// Creates a token for `org_id` with `scopes`, valid for `days` (one of `TOKEN_DAYS`). Returns
/// its id; the creator is shown the token once with [`reveal`].
#[tracing::instrument(skip(pool, keys, user), fields(user = user.id))]
pub async fn create(
    pool: &Pool,
    keys: &SessionKeys,
    user: &SessionUser,
    org_id: i64,
    name: &str,
    scopes: &[&str],
    days: &str,
) -> Result<i64, AppError> {
    administered(pool, user, org_id).await?;
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        errors.push(FieldError {
            field: "name".into(),
            key: "error-api-token-name".into(),
        });
    }
    let scopes = Scope::parse_list(scopes.iter().copied());
    if scopes.is_none() {
        errors.push(FieldError {
            field: "scopes".into(),
            key: "error-api-token-scopes".into(),
        });
    }
    let days = days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| TOKEN_DAYS.contains(d));
    if days.is_none() {
        errors.push(FieldError {
            field: "days".into(),
            key: "error-api-token-days".into(),
        });
    }
    let (Some(scopes), Some(days), true) = (scopes, days, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let scope = Scope::join(&scopes);
    let t = now();
    let exp = t + days * 86_400;
    let mut tx = pool.begin().await?;
    // The row needs an id before the token that names it can be signed; until the hash replaces
    // it, it holds a random value no token hashes to.
    let placeholder = random_hex(32);
    let id = sqlx::query_scalar!(
        r#"INSERT INTO api_tokens (organisation_id, name, scopes, token_hash, created_by, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id AS "id!""#,
        org_id,
        name,
        scope,
        placeholder,
        user.id,
        t,
        exp
    )
    .fetch_one(&mut *tx)
    .await?;
    let hash = token_hash(&keys.sign_api_token(id, org_id, &scope, t, exp)?);
    sqlx::query!(
        "UPDATE api_tokens SET token_hash = $1 WHERE id = $2",
        hash,
        id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(org_id, token_id = id, %scope, "API token created");
    Ok(id)
}

/// The token `token_id`, the first time its creator asks within ten minutes of creating it;
/// `None` ever after. Signing is deterministic, so the token is signed again from its row rather
/// than kept anywhere.
#[tracing::instrument(skip(pool, keys, user), fields(user = user.id))]
pub async fn reveal(
    pool: &Pool,
    keys: &SessionKeys,
    user: &SessionUser,
    org_id: i64,
    token_id: i64,
) -> Result<Option<NewApiToken>, AppError> {
    let t = now();
    let row = sqlx::query!(
        r#"UPDATE api_tokens SET revealed_at = $1
           WHERE id = $2 AND organisation_id = $3 AND created_by = $4 AND revealed_at IS NULL
             AND revoked_at IS NULL AND created_at > CAST($1 AS BIGINT) - $5
           RETURNING name, scopes, token_hash, created_at, expires_at"#,
        t,
        token_id,
        org_id,
        user.id,
        REVEAL_SECS
    )
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let token = keys.sign_api_token(
        token_id,
        org_id,
        &row.scopes,
        row.created_at,
        row.expires_at,
    )?;
    if token_hash(&token) != row.token_hash {
        // Only when the signing secret changed since the token was made: it cannot work anyway.
        tracing::warn!(
            token_id,
            "API token no longer matches its hash (secret changed?)"
        );
        return Ok(None);
    }
    Ok(Some(NewApiToken {
        id: token_id,
        name: row.name,
        token,
        expires_at: row.expires_at,
    }))
}

/// The HR integration page: the organisation's tokens and, right after creating one, the token.
#[tracing::instrument(skip(pool, keys, user), fields(user = user.id))]
pub async fn page(
    pool: &Pool,
    keys: &SessionKeys,
    user: &SessionUser,
    org_id: i64,
    created: Option<i64>,
    base_url: &str,
) -> Result<OrgApiView, AppError> {
    let org_name = administered(pool, user, org_id).await?;
    let revealed = match created {
        Some(id) => reveal(pool, keys, user, org_id, id).await?,
        None => None,
    };
    Ok(OrgApiView {
        org_id,
        org_name,
        tokens: list(pool, user, org_id).await?,
        revealed,
        base_url: base_url.to_string(),
    })
}

/// The organisation's tokens, newest first.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn list(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
) -> Result<Vec<ApiTokenRow>, AppError> {
    administered(pool, user, org_id).await?;
    let rows = sqlx::query!(
        r#"SELECT t.id AS "id!", t.name, t.scopes, t.created_at, t.expires_at, t.revoked_at, t.last_used_at,
                  u.display_name AS "created_by?"
           FROM api_tokens t LEFT JOIN users u ON u.id = t.created_by AND u.deleted_at IS NULL
           WHERE t.organisation_id = $1 ORDER BY t.id DESC"#,
        org_id
    )
    .fetch_all(pool)
    .await?;
    let t = now();
    Ok(rows
        .into_iter()
        .map(|r| ApiTokenRow {
            id: r.id,
            name: r.name,
            scopes: Scope::parse_list(r.scopes.split(' ')).unwrap_or_default(),
            created_by: r.created_by,
            created_at: r.created_at,
            expires_at: r.expires_at,
            last_used_at: r.last_used_at,
            state: if r.revoked_at.is_some() {
                "revoked"
            } else if r.expires_at <= t {
                "expired"
            } else {
                "active"
            }
            .into(),
        })
        .collect())
}

/// Revokes a token of the organisation at once. Revoking twice is harmless.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn revoke(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    token_id: i64,
) -> Result<(), AppError> {
    administered(pool, user, org_id).await?;
    let t = now();
    let found = sqlx::query!(
        "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 AND organisation_id = $3",
        t,
        token_id,
        org_id
    )
    .execute(pool)
    .await?;
    if found.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    tracing::info!(org_id, token_id, "API token revoked");
    Ok(())
}

pub use model::domain::hr_api::ApiClient;

/// The client a bearer token stands for, if it is well signed, known, unexpired and not revoked.
/// `None` for anything else: the API answers 401 without saying which check failed.
#[tracing::instrument(skip_all)]
pub async fn authenticate(
    pool: &Pool,
    keys: &SessionKeys,
    token: &str,
) -> Result<Option<ApiClient>, AppError> {
    let Some(claims) = keys.verify_api_token(token) else {
        return Ok(None);
    };
    let hash = token_hash(token);
    let t = now();
    let row = sqlx::query!(
        "SELECT id, organisation_id, scopes, last_used_at FROM api_tokens
         WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2",
        hash,
        t
    )
    .fetch_optional(pool)
    .await?;
    let Some(row) =
        row.filter(|r| r.id == claims.token_id && r.organisation_id == claims.organisation_id)
    else {
        return Ok(None);
    };
    // When it was last used, to the minute: enough to find tokens nobody uses, without a write on
    // every request.
    if row.last_used_at.is_none_or(|used| t - used >= 60) {
        sqlx::query!(
            "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2",
            t,
            row.id
        )
        .execute(pool)
        .await?;
    }
    Ok(Some(ApiClient {
        organisation_id: row.organisation_id,
        token_id: row.id,
        scopes: Scope::parse_list(row.scopes.split(' ')).unwrap_or_default(),
    }))
}
