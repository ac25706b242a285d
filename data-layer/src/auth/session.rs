//! Sessions: a signed JWT in an HttpOnly cookie that names a row in `sessions`.
//! The signature makes the cookie unforgeable; the row makes it revocable.

use crate::db::Pool;
use crate::{now, random_hex};
use http::HeaderValue;
use model::error::AppError;
pub use platform::keys::SessionKeys;

pub const SESSION_COOKIE: &str = "rtw_session";

/// Records a new session for `user_id` and returns its signed token.
#[tracing::instrument(skip(pool, keys))]
pub async fn start_session(
    pool: &Pool,
    keys: &SessionKeys,
    user_id: i64,
    ttl_secs: i64,
) -> Result<String, AppError> {
    let sid = random_hex(16);
    let iat = now();
    let exp = iat + ttl_secs;
    sqlx::query!(
        "INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        sid,
        user_id,
        iat,
        exp
    )
    .execute(pool)
    .await?;
    keys.sign_session(user_id, sid, iat, exp)
}

#[tracing::instrument(skip(pool))]
pub async fn revoke_session(pool: &Pool, session_id: &str) -> Result<(), AppError> {
    let t = now();
    sqlx::query!(
        "UPDATE sessions SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        t,
        session_id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Ends every session of a user (after a password change).
pub async fn revoke_all_sessions(
    conn: &mut crate::db::Conn,
    user_id: i64,
) -> Result<(), sqlx::Error> {
    let t = now();
    sqlx::query!(
        "UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        t,
        user_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The secret the session keys are derived from, shared by every instance on this database:
/// `offered` is stored unless one already is (the first instance to start wins), and the stored
/// one is returned, with whether this call stored it.
pub async fn shared_session_secret(
    pool: &Pool,
    offered: &str,
) -> Result<(String, bool), sqlx::Error> {
    let t = now();
    let made = sqlx::query!(
        "INSERT INTO shared_secrets (name, value, created_at) VALUES ('session_key', $1, $2)
         ON CONFLICT (name) DO NOTHING",
        offered,
        t
    )
    .execute(pool)
    .await?
    .rows_affected();
    let text = sqlx::query_scalar!("SELECT value FROM shared_secrets WHERE name = 'session_key'")
        .fetch_one(pool)
        .await?;
    Ok((text, made > 0))
}

/// `Set-Cookie` for a new session: HttpOnly, SameSite=Lax, whole site, `Secure` over HTTPS.
pub fn session_cookie(token: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn clear_cookie(secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_http_only_and_same_site() {
        let c = session_cookie("t", 60, false);
        let s = c.to_str().unwrap();
        assert!(s.contains("HttpOnly") && s.contains("SameSite=Lax") && !s.contains("Secure"));
        assert!(session_cookie("t", 60, true)
            .to_str()
            .unwrap()
            .ends_with("; Secure"));
    }
}
