//! Sessions: a signed JWT in an HttpOnly cookie that names a row in `sessions`.
//! The signature makes the cookie unforgeable; the row makes it revocable.

use crate::error::AppError;
use crate::server::{now, random_hex};
use http::HeaderValue;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;
use std::sync::Arc;

pub const SESSION_COOKIE: &str = "rtw_session";
const ISSUER: &str = "rtw-academy";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// User id.
    sub: String,
    /// Session id (a row in `sessions`).
    sid: String,
    iss: String,
    iat: i64,
    exp: i64,
}

/// The HMAC key that signs session tokens. Its `Debug` never shows the key.
#[derive(Clone)]
pub struct SessionKeys(Arc<(EncodingKey, DecodingKey)>);

impl std::fmt::Debug for SessionKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKeys(***)")
    }
}

impl SessionKeys {
    /// At least 32 bytes of secret, as HS256 needs.
    pub fn from_secret(secret: &[u8]) -> Result<Self, &'static str> {
        if secret.len() < 32 {
            return Err("the session signing key must be at least 32 bytes");
        }
        Ok(SessionKeys(Arc::new((
            EncodingKey::from_secret(secret),
            DecodingKey::from_secret(secret),
        ))))
    }

    fn sign(&self, claims: &Claims) -> Result<String, AppError> {
        encode(&Header::new(Algorithm::HS256), claims, &self.0 .0).map_err(|e| {
            tracing::error!(error = %e, "cannot sign session token");
            AppError::Internal
        })
    }

    /// The session id and user id in a token whose signature, issuer and expiry hold.
    pub fn verify(&self, token: &str) -> Option<(String, i64)> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.leeway = 0;
        let data = decode::<Claims>(token, &self.0 .1, &validation).ok()?;
        Some((data.claims.sid, data.claims.sub.parse().ok()?))
    }
}

/// Records a new session for `user_id` and returns its signed token.
#[tracing::instrument(skip(pool, keys))]
pub async fn start_session(
    pool: &SqlitePool,
    keys: &SessionKeys,
    user_id: i64,
    ttl_secs: i64,
) -> Result<String, AppError> {
    let sid = random_hex(16);
    let iat = now();
    let exp = iat + ttl_secs;
    sqlx::query!(
        "INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        sid,
        user_id,
        iat,
        exp
    )
    .execute(pool)
    .await?;
    keys.sign(&Claims {
        sub: user_id.to_string(),
        sid,
        iss: ISSUER.into(),
        iat,
        exp,
    })
}

#[tracing::instrument(skip(pool))]
pub async fn revoke_session(pool: &SqlitePool, session_id: &str) -> Result<(), AppError> {
    let t = now();
    sqlx::query!(
        "UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        t,
        session_id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Ends every session of a user (after a password change).
pub async fn revoke_all_sessions(
    conn: &mut sqlx::SqliteConnection,
    user_id: i64,
) -> Result<(), sqlx::Error> {
    let t = now();
    sqlx::query!(
        "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
        t,
        user_id
    )
    .execute(conn)
    .await?;
    Ok(())
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

    fn keys(byte: u8) -> SessionKeys {
        SessionKeys::from_secret(&[byte; 32]).unwrap()
    }

    #[test]
    fn a_signed_token_verifies_with_the_same_key_only() {
        let claims = Claims {
            sub: "7".into(),
            sid: "abc".into(),
            iss: ISSUER.into(),
            iat: now(),
            exp: now() + 60,
        };
        let token = keys(1).sign(&claims).unwrap();
        assert_eq!(keys(1).verify(&token), Some(("abc".to_string(), 7)));
        assert_eq!(keys(2).verify(&token), None);
    }

    #[test]
    fn an_expired_token_is_refused() {
        let claims = Claims {
            sub: "7".into(),
            sid: "abc".into(),
            iss: ISSUER.into(),
            iat: now() - 120,
            exp: now() - 60,
        };
        let token = keys(1).sign(&claims).unwrap();
        assert_eq!(keys(1).verify(&token), None);
    }

    #[test]
    fn a_tampered_token_is_refused() {
        let claims = Claims {
            sub: "7".into(),
            sid: "abc".into(),
            iss: ISSUER.into(),
            iat: now(),
            exp: now() + 60,
        };
        let token = keys(1).sign(&claims).unwrap();
        // Claim to be user 8 with the signature made for user 7.
        let other = Claims {
            sub: "8".into(),
            ..claims
        };
        let other_token = keys(1).sign(&other).unwrap();
        let payload = other_token.split('.').nth(1).unwrap();
        let mut parts: Vec<&str> = token.split('.').collect();
        parts[1] = payload;
        let forged = parts.join(".");
        assert_ne!(forged, token);
        assert_eq!(keys(1).verify(&forged), None);
    }

    #[test]
    fn short_keys_are_refused() {
        assert!(SessionKeys::from_secret(&[0; 31]).is_err());
    }

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
