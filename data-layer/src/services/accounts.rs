//! Accounts: registration, sign-in, password reset, roles and language.

use crate::auth::{hash_password, revoke_all_sessions, verify_dummy, verify_password};
use crate::db::is_unique_violation;
use crate::db::Pool;
use crate::email::{outbox, password_reset_email};
use crate::{now, random_hex, AppState};
use model::domain::{Email, Lang, NewPassword, PersonName};
use model::error::{AppError, FieldError};
use model::wire::Role;
use sha2::{Digest, Sha256};

/// A registration whose every field has been checked.
#[derive(Debug)]
pub struct Registration {
    pub name: PersonName,
    pub email: Email,
    pub password: NewPassword,
    pub lang: Lang,
}

impl Registration {
    /// Checks all fields at once, so the form can show every problem together.
    pub fn parse(name: &str, email: &str, password: &str, lang: Lang) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let name = PersonName::parse(name).map_err(|e| {
            errors.push(FieldError {
                field: "name".into(),
                key: e.message_key().into(),
            })
        });
        let email = Email::parse(email).map_err(|e| {
            errors.push(FieldError {
                field: "email".into(),
                key: e.message_key().into(),
            })
        });
        let password = NewPassword::parse(password).map_err(|e| {
            errors.push(FieldError {
                field: "password".into(),
                key: e.message_key().into(),
            })
        });
        match (name, email, password) {
            (Ok(name), Ok(email), Ok(password)) => Ok(Registration {
                name,
                email,
                password,
                lang,
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

/// Creates a learner account. A taken email is a field error, also when two registrations race.
#[tracing::instrument(skip(pool, reg), fields(email = %reg.email))]
pub async fn register(pool: &Pool, reg: Registration) -> Result<i64, AppError> {
    create_user(pool, &reg, &[Role::Learner]).await
}

async fn create_user(pool: &Pool, reg: &Registration, roles: &[Role]) -> Result<i64, AppError> {
    let taken = || AppError::field("email", "error-email-taken");
    let email = reg.email.as_str();
    if sqlx::query_scalar!("SELECT id FROM users WHERE email = $1", email)
        .fetch_optional(pool)
        .await?
        .is_some()
    {
        return Err(taken());
    }
    let hash = hash_password(reg.password.expose().to_owned()).await?;
    let t = now();
    let name = reg.name.as_str();
    let lang = reg.lang.code();
    let mut tx = pool.begin().await?;
    let inserted = sqlx::query_scalar!(
        r#"INSERT INTO users (email, display_name, password_hash, lang, created_at, password_changed_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id AS "id!""#,
        email,
        name,
        hash,
        lang,
        t,
        t,
        t
    )
    .fetch_one(&mut *tx)
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(e) if is_unique_violation(&e) => return Err(taken()),
        Err(e) => return Err(e.into()),
    };
    for role in roles {
        grant_role_in(&mut tx, id, *role).await?;
    }
    tx.commit().await?;
    Ok(id)
}

async fn grant_role_in(
    conn: &mut crate::db::Conn,
    user_id: i64,
    role: Role,
) -> Result<(), sqlx::Error> {
    let t = now();
    let role = role.as_str();
    sqlx::query!(
        "INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        user_id,
        role,
        t
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The user id for a correct email and password. One answer, in about the same time, for an
/// unknown email and a wrong password.
#[tracing::instrument(skip(pool, password))]
pub async fn authenticate(pool: &Pool, email: &str, password: &str) -> Result<i64, AppError> {
    let Ok(email) = Email::parse(email) else {
        verify_dummy(password.to_owned()).await;
        return Err(AppError::BadCredentials);
    };
    let email = email.as_str();
    let row = sqlx::query!(
        r#"SELECT id AS "id!", password_hash FROM users WHERE email = $1"#,
        email
    )
    .fetch_optional(pool)
    .await?;
    match row {
        Some(row) => match verify_password(password.to_owned(), row.password_hash).await? {
            true => Ok(row.id),
            false => Err(AppError::BadCredentials),
        },
        None => {
            verify_dummy(password.to_owned()).await;
            Err(AppError::BadCredentials)
        }
    }
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Sends a reset link if the email belongs to an account. Answers the same either way.
#[tracing::instrument(skip(state, email))]
pub async fn request_password_reset(
    state: &AppState,
    email: &str,
    page_lang: Lang,
) -> Result<(), AppError> {
    let email = Email::parse(email).map_err(|e| AppError::field("email", e.message_key()))?;
    let address = email.as_str();
    let Some(user) = sqlx::query!(
        r#"SELECT id AS "id!", display_name, lang FROM users WHERE email = $1 AND deleted_at IS NULL"#,
        address
    )
    .fetch_optional(crate::db::pool(&state.db))
    .await?
    else {
        return Ok(());
    };
    let token = random_hex(32);
    let hash = token_hash(&token);
    let t = now();
    let expires = t + state.config.reset_ttl_secs;
    let lang = Lang::from_tag(&user.lang).unwrap_or(page_lang);
    let link = format!("{}/reset-password?token={token}", state.config.base_url);
    let msg = password_reset_email(
        lang,
        address,
        &user.display_name,
        &link,
        state.config.reset_ttl_secs / 60,
    );

    let mut tx = crate::db::pool(&state.db).begin().await?;
    sqlx::query!(
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        hash,
        user.id,
        t,
        expires
    )
    .execute(&mut *tx)
    .await?;
    outbox::enqueue_email(&mut tx, &msg).await?;
    tx.commit().await?;
    state.outbox_wakeup.notify_one();
    Ok(())
}

/// Sets a new password with a reset token, uses the token up and ends every session.
#[tracing::instrument(skip(pool, token, password))]
pub async fn reset_password(pool: &Pool, token: &str, password: &str) -> Result<i64, AppError> {
    let password =
        NewPassword::parse(password).map_err(|e| AppError::field("password", e.message_key()))?;
    let hash = token_hash(token.trim());
    let t = now();
    let Some(user_id) = sqlx::query_scalar!(
        "SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        hash,
        t
    )
    .fetch_optional(pool)
    .await?
    else {
        return Err(AppError::LinkExpired);
    };
    let new_hash = hash_password(password.expose().to_owned()).await?;

    let mut tx = pool.begin().await?;
    // Claim the token inside the transaction so two uses of one link cannot both succeed.
    let claimed = sqlx::query!(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
        t,
        hash
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed != 1 {
        return Err(AppError::LinkExpired);
    }
    sqlx::query!(
        "UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE id = $3",
        new_hash,
        t,
        user_id
    )
    .execute(&mut *tx)
    .await?;
    revoke_all_sessions(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(user_id)
}

/// Creates a platform administrator, or makes an existing account one.
#[tracing::instrument(skip(pool, password))]
pub async fn create_admin(
    pool: &Pool,
    name: &str,
    email: &str,
    password: &str,
) -> Result<(i64, bool), AppError> {
    let reg = Registration::parse(name, email, password, Lang::DEFAULT)?;
    let address = reg.email.as_str();
    if let Some(id) =
        sqlx::query_scalar!(r#"SELECT id AS "id!" FROM users WHERE email = $1"#, address)
            .fetch_optional(pool)
            .await?
    {
        let mut conn = pool.acquire().await?;
        grant_role_in(&mut conn, id, Role::PlatformAdmin).await?;
        return Ok((id, false));
    }
    let id = create_user(pool, &reg, &[Role::Learner, Role::PlatformAdmin]).await?;
    Ok((id, true))
}

/// Makes the existing account with `email` an author: they may write drafts and review other
/// authors' drafts. Returns the account's id.
pub async fn grant_author(pool: &Pool, email: &str) -> Result<i64, AppError> {
    let email = Email::parse(email).map_err(|e| AppError::field("email", e.message_key()))?;
    let address = email.as_str();
    let id = sqlx::query_scalar!(r#"SELECT id AS "id!" FROM users WHERE email = $1"#, address)
        .fetch_optional(pool)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut conn = pool.acquire().await?;
    grant_role_in(&mut conn, id, Role::Author).await?;
    Ok(id)
}

pub async fn set_language(pool: &Pool, user_id: i64, lang: Lang) -> Result<(), AppError> {
    let code = lang.code();
    sqlx::query!("UPDATE users SET lang = $1 WHERE id = $2", code, user_id)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registration_reports_every_bad_field_at_once() {
        let err = Registration::parse(" ", "not-an-email", "short", Lang::Nb).unwrap_err();
        assert_eq!(err.field_key("name"), Some("error-name-empty"));
        assert_eq!(err.field_key("email"), Some("error-email-invalid"));
        assert_eq!(err.field_key("password"), Some("error-password-too-short"));
    }

    #[test]
    fn reset_tokens_are_stored_hashed() {
        let h = token_hash("abc");
        assert_eq!(h.len(), 64);
        assert_ne!(h, "abc");
        assert_eq!(h, token_hash("abc"));
    }
}
