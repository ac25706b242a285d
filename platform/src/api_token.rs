//! HR API tokens: a JWT naming a row in `api_tokens`, signed with its own derived key. The
//! signature makes it unforgeable and lets a bad token be refused without a query; the row (found
//! by the token's SHA-256, the token itself is never stored) makes it revocable.

use crate::keys::{SessionKeys, ISSUER};
use jsonwebtoken::{decode, encode, Algorithm, Header, Validation};
use model::error::AppError;
use serde::{Deserialize, Serialize};

const AUDIENCE: &str = "rtw-hr-api";

#[derive(Debug, Serialize, Deserialize)]
struct ApiClaims {
    /// Token id (a row in `api_tokens`).
    sub: String,
    /// The organisation whose data it reads.
    org: i64,
    /// Space-separated scopes.
    scope: String,
    iss: String,
    aud: String,
    iat: i64,
    exp: i64,
}

/// What a token says, once its signature, audience and expiry hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenClaims {
    pub token_id: i64,
    pub organisation_id: i64,
}

/// The hex SHA-256 a token is stored as.
pub fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(token.as_bytes()))
}

impl SessionKeys {
    pub fn sign_api_token(
        &self,
        token_id: i64,
        organisation_id: i64,
        scope: &str,
        iat: i64,
        exp: i64,
    ) -> Result<String, AppError> {
        let claims = ApiClaims {
            sub: token_id.to_string(),
            org: organisation_id,
            scope: scope.to_string(),
            iss: ISSUER.to_string(),
            aud: AUDIENCE.to_string(),
            iat,
            exp,
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.0.api.0).map_err(|e| {
            tracing::error!(error = %e, "cannot sign an API token");
            AppError::Internal
        })
    }

    /// The token's claims if its signature, issuer, audience and expiry hold.
    pub fn verify_api_token(&self, token: &str) -> Option<ApiTokenClaims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.leeway = 0;
        let data = decode::<ApiClaims>(token, &self.0.api.1, &validation).ok()?;
        Some(ApiTokenClaims {
            token_id: data.claims.sub.parse().ok()?,
            organisation_id: data.claims.org,
        })
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
    fn an_api_token_verifies_with_the_same_secret_only() {
        let t = now();
        let token = keys(1)
            .sign_api_token(7, 3, "people:read", t, t + 60)
            .unwrap();
        assert_eq!(
            keys(1).verify_api_token(&token),
            Some(ApiTokenClaims {
                token_id: 7,
                organisation_id: 3
            })
        );
        assert_eq!(keys(2).verify_api_token(&token), None);
    }

    #[test]
    fn an_expired_api_token_is_refused() {
        let t = now();
        let token = keys(1)
            .sign_api_token(7, 3, "people:read", t - 120, t - 60)
            .unwrap();
        assert_eq!(keys(1).verify_api_token(&token), None);
    }

    #[test]
    fn neither_an_invitation_nor_a_session_token_passes_for_an_api_token() {
        let t = now();
        let invitation = keys(1).sign_invitation(7, t + 60).unwrap();
        assert_eq!(keys(1).verify_api_token(&invitation), None);
        let api = keys(1)
            .sign_api_token(7, 3, "people:read", t, t + 60)
            .unwrap();
        assert_eq!(keys(1).verify_invitation(&api), Err(false));
        assert_eq!(keys(1).verify(&api), None);
    }
}
