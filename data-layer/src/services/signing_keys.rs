//! The Ed25519 keys that sign Open Badges credentials and status lists. One key signs at a time;
//! a rotation makes a new one and retires the old, which stays in the JWKS so that every
//! credential it signed still verifies. Private keys never leave this module.

use crate::db::Pool;
use crate::now;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ed25519_dalek::pkcs8::EncodePrivateKey;
use ed25519_dalek::SigningKey;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use model::domain::credential::Urls;
use model::error::AppError;
pub use platform::outcomes::PublicKey;
use serde_json::{json, Value};

/// The key that signs now.
pub struct Signer {
    pub kid: String,
    key: EncodingKey,
}

struct NewKey {
    kid: String,
    pkcs8: Vec<u8>,
    x: String,
}

fn internal(what: &str, e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "{what}");
    AppError::Internal
}

fn generate() -> Result<NewKey, AppError> {
    let seed: [u8; 32] = rand::random();
    let key = SigningKey::from_bytes(&seed);
    let pkcs8 = key
        .to_pkcs8_der()
        .map_err(|e| internal("encoding a signing key", e))?;
    Ok(NewKey {
        kid: format!("ed25519-{}", hex::encode(rand::random::<[u8; 6]>())),
        pkcs8: pkcs8.as_bytes().to_vec(),
        x: URL_SAFE_NO_PAD.encode(key.verifying_key().as_bytes()),
    })
}

/// The signing key, made on first use.
#[tracing::instrument(skip(pool))]
pub async fn current(pool: &Pool) -> Result<Signer, AppError> {
    let row = sqlx::query!(
        "SELECT kid, private_pkcs8 FROM signing_keys WHERE retired_at IS NULL ORDER BY id DESC LIMIT 1"
    )
    .fetch_optional(pool)
    .await?;
    let (kid, pkcs8) = match row {
        Some(r) => (r.kid, r.private_pkcs8),
        None => {
            // Two instances starting at once: only the first insert takes effect.
            let k = generate()?;
            let t = now();
            sqlx::query!(
                "INSERT INTO signing_keys (kid, algorithm, private_pkcs8, public_x, created_at)
                 SELECT $1, 'EdDSA', $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM signing_keys WHERE retired_at IS NULL)",
                k.kid,
                k.pkcs8,
                k.x,
                t
            )
            .execute(pool)
            .await?;
            return Box::pin(current(pool)).await;
        }
    };
    Ok(Signer {
        kid,
        key: EncodingKey::from_ed_der(&pkcs8),
    })
}

/// Retires the signing key and makes a new one, in one transaction. Returns the new key's id.
#[tracing::instrument(skip(pool))]
pub async fn rotate(pool: &Pool) -> Result<String, AppError> {
    let k = generate()?;
    let t = now();
    let mut tx = pool.begin().await?;
    sqlx::query!(
        "UPDATE signing_keys SET retired_at = $1 WHERE retired_at IS NULL",
        t
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO signing_keys (kid, algorithm, private_pkcs8, public_x, created_at) VALUES ($1, 'EdDSA', $2, $3, $4)",
        k.kid,
        k.pkcs8,
        k.x,
        t
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(kid = %k.kid, "signing key rotated");
    Ok(k.kid)
}

/// Every key ever used, newest first.
pub async fn published(pool: &Pool) -> Result<Vec<PublicKey>, AppError> {
    Ok(
        sqlx::query!("SELECT kid, public_x, retired_at FROM signing_keys ORDER BY id DESC")
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(|r| PublicKey {
                kid: r.kid,
                x: r.public_x,
                retired: r.retired_at.is_some(),
            })
            .collect(),
    )
}

/// The JSON Web Key Set: every key, so credentials signed before a rotation still verify.
pub async fn jwks(pool: &Pool, urls: &Urls) -> Result<Value, AppError> {
    // Publish a key before anything is signed with it.
    current(pool).await?;
    let keys: Vec<Value> = published(pool)
        .await?
        .into_iter()
        .map(|k| {
            json!({
                "kty": "OKP",
                "crv": "Ed25519",
                "x": k.x,
                "kid": urls.key(&k.kid),
                "alg": "EdDSA",
                "use": "sig",
            })
        })
        .collect();
    Ok(json!({ "keys": keys }))
}

/// Signs `claims` as a compact JWT whose `kid` is the key's URI in the JWKS.
pub fn sign(signer: &Signer, urls: &Urls, claims: &Value) -> Result<String, AppError> {
    let mut header = Header::new(Algorithm::EdDSA);
    header.typ = Some("JWT".into());
    header.kid = Some(urls.key(&signer.kid));
    jsonwebtoken::encode(&header, claims, &signer.key)
        .map_err(|e| internal("signing a credential", e))
}
