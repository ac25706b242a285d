//! Single sign-on rules that need no network: an organisation's provider settings, read from a
//! form, and the person an ID token names under those settings. The token's signature, issuer,
//! audience, expiry and nonce are checked before its claims reach [`person_from_claims`].

use super::email::Email;
use super::webhook::WebhookUrl;
use serde_json::{Map, Value};

/// How an organisation's provider names things in its ID tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimMapping {
    /// The claim that identifies the person for good (`sub`, or `oid` in Entra ID).
    pub subject: String,
    pub name: String,
    pub email: String,
    /// Only people whose token carries this claim with this value (a tenant, a municipality number).
    pub organisation: Option<(String, String)>,
}

/// The settings an organisation administrator saves, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderSettings {
    pub issuer: String,
    pub client_id: String,
    /// `None`: keep the saved secret.
    pub client_secret: Option<String>,
    pub claims: ClaimMapping,
}

/// A field of the settings form and the message for what is wrong with it.
pub type FieldProblem = (&'static str, &'static str);

const MAX_FIELD: usize = 500;

/// A claim name: what a provider could put in a JSON object's key, without spaces or control
/// characters.
fn claim_name(field: &'static str, raw: &str, default: &str) -> Result<String, FieldProblem> {
    let name = raw.trim();
    if name.is_empty() {
        return Ok(default.to_string());
    }
    if name.len() > 100 || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err((field, "error-sso-claim"));
    }
    Ok(name.to_string())
}

impl ProviderSettings {
    /// Reads the form. `has_secret`: a secret is already saved, so an empty one keeps it.
    #[allow(clippy::too_many_arguments)]
    pub fn parse(
        issuer: &str,
        client_id: &str,
        client_secret: &str,
        subject_claim: &str,
        name_claim: &str,
        email_claim: &str,
        org_claim: &str,
        org_value: &str,
        allow_http: bool,
        has_secret: bool,
    ) -> Result<ProviderSettings, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let issuer = match WebhookUrl::parse(issuer, allow_http) {
            Ok(url) if !url.as_str().contains(['?', '#']) => {
                // Exactly as given: discovery compares it character for character.
                Some(url.as_str().to_string())
            }
            Ok(_) => {
                problems.push(("issuer", "error-sso-issuer"));
                None
            }
            Err("error-webhook-url-missing") => {
                problems.push(("issuer", "error-sso-issuer-missing"));
                None
            }
            Err("error-webhook-url-https") => {
                problems.push(("issuer", "error-sso-issuer-https"));
                None
            }
            Err(_) => {
                problems.push(("issuer", "error-sso-issuer"));
                None
            }
        };
        let client_id = client_id.trim();
        if client_id.is_empty() || client_id.len() > MAX_FIELD {
            problems.push(("client_id", "error-sso-client-id"));
        }
        let secret = client_secret.trim();
        if secret.len() > MAX_FIELD || (secret.is_empty() && !has_secret) {
            problems.push(("client_secret", "error-sso-client-secret"));
        }
        let mut claim = |field, raw, default| {
            claim_name(field, raw, default)
                .map_err(|p| problems.push(p))
                .unwrap_or_default()
        };
        let subject = claim("subject_claim", subject_claim, "sub");
        let name = claim("name_claim", name_claim, "name");
        let email = claim("email_claim", email_claim, "email");
        let org_name = claim("org_claim", org_claim, "");
        let org_value = org_value.trim();
        let organisation = match (org_name.is_empty(), org_value.is_empty()) {
            (true, true) => None,
            (false, false) if org_value.len() <= MAX_FIELD => {
                Some((org_name, org_value.to_string()))
            }
            (false, true) => {
                problems.push(("org_value", "error-sso-org-value"));
                None
            }
            _ => {
                problems.push(("org_claim", "error-sso-org-claim"));
                None
            }
        };
        match issuer {
            Some(issuer) if problems.is_empty() => Ok(ProviderSettings {
                issuer,
                client_id: client_id.to_string(),
                client_secret: (!secret.is_empty()).then(|| secret.to_string()),
                claims: ClaimMapping {
                    subject,
                    name,
                    email,
                    organisation,
                },
            }),
            _ => Err(problems),
        }
    }
}

/// Why a sign-in through a provider did not end signed in. Each has a message on the page the
/// browser is sent to (`/sso/failed?reason=…`); nothing is created for any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SsoFailure {
    /// The organisation has no provider, or it is turned off.
    NotConfigured,
    /// The provider could not be reached, or answered with something that is not OpenID Connect.
    Unreachable,
    /// The browser came back without a sign-in we started (unknown, used or expired state).
    Expired,
    /// The person cancelled, or the provider refused.
    Denied,
    /// The ID token failed a check: signature, issuer, audience, expiry or nonce.
    InvalidToken,
    /// The token lacks the claim that identifies the person, or a usable email.
    MissingClaims,
    /// The token is valid but its organisation claim does not match.
    WrongOrganisation,
    /// Something failed on our side (storage); nothing was half-made.
    Internal,
    /// An LMS launched from a deployment that is not registered here.
    UnknownDeployment,
}

impl SsoFailure {
    pub const ALL: [SsoFailure; 9] = [
        SsoFailure::NotConfigured,
        SsoFailure::Unreachable,
        SsoFailure::Expired,
        SsoFailure::Denied,
        SsoFailure::InvalidToken,
        SsoFailure::MissingClaims,
        SsoFailure::WrongOrganisation,
        SsoFailure::Internal,
        SsoFailure::UnknownDeployment,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SsoFailure::NotConfigured => "not-configured",
            SsoFailure::Unreachable => "unreachable",
            SsoFailure::Expired => "expired",
            SsoFailure::Denied => "denied",
            SsoFailure::InvalidToken => "invalid-token",
            SsoFailure::MissingClaims => "missing-claims",
            SsoFailure::WrongOrganisation => "wrong-organisation",
            SsoFailure::Internal => "internal",
            SsoFailure::UnknownDeployment => "unknown-deployment",
        }
    }

    pub fn parse(code: &str) -> Option<SsoFailure> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The message key of the failure page.
    pub fn message_key(self) -> String {
        format!("sso-failed-{}", self.code())
    }
}

/// The person an ID token names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoPerson {
    pub subject: String,
    pub name: String,
    pub email: Email,
    /// The provider says it checked the address (`email_verified`).
    pub email_verified: bool,
}

/// A claim as text: strings as they are, numbers written out (some providers number people).
fn text_claim(claims: &Map<String, Value>, name: &str) -> Option<String> {
    match claims.get(name)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The person in a verified ID token's claims, under an organisation's mapping.
pub fn person_from_claims(
    claims: &Map<String, Value>,
    mapping: &ClaimMapping,
) -> Result<SsoPerson, SsoFailure> {
    if let Some((claim, expected)) = &mapping.organisation {
        let matches = match claims.get(claim) {
            Some(Value::Array(values)) => {
                values.iter().any(|v| v.as_str() == Some(expected.as_str()))
            }
            _ => text_claim(claims, claim).as_deref() == Some(expected.as_str()),
        };
        if !matches {
            return Err(SsoFailure::WrongOrganisation);
        }
    }
    let subject = text_claim(claims, &mapping.subject).ok_or(SsoFailure::MissingClaims)?;
    if subject.len() > 255 {
        return Err(SsoFailure::MissingClaims);
    }
    let email = text_claim(claims, &mapping.email)
        .and_then(|e| Email::parse(&e).ok())
        .ok_or(SsoFailure::MissingClaims)?;
    let name = text_claim(claims, &mapping.name)
        .filter(|n| n.chars().count() <= 100)
        .unwrap_or_else(|| email.as_str().split('@').next().unwrap_or("").to_string());
    let email_verified = matches!(claims.get("email_verified"), Some(Value::Bool(true)))
        || matches!(claims.get("email_verified"), Some(Value::String(s)) if s == "true");
    Ok(SsoPerson {
        subject,
        name,
        email,
        email_verified,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn mapping() -> ClaimMapping {
        ClaimMapping {
            subject: "sub".into(),
            name: "name".into(),
            email: "email".into(),
            organisation: None,
        }
    }

    fn claims(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    #[test]
    fn a_token_with_the_usual_claims_names_its_person() {
        let c = claims(
            json!({"sub": "abc", "name": "Kari Nordmann", "email": "Kari@Example.org", "email_verified": true}),
        );
        let p = person_from_claims(&c, &mapping()).unwrap();
        assert_eq!(p.subject, "abc");
        assert_eq!(p.name, "Kari Nordmann");
        assert_eq!(p.email.as_str(), "kari@example.org");
        assert!(p.email_verified);
    }

    #[test]
    fn configured_claims_are_read_instead_of_the_standard_ones() {
        let m = ClaimMapping {
            subject: "oid".into(),
            name: "display".into(),
            email: "upn".into(),
            organisation: Some(("tid".into(), "tenant-1".into())),
        };
        let c = claims(
            json!({"sub": "pairwise", "oid": 42, "display": "Ola", "upn": "ola@kommune.no", "tid": "tenant-1"}),
        );
        let p = person_from_claims(&c, &m).unwrap();
        assert_eq!(
            (p.subject.as_str(), p.name.as_str()),
            ("42", "Ola"),
            "numbers are read as text"
        );
        assert!(!p.email_verified);
        let other = claims(json!({"oid": "1", "upn": "ola@kommune.no", "tid": "tenant-2"}));
        assert_eq!(
            person_from_claims(&other, &m),
            Err(SsoFailure::WrongOrganisation)
        );
        let missing = claims(json!({"oid": "1", "upn": "ola@kommune.no"}));
        assert_eq!(
            person_from_claims(&missing, &m),
            Err(SsoFailure::WrongOrganisation)
        );
        let listed = claims(json!({"oid": "1", "upn": "ola@kommune.no", "tid": ["x", "tenant-1"]}));
        assert!(person_from_claims(&listed, &m).is_ok());
    }

    #[test]
    fn a_token_without_subject_or_usable_email_is_refused_and_a_missing_name_comes_from_the_email()
    {
        let m = mapping();
        for c in [
            json!({"email": "a@example.org"}),
            json!({"sub": "", "email": "a@example.org"}),
            json!({"sub": "x"}),
            json!({"sub": "x", "email": "not an email"}),
            json!({"sub": {"nested": 1}, "email": "a@example.org"}),
        ] {
            assert_eq!(
                person_from_claims(&claims(c.clone()), &m),
                Err(SsoFailure::MissingClaims),
                "{c}"
            );
        }
        let p = person_from_claims(&claims(json!({"sub": "x", "email": "per@example.org"})), &m)
            .unwrap();
        assert_eq!(p.name, "per");
    }

    #[test]
    fn settings_are_checked_field_by_field() {
        let ok = ProviderSettings::parse(
            " https://login.example.org/tenant/v2.0/ ",
            "client",
            "secret",
            "",
            "",
            "",
            "",
            "",
            false,
            false,
        )
        .unwrap();
        assert_eq!(ok.issuer, "https://login.example.org/tenant/v2.0/");
        assert_eq!(ok.claims, mapping());
        assert_eq!(ok.client_secret.as_deref(), Some("secret"));
        let err = ProviderSettings::parse(
            "http://idp.local",
            "",
            "",
            "has space",
            "",
            "",
            "tid",
            "",
            false,
            false,
        )
        .unwrap_err();
        assert_eq!(
            err,
            vec![
                ("issuer", "error-sso-issuer-https"),
                ("client_id", "error-sso-client-id"),
                ("client_secret", "error-sso-client-secret"),
                ("subject_claim", "error-sso-claim"),
                ("org_value", "error-sso-org-value"),
            ]
        );
        let kept = ProviderSettings::parse(
            "http://127.0.0.1:9/",
            "c",
            "",
            "",
            "",
            "",
            "",
            "",
            true,
            true,
        )
        .unwrap();
        assert_eq!(
            kept.client_secret, None,
            "an empty secret keeps the saved one"
        );
        assert_eq!(
            ProviderSettings::parse("https://x/?a=b", "c", "s", "", "", "", "", "", false, false)
                .unwrap_err(),
            vec![("issuer", "error-sso-issuer")]
        );
    }

    #[test]
    fn failure_codes_read_back() {
        for f in SsoFailure::ALL {
            assert_eq!(SsoFailure::parse(f.code()), Some(f));
        }
        assert_eq!(SsoFailure::parse("other"), None);
    }
}
