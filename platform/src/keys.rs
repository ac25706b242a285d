//! The HMAC keys that sign session tokens, invitation links and HR API tokens. Signing and checking
//! need no database; the rows that make each token revocable are the data layer's.

use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use model::error::AppError;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub(crate) const ISSUER: &str = "rtw-academy";

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

/// The HMAC keys that sign session tokens, invitation links and HR API tokens (a key each,
/// derived from one secret, so no kind of token passes for another). Its `Debug` never shows a key.
#[derive(Clone)]
pub struct SessionKeys(pub(crate) Arc<Keys>);

pub(crate) struct Keys {
    session: (EncodingKey, DecodingKey),
    invitation: (EncodingKey, DecodingKey),
    /// HR API tokens (see `api_token`).
    pub(crate) api: (EncodingKey, DecodingKey),
}

const INVITATION_AUDIENCE: &str = "rtw-invitation";

#[derive(Debug, Serialize, Deserialize)]
struct InvitationClaims {
    /// Invitation id (a row in `invitations`).
    inv: i64,
    iss: String,
    aud: String,
    exp: i64,
}

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
        use sha2::{Digest, Sha256};
        let derived = Sha256::new()
            .chain_update(b"rtw-invitation-links\0")
            .chain_update(secret)
            .finalize();
        let api = Sha256::new()
            .chain_update(b"rtw-hr-api-tokens\0")
            .chain_update(secret)
            .finalize();
        Ok(SessionKeys(Arc::new(Keys {
            session: (
                EncodingKey::from_secret(secret),
                DecodingKey::from_secret(secret),
            ),
            invitation: (
                EncodingKey::from_secret(&derived),
                DecodingKey::from_secret(&derived),
            ),
            api: (
                EncodingKey::from_secret(&api),
                DecodingKey::from_secret(&api),
            ),
        })))
    }

    /// A signed token naming invitation `id`, valid until `exp`.
    pub fn sign_invitation(&self, id: i64, exp: i64) -> Result<String, AppError> {
        let claims = InvitationClaims {
            inv: id,
            iss: ISSUER.to_string(),
            aud: INVITATION_AUDIENCE.to_string(),
            exp,
        };
        encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &self.0.invitation.0,
        )
        .map_err(|e| {
            tracing::error!(error = %e, "cannot sign an invitation");
            AppError::Internal
        })
    }

    /// The invitation a token names, if its signature holds; `Err(true)` when it is well signed
    /// but expired (the page says so instead of calling the link broken).
    pub fn verify_invitation(&self, token: &str) -> Result<i64, bool> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[INVITATION_AUDIENCE]);
        validation.leeway = 0;
        match decode::<InvitationClaims>(token.trim(), &self.0.invitation.1, &validation) {
            Ok(data) => Ok(data.claims.inv),
            Err(e) if matches!(e.kind(), jsonwebtoken::errors::ErrorKind::ExpiredSignature) => {
                Err(true)
            }
            Err(_) => Err(false),
        }
    }

    /// A session token naming session `session_id` of user `user_id`, issued at `iat`, valid until `exp`.
    pub fn sign_session(
        &self,
        user_id: i64,
        session_id: String,
        iat: i64,
        exp: i64,
    ) -> Result<String, AppError> {
        self.sign(&Claims {
            sub: user_id.to_string(),
            sid: session_id,
            iss: ISSUER.into(),
            iat,
            exp,
        })
    }

    fn sign(&self, claims: &Claims) -> Result<String, AppError> {
        encode(&Header::new(Algorithm::HS256), claims, &self.0.session.0).map_err(|e| {
            tracing::error!(error = %e, "cannot sign session token");
            AppError::Internal
        })
    }

    /// The session id and user id in a token whose signature, issuer and expiry hold.
    pub fn verify(&self, token: &str) -> Option<(String, i64)> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.leeway = 0;
        let data = decode::<Claims>(token, &self.0.session.1, &validation).ok()?;
        Some((data.claims.sid, data.claims.sub.parse().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::now;

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
    fn an_invitation_link_verifies_until_it_expires_and_never_passes_for_a_session() {
        let k = keys(1);
        let later = now() + 3600;
        let token = k.sign_invitation(42, later).unwrap();
        assert_eq!(k.verify_invitation(&token), Ok(42));
        assert_eq!(
            keys(2).verify_invitation(&token),
            Err(false),
            "another secret"
        );
        assert_eq!(k.verify(&token), None, "an invitation is not a session");
        let expired = k.sign_invitation(42, now() - 1).unwrap();
        assert_eq!(k.verify_invitation(&expired), Err(true));
        let session = k
            .sign(&Claims {
                sub: "1".into(),
                sid: "s".into(),
                iss: ISSUER.into(),
                iat: now(),
                exp: later,
            })
            .unwrap();
        assert_eq!(
            k.verify_invitation(&session),
            Err(false),
            "a session is not an invitation"
        );
        let mut tampered = token.clone();
        tampered.pop();
        tampered.push(if token.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(k.verify_invitation(&tampered), Err(false));
    }
}
