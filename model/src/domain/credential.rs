//! Open Badges 3.0: what a certificate's credential, the issuer's profile and the W3C Bitstring
//! Status Lists say, as JSON, and where a certificate sits in those lists. Signing is done by the
//! service that holds the keys; this module only decides the content.

use crate::domain::clock::format_rfc3339;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::Write as _;

/// The issuer's name in credentials and on certificates.
pub const ISSUER_NAME: &str = "RTW Academy";

pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
pub const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/// Entries per status list: the specification's minimum (16 KiB), so that a list says nothing
/// about how many certificates exist. A certificate's id decides its list and its index.
pub const LIST_BITS: i64 = 131_072;

/// What a bit in a status list means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Revocation,
    Suspension,
}

impl Purpose {
    pub const ALL: [Purpose; 2] = [Purpose::Revocation, Purpose::Suspension];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Revocation => "revocation",
            Purpose::Suspension => "suspension",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The stored certificate status whose bit this list sets.
    pub fn status(self) -> &'static str {
        match self {
            Purpose::Revocation => "revoked",
            Purpose::Suspension => "suspended",
        }
    }
}

/// (list number, index in that list) of the certificate with this id.
pub fn position(certificate_id: i64) -> (i64, i64) {
    (
        certificate_id.div_euclid(LIST_BITS),
        certificate_id.rem_euclid(LIST_BITS),
    )
}

/// The list's bits, most significant bit of the first byte first, with `set` switched on.
/// Indices outside the list are ignored.
pub fn bitstring(set: impl IntoIterator<Item = i64>) -> Vec<u8> {
    let mut bits = vec![0u8; (LIST_BITS / 8) as usize];
    for i in set.into_iter().filter(|i| (0..LIST_BITS).contains(i)) {
        bits[(i / 8) as usize] |= 0x80 >> (i % 8);
    }
    bits
}

/// `encodedList`: multibase base64url (prefix `u`) of the GZIP-compressed bitstring.
pub fn encoded_list(bits: &[u8]) -> String {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = gz.write_all(bits);
    let compressed = gz.finish().unwrap_or_default();
    format!("u{}", URL_SAFE_NO_PAD.encode(compressed))
}

/// `sha256$<hex>` of the identity and its salt, as Open Badges hashes an email address.
pub fn identity_hash(identity: &str, salt: &str) -> String {
    let digest = Sha256::digest(format!("{}{salt}", identity.trim().to_lowercase()));
    format!("sha256${}", hex::encode(digest))
}

/// Where the public documents live, from the platform's base URL.
#[derive(Debug, Clone)]
pub struct Urls {
    base: String,
}

impl Urls {
    pub fn new(base_url: &str) -> Self {
        Urls {
            base: base_url.trim_end_matches('/').to_string(),
        }
    }
    pub fn issuer(&self) -> String {
        format!("{}/api/v1/issuer", self.base)
    }
    pub fn jwks(&self) -> String {
        format!("{}/.well-known/jwks.json", self.base)
    }
    /// The JWT `kid` of a key: a URI reference to it in the JWKS, as Open Badges asks.
    pub fn key(&self, kid: &str) -> String {
        format!("{}#{kid}", self.jwks())
    }
    pub fn status_list(&self, purpose: Purpose, list: i64) -> String {
        format!(
            "{}/api/v1/status-lists/{}/{list}",
            self.base,
            purpose.as_str()
        )
    }
    pub fn verification(&self, code: &str) -> String {
        format!("{}/verify/{code}", self.base)
    }
    pub fn home(&self) -> String {
        format!("{}/", self.base)
    }
}

/// Everything a credential states about one certificate.
#[derive(Debug, Clone)]
pub struct BadgeFacts {
    pub certificate_id: i64,
    pub code: String,
    pub holder_name: String,
    pub holder_email: String,
    /// Random per credential, so the email hash cannot be matched across credentials.
    pub salt: String,
    pub title: String,
    pub description: String,
    pub criteria: String,
    pub qualification: bool,
    pub course_id: String,
    pub version_no: i64,
    pub rule_id: String,
    /// BCP 47 tag of the language the names are in.
    pub lang: &'static str,
    pub issued_at: i64,
    pub expires_at: i64,
}

/// The issuer's Open Badges profile.
pub fn issuer_profile(urls: &Urls, name: &str) -> Value {
    json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": urls.issuer(),
        "type": ["Profile"],
        "name": name,
        "url": urls.home(),
    })
}

/// The `OpenBadgeCredential` of a certificate, as the payload of a VC-JWT: the credential's
/// members at the top level with the registered claims `iss`, `jti`, `nbf` and `exp` beside them.
pub fn open_badge(urls: &Urls, issuer_name: &str, f: &BadgeFacts) -> Value {
    let id = urls.verification(&f.code);
    let (list, index) = position(f.certificate_id);
    let status: Vec<Value> = Purpose::ALL
        .into_iter()
        .map(|p| {
            json!({
                "id": format!("{}#{index}", urls.status_list(p, list)),
                "type": "BitstringStatusListEntry",
                "statusPurpose": p.as_str(),
                "statusListIndex": index.to_string(),
                "statusListCredential": urls.status_list(p, list),
            })
        })
        .collect();
    json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f.title,
        "issuer": {
            "id": urls.issuer(),
            "type": ["Profile"],
            "name": issuer_name,
            "url": urls.home(),
        },
        "validFrom": format_rfc3339(f.issued_at),
        "validUntil": format_rfc3339(f.expires_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": false,
                    "identityHash": f.holder_name,
                },
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": true,
                    "identityHash": identity_hash(&f.holder_email, &f.salt),
                    "salt": f.salt,
                },
            ],
            "achievement": {
                "id": format!("urn:rtw-academy:achievement:{}:{}:{}", f.course_id, f.version_no, f.rule_id),
                "type": ["Achievement"],
                "achievementType": if f.qualification { "Certification" } else { "Certificate" },
                "name": f.title,
                "description": f.description,
                "criteria": { "narrative": f.criteria },
                "inLanguage": f.lang,
            },
        },
        "credentialStatus": status,
        "iss": urls.issuer(),
        "jti": id,
        "nbf": f.issued_at,
        "exp": f.expires_at,
    })
}

/// A `BitstringStatusListCredential` with the given encoded list, valid for a day from `now`
/// (verifiers reject a stale copy, so an old list cannot hide a later revocation for long).
pub fn status_list_credential(
    urls: &Urls,
    purpose: Purpose,
    list: i64,
    encoded: &str,
    now: i64,
) -> Value {
    let id = urls.status_list(purpose, list);
    let until = now + 86_400;
    json!({
        "@context": [VC_CONTEXT],
        "id": id,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": urls.issuer(),
        "validFrom": format_rfc3339(now),
        "validUntil": format_rfc3339(until),
        "credentialSubject": {
            "id": format!("{id}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": purpose.as_str(),
            "encodedList": encoded,
        },
        "iss": urls.issuer(),
        "jti": id,
        "nbf": now,
        "exp": until,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn decode(encoded: &str) -> Vec<u8> {
        let raw = URL_SAFE_NO_PAD
            .decode(encoded.strip_prefix('u').expect("multibase base64url"))
            .unwrap();
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn a_certificate_id_decides_its_list_and_index() {
        assert_eq!(position(7), (0, 7));
        assert_eq!(position(LIST_BITS + 3), (1, 3));
    }

    #[test]
    fn the_encoded_list_sets_exactly_the_given_bits_most_significant_first() {
        let bits = decode(&encoded_list(&bitstring([0, 9, LIST_BITS - 1, LIST_BITS])));
        assert_eq!(bits.len(), 16_384);
        assert_eq!(bits[0], 0b1000_0000);
        assert_eq!(bits[1], 0b0100_0000);
        assert_eq!(bits[16_383], 0b0000_0001);
        assert_eq!(bits.iter().map(|b| b.count_ones()).sum::<u32>(), 3);
    }

    #[test]
    fn email_hashes_depend_on_the_salt_and_ignore_case() {
        let a = identity_hash("Kari@Example.org", "s1");
        assert_eq!(a, identity_hash("kari@example.org", "s1"));
        assert_ne!(a, identity_hash("kari@example.org", "s2"));
        assert!(a.starts_with("sha256$") && a.len() == 7 + 64);
    }

    #[test]
    fn the_credential_points_at_both_status_lists_and_repeats_its_facts_as_claims() {
        let urls = Urls::new("https://rtw.example/");
        let facts = BadgeFacts {
            certificate_id: 42,
            code: "RTW-AAAA-BBBB-CCCC-DDDD".into(),
            holder_name: "Kari Nordmann".into(),
            holder_email: "kari@example.org".into(),
            salt: "abc".into(),
            title: "Qualified RTW coordinator".into(),
            description: "d".into(),
            criteria: "c".into(),
            qualification: true,
            course_id: "rtw".into(),
            version_no: 3,
            rule_id: "qualification".into(),
            lang: "en",
            issued_at: 1_795_442_700,
            expires_at: 1_890_050_700,
        };
        let vc = open_badge(&urls, "RTW Academy", &facts);
        assert_eq!(vc["@context"][0], VC_CONTEXT);
        assert_eq!(vc["jti"], vc["id"]);
        assert_eq!(vc["iss"], vc["issuer"]["id"]);
        assert_eq!(
            vc["id"],
            "https://rtw.example/verify/RTW-AAAA-BBBB-CCCC-DDDD"
        );
        assert_eq!(vc["validFrom"], "2026-11-23T14:05:00Z");
        let status = vc["credentialStatus"].as_array().unwrap();
        assert_eq!(status.len(), 2);
        assert_eq!(status[0]["statusPurpose"], "revocation");
        assert_eq!(status[1]["statusPurpose"], "suspension");
        assert_eq!(status[0]["statusListIndex"], "42");
        assert_eq!(
            status[1]["statusListCredential"],
            "https://rtw.example/api/v1/status-lists/suspension/0"
        );
        let subject = &vc["credentialSubject"];
        assert_eq!(subject["achievement"]["achievementType"], "Certification");
        assert_eq!(subject["identifier"][0]["identityHash"], "Kari Nordmann");
        assert_ne!(subject["identifier"][1]["identityHash"], "kari@example.org");
    }
}
