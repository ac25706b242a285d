//! The LTI 1.3 tool's cryptography and its grades: the tool's RS256 key (made once, published
//! as JWKS), checking a platform's ID token against the platform's keys, and sending a score to
//! the platform's gradebook (client-credentials token with a signed assertion, then the score)
//! from the outbox, so a score waits and is sent again until the platform takes it.

use super::{now, random_hex, AppState};
use crate::db::{Conn, Pool};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use model::domain::lti::{scores_url, SCOPE_SCORE};
use model::error::AppError;
use serde_json::{json, Map, Value};

pub const KIND_LTI_SCORE: &str = "lti_score";

/// The tool's signing key.
pub struct ToolKey {
    pub kid: String,
    pub encoding: EncodingKey,
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Makes an RSA key (2048 bits): PKCS#1 DER in base64, and its public JWK.
fn make_key(kid: &str) -> Result<(String, Value), AppError> {
    use base64::Engine;
    use rsa::pkcs1::EncodeRsaPrivateKey;
    use rsa::traits::PublicKeyParts;
    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).map_err(|e| {
        tracing::error!(error = %e, "cannot make the LTI key");
        AppError::Internal
    })?;
    let der = key.to_pkcs1_der().map_err(|_| AppError::Internal)?;
    let private = base64::engine::general_purpose::STANDARD.encode(der.as_bytes());
    let public = key.to_public_key();
    let jwk = json!({
        "kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid,
        "n": b64(&public.n().to_bytes_be()), "e": b64(&public.e().to_bytes_be()),
    });
    Ok((private, jwk))
}

/// The tool's key, made on first use.
pub async fn tool_key(pool: &Pool) -> Result<ToolKey, AppError> {
    if let Some(k) = newest(pool).await? {
        return Ok(k);
    }
    let kid = format!("rtw-lti-{}", random_hex(8));
    let made = kid.clone();
    let (pem, jwk) = tokio::task::spawn_blocking(move || make_key(&made))
        .await
        .map_err(|_| AppError::Internal)??;
    let (jwk, t) = (jwk.to_string(), now());
    sqlx::query!(
        "INSERT INTO lti_keys (kid, private_key, public_jwk, created_at) VALUES ($1, $2, $3, $4)",
        kid,
        pem,
        jwk,
        t
    )
    .execute(pool)
    .await?;
    newest(pool).await?.ok_or(AppError::Internal)
}

async fn newest(pool: &Pool) -> Result<Option<ToolKey>, AppError> {
    use base64::Engine;
    let row = sqlx::query!(
        r#"SELECT kid AS "kid!", private_key FROM lti_keys ORDER BY created_at DESC, kid LIMIT 1"#
    )
    .fetch_optional(pool)
    .await?;
    row.map(|r| {
        base64::engine::general_purpose::STANDARD
            .decode(&r.private_key)
            .map(|der| EncodingKey::from_rsa_der(&der))
            .map(|encoding| ToolKey {
                kid: r.kid,
                encoding,
            })
            .map_err(|e| {
                tracing::error!(error = %e, "the stored LTI key is unreadable");
                AppError::Internal
            })
    })
    .transpose()
}

/// The tool's public keys, as the platform fetches them (`/lti/jwks.json`).
pub async fn jwks(pool: &Pool) -> Result<Value, AppError> {
    tool_key(pool).await?;
    let keys: Vec<Value> =
        sqlx::query_scalar!("SELECT public_jwk FROM lti_keys ORDER BY created_at")
            .fetch_all(pool)
            .await?
            .iter()
            .filter_map(|k| serde_json::from_str(k).ok())
            .collect();
    Ok(json!({ "keys": keys }))
}

/// Signs `claims` with the tool's key (RS256, with its `kid`).
pub async fn sign(pool: &Pool, claims: &Value) -> Result<String, AppError> {
    let key = tool_key(pool).await?;
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(key.kid);
    jsonwebtoken::encode(&header, claims, &key.encoding).map_err(|e| {
        tracing::error!(error = %e, "cannot sign an LTI message");
        AppError::Internal
    })
}

/// Why a platform's ID token was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenProblem {
    /// The platform's keys could not be fetched.
    Keys(String),
    /// Signature, issuer, audience or expiry failed.
    Invalid(String),
}

/// Checks `token` against the platform's keys at `jwks_url`: RS256 signature, issuer, audience
/// (our client id; with several audiences, `azp` must be ours too), expiry. Returns its claims.
pub async fn verify_platform_token(
    http: &reqwest::Client,
    token: &str,
    jwks_url: &str,
    issuer: &str,
    client_id: &str,
) -> Result<Map<String, Value>, TokenProblem> {
    let header =
        jsonwebtoken::decode_header(token).map_err(|e| TokenProblem::Invalid(e.to_string()))?;
    if header.alg != Algorithm::RS256 {
        return Err(TokenProblem::Invalid(format!("algorithm {:?}", header.alg)));
    }
    let set: jsonwebtoken::jwk::JwkSet = http
        .get(jwks_url)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| TokenProblem::Keys(e.to_string()))?
        .json()
        .await
        .map_err(|e| TokenProblem::Keys(e.to_string()))?;
    let jwk = match &header.kid {
        Some(kid) => set.find(kid),
        None if set.keys.len() == 1 => set.keys.first(),
        None => None,
    }
    .ok_or_else(|| TokenProblem::Invalid("no key with this kid".into()))?;
    let key = DecodingKey::from_jwk(jwk).map_err(|e| TokenProblem::Invalid(e.to_string()))?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[issuer]);
    validation.set_audience(&[client_id]);
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
    validation.leeway = 30;
    let data = jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation)
        .map_err(|e| TokenProblem::Invalid(e.to_string()))?;
    let claims = data.claims;
    if let Some(Value::Array(auds)) = claims.get("aud") {
        if auds.len() > 1 && claims.get("azp").and_then(Value::as_str) != Some(client_id) {
            return Err(TokenProblem::Invalid("azp is not this tool".into()));
        }
    }
    Ok(claims)
}

/// Queues a score for every link that launched `user_id` into `target` with a line item.
pub async fn queue_score(
    conn: &mut Conn,
    user_id: i64,
    target: &str,
    given: f64,
    maximum: f64,
) -> Result<(), AppError> {
    let links = sqlx::query!(
        r#"SELECT l.id AS "id!", l.platform_id, l.lti_user, l.lineitem AS "lineitem!" FROM lti_links l
           JOIN lti_platforms p ON p.id = l.platform_id
           WHERE l.user_id = $1 AND l.target = $2 AND l.lineitem IS NOT NULL AND p.disabled_at IS NULL"#,
        user_id,
        target
    )
    .fetch_all(&mut *conn)
    .await?;
    let t = now();
    let stamp = super::services::hr_feed::rfc3339(t);
    for link in links {
        let body = model::domain::lti::score_body(&link.lti_user, given, maximum, &stamp);
        let payload =
            json!({ "platform": link.platform_id, "lineitem": link.lineitem, "score": body })
                .to_string();
        let subject = format!("lti:{}:{}", link.id, user_id);
        sqlx::query!(
            "INSERT INTO outbox (kind, payload, created_at, available_at, subject) VALUES ($1, $2, $3, $4, $5)",
            KIND_LTI_SCORE,
            payload,
            t,
            t,
            subject
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Sends one queued score: a token for the score scope, then the score. `Err` says what went
/// wrong, and the outbox tries again later.
pub async fn deliver(state: &AppState, payload: &str) -> Result<(), String> {
    let payload: Value = serde_json::from_str(payload).map_err(|e| format!("unreadable: {e}"))?;
    let platform_id = payload["platform"].as_i64().ok_or("no platform")?;
    let lineitem = payload["lineitem"].as_str().ok_or("no line item")?;
    let p = sqlx::query!(
        "SELECT client_id, token_url FROM lti_platforms WHERE id = $1 AND disabled_at IS NULL",
        platform_id
    )
    .fetch_optional(crate::db::pool(&state.db))
    .await
    .map_err(|e| e.to_string())?
    .ok_or("the platform is gone or turned off")?;
    let t = now();
    let assertion = sign(
        crate::db::pool(&state.db),
        &json!({
            "iss": p.client_id, "sub": p.client_id, "aud": p.token_url,
            "iat": t, "exp": t + 300, "jti": random_hex(16),
        }),
    )
    .await
    .map_err(|_| "cannot sign the token request".to_string())?;
    let http = &state.webhooks;
    let token: Value = http
        .post(&p.token_url)
        .form(&[
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ),
            ("client_assertion", assertion.as_str()),
            ("scope", SCOPE_SCORE),
        ])
        .send()
        .await
        .map_err(super::webhooks::describe)?
        .error_for_status()
        .map_err(|e| format!("the token endpoint refused: {e}"))?
        .json()
        .await
        .map_err(|e| format!("the token answer is not JSON: {e}"))?;
    let access = token["access_token"]
        .as_str()
        .ok_or("no access token in the answer")?;
    let res = http
        .post(scores_url(lineitem))
        .bearer_auth(access)
        .header("content-type", "application/vnd.ims.lis.v1.score+json")
        .body(payload["score"].to_string())
        .send()
        .await
        .map_err(super::webhooks::describe)?;
    if res.status().is_success() {
        Ok(())
    } else {
        Err(format!("the gradebook answered {}", res.status()))
    }
}
