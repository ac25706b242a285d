//! The OpenID Connect client: discovery documents and signing keys fetched and kept for a while,
//! the authorization request (code flow with PKCE and a nonce), and the code exchange with every
//! check on the ID token (signature, issuer, audience, expiry, nonce) done by `openidconnect`.

use model::domain::sso::SsoFailure;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreJwsSigningAlgorithm, CoreProviderMetadata,
};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a provider's discovery document and keys are used before they are fetched again.
const KEEP: Duration = Duration::from_secs(600);
/// After a signature fails, keys older than this are fetched again once (the provider may have
/// rotated its key).
const REFRESH_AFTER: Duration = Duration::from_secs(30);

/// What the client needs to know about one organisation's provider.
#[derive(Debug, Clone)]
pub struct ProviderRef {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
}

/// A sign-in sent to the provider: the address to send the browser to, and what must be kept
/// until it comes back.
#[derive(Debug)]
pub struct Started {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// Discovery documents (with their keys) by issuer, and the HTTP client that fetches them.
#[derive(Clone)]
pub struct OidcClients {
    http: reqwest::Client,
    cache: Arc<Mutex<HashMap<String, (Instant, CoreProviderMetadata)>>>,
}

impl Default for OidcClients {
    fn default() -> Self {
        Self::new()
    }
}

impl OidcClients {
    pub fn new() -> Self {
        let http = reqwest::Client::builder()
            // The token endpoint must answer itself; a redirect there is refused (as the spec asks).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap_or_default();
        OidcClients {
            http,
            cache: Arc::default(),
        }
    }

    fn cached(&self, issuer: &str, max_age: Duration) -> Option<CoreProviderMetadata> {
        let cache = self.cache.lock().ok()?;
        let (at, metadata) = cache.get(issuer)?;
        (at.elapsed() < max_age).then(|| metadata.clone())
    }

    /// The provider's discovery document with its keys, from the cache when fresh enough.
    #[tracing::instrument(skip(self))]
    pub async fn metadata(
        &self,
        issuer: &str,
        max_age: Duration,
    ) -> Result<CoreProviderMetadata, SsoFailure> {
        if let Some(m) = self.cached(issuer, max_age) {
            return Ok(m);
        }
        let url = IssuerUrl::new(issuer.to_string()).map_err(|_| SsoFailure::NotConfigured)?;
        let metadata = CoreProviderMetadata::discover_async(url, &self.http)
            .await
            .map_err(|e| {
                tracing::warn!(error = %e, issuer, "OpenID provider discovery failed");
                SsoFailure::Unreachable
            })?;
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(issuer.to_string(), (Instant::now(), metadata.clone()));
        }
        Ok(metadata)
    }

    /// Checks that the provider answers with a discovery document for `issuer` (when settings are saved).
    pub async fn check(&self, issuer: &str) -> Result<(), SsoFailure> {
        self.metadata(issuer, Duration::ZERO).await.map(|_| ())
    }

    /// The authorization request for a new sign-in.
    pub async fn start(&self, p: &ProviderRef, redirect: &str) -> Result<Started, SsoFailure> {
        let metadata = self.metadata(&p.issuer, KEEP).await?;
        let client = client(metadata, p, redirect)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Started {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges the code for tokens and returns the ID token's claims once every check holds.
    #[tracing::instrument(skip_all, fields(issuer = %p.issuer))]
    pub async fn finish(
        &self,
        p: &ProviderRef,
        redirect: &str,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<Map<String, Value>, SsoFailure> {
        let metadata = self.metadata(&p.issuer, KEEP).await?;
        let client = client(metadata, p, redirect)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|_| SsoFailure::Unreachable)?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::warn!(error = %e, "the provider refused the code");
                SsoFailure::Denied
            })?;
        let id_token = response.id_token().ok_or_else(|| {
            tracing::warn!("the provider's token response has no ID token");
            SsoFailure::InvalidToken
        })?;
        let nonce = Nonce::new(nonce.to_string());
        let verified = {
            let verifier = client.id_token_verifier().set_allowed_algs(ALLOWED_ALGS);
            id_token.claims(&verifier, &nonce).map(|_| ())
        };
        if let Err(e) = verified {
            let stale = matches!(
                e,
                openidconnect::ClaimsVerificationError::SignatureVerification(_)
            ) && self.cached(&p.issuer, REFRESH_AFTER).is_none();
            if !stale {
                tracing::warn!(error = %e, "ID token refused");
                return Err(SsoFailure::InvalidToken);
            }
            // Perhaps a new key: fetch the keys again, once, and check again.
            let fresh = client_with_fresh_keys(self, p, redirect).await?;
            let verifier = fresh.id_token_verifier().set_allowed_algs(ALLOWED_ALGS);
            if let Err(e) = id_token.claims(&verifier, &nonce) {
                tracing::warn!(error = %e, "ID token refused after fetching the keys again");
                return Err(SsoFailure::InvalidToken);
            }
        }
        // Every check has held; the configured claims are read from the token's payload as JSON.
        payload(&id_token.to_string()).ok_or(SsoFailure::InvalidToken)
    }
}

const ALLOWED_ALGS: [CoreJwsSigningAlgorithm; 4] = [
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
    CoreJwsSigningAlgorithm::RsaSsaPssSha256,
    CoreJwsSigningAlgorithm::EcdsaP256Sha256,
    CoreJwsSigningAlgorithm::EdDsa,
];

/// A client made from discovery: authorization endpoint set, token and user info endpoints as discovered.
type Client = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

async fn client_with_fresh_keys(
    clients: &OidcClients,
    p: &ProviderRef,
    redirect: &str,
) -> Result<Client, SsoFailure> {
    let metadata = clients.metadata(&p.issuer, Duration::ZERO).await?;
    client(metadata, p, redirect)
}

fn client(
    metadata: CoreProviderMetadata,
    p: &ProviderRef,
    redirect: &str,
) -> Result<Client, SsoFailure> {
    let redirect = RedirectUrl::new(redirect.to_string()).map_err(|e| {
        tracing::error!(error = %e, "the sign-in return address is not a URL");
        SsoFailure::NotConfigured
    })?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(p.client_id.clone()),
        Some(ClientSecret::new(p.client_secret.clone())),
    )
    .set_redirect_uri(redirect))
}

/// The claims of a compact JWT, as JSON (only for a token already verified).
fn payload(jwt: &str) -> Option<Map<String, Value>> {
    use base64::Engine;
    let part = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_payload_of_a_compact_token_is_read_as_json() {
        // {"alg":"none"} . {"sub":"a","n":1} . (no signature)
        let jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIiwibiI6MX0.";
        let claims = payload(jwt).unwrap();
        assert_eq!(claims.get("sub").and_then(Value::as_str), Some("a"));
        assert_eq!(payload("not-a-token"), None);
        assert_eq!(payload("a.!!!.c"), None);
    }
}
