//! Certificates as files: the PDF (read back as text and as an image), the Open Badges 3.0
//! credential verified with the published JWKS (also after a key rotation), and the signed
//! status lists that publish revocation and suspension.

use crate::certificates::{complete, mine, pass_quiz, setup};
use crate::common::TestApp;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use http::StatusCode;
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde_json::Value;
use std::io::Read as _;
use std::process::Command;

async fn certified() -> (TestApp, String, String) {
    let (app, cookie) = setup().await;
    complete(&app, &cookie, "l1").await;
    complete(&app, &cookie, "l2").await;
    pass_quiz(&app, &cookie).await;
    let code = mine(&app, &cookie).await[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    (app, cookie, code)
}

async fn jwks(app: &TestApp) -> Value {
    let r = app.get("/.well-known/jwks.json", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.json()
}

/// Verifies `jwt` as a relying party would: the key named by `kid`, taken from the JWKS.
fn verify(jwt: &str, jwks: &Value, issuer: &str) -> Result<Value, jsonwebtoken::errors::Error> {
    let header = decode_header(jwt)?;
    assert_eq!(header.alg, Algorithm::EdDSA);
    let kid = header.kid.expect("a kid");
    let set: jsonwebtoken::jwk::JwkSet = serde_json::from_value(jwks.clone()).unwrap();
    let jwk = set.find(&kid).expect("the signing key is published");
    let mut v = Validation::new(Algorithm::EdDSA);
    v.validate_aud = false;
    v.validate_nbf = true;
    v.set_required_spec_claims(&["exp", "nbf", "iss"]);
    v.set_issuer(&[issuer]);
    decode::<Value>(jwt, &DecodingKey::from_jwk(jwk)?, &v).map(|d| d.claims)
}

async fn credential(app: &TestApp, cookie: &str, code: &str) -> String {
    let (status, headers, body) = app
        .get_bytes(
            &format!("/certificates/{code}/credential.jwt"),
            Some(cookie),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    assert!(headers[http::header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains(&format!("{code}.jwt")));
    String::from_utf8(body).unwrap()
}

fn issuer(app: &TestApp) -> String {
    format!("{}/api/v1/issuer", app.state.config.base_url)
}

#[tokio::test]
async fn the_credential_verifies_with_the_published_keys_also_after_a_rotation() {
    let (app, cookie, code) = certified().await;
    let first = credential(&app, &cookie, &code).await;
    let claims = verify(&first, &jwks(&app).await, &issuer(&app)).expect("verifies");
    assert_eq!(claims["type"][1], "OpenBadgeCredential");
    assert_eq!(claims["name"], "Modulbevis");
    assert_eq!(claims["jti"], claims["id"]);
    assert!(claims["id"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/verify/{code}")));
    let subject = &claims["credentialSubject"];
    assert_eq!(subject["achievement"]["name"], "Modulbevis");
    assert_eq!(subject["identifier"][0]["identityHash"], "Kari Nordmann");
    // The email is only there as a salted hash.
    assert!(!first.contains("kari.cert"));
    assert!(!String::from_utf8(
        URL_SAFE_NO_PAD
            .decode(first.split('.').nth(1).unwrap())
            .unwrap()
    )
    .unwrap()
    .contains("kari.cert@example.org"));

    // A changed payload no longer verifies.
    let mut parts: Vec<String> = first.split('.').map(str::to_string).collect();
    let mut payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(&parts[1]).unwrap()).unwrap();
    payload["name"] = "Something else".into();
    parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&payload).unwrap());
    assert!(verify(&parts.join("."), &jwks(&app).await, &issuer(&app)).is_err());

    // After a rotation new credentials are signed with the new key and the old still verify.
    let new_kid = app::with_data!(app.state.db, |d, pool| {
        d::services::signing_keys::rotate(pool).await
    })
    .unwrap();
    let keys = jwks(&app).await;
    assert_eq!(keys["keys"].as_array().unwrap().len(), 2);
    verify(&first, &keys, &issuer(&app)).expect("a credential from before the rotation");
    let second = credential(&app, &cookie, &code).await;
    let kid = decode_header(&second).unwrap().kid.unwrap();
    assert!(kid.ends_with(&format!("#{new_kid}")), "{kid}");
    verify(&second, &keys, &issuer(&app)).expect("a credential from after the rotation");

    // The issuer profile the credential names is served.
    let profile = app.get("/api/v1/issuer", None).await.json();
    assert_eq!(profile["id"], issuer(&app));
    assert_eq!(profile["type"][0], "Profile");
}

#[tokio::test]
async fn only_the_holder_downloads_a_certificate() {
    let (app, _cookie, code) = certified().await;
    let other = app
        .register(
            "Ola Other",
            "ola.other@example.org",
            "correct horse battery",
        )
        .await;
    for file in ["certificate.pdf", "credential.jwt"] {
        let path = format!("/certificates/{code}/{file}");
        let (status, _, _) = app.get_bytes(&path, Some(&other)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{file} for someone else");
        let (status, headers, _) = app.get_bytes(&path, None).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{file} signed out");
        assert_eq!(
            headers[http::header::LOCATION],
            "/sign-in?next=%2Fcertificates"
        );
    }
    let (status, _, body) = app
        .get_bytes(
            "/certificates/RTW-0000-0000-0000-0000/credential.jwt",
            Some(&other),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        !String::from_utf8_lossy(&body).is_empty(),
        "a message, not an empty page"
    );
}

/// The bit of `index` in the status list at `url`, after checking the list's signature.
async fn bit(app: &TestApp, url: &str, index: usize) -> bool {
    let path = url.split_once(&app.state.config.base_url).unwrap().1;
    let r = app.get(path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let claims = verify(&r.body, &jwks(app).await, &issuer(app)).expect("a signed list");
    assert_eq!(claims["type"][1], "BitstringStatusListCredential");
    let encoded = claims["credentialSubject"]["encodedList"].as_str().unwrap();
    let gz = URL_SAFE_NO_PAD
        .decode(encoded.strip_prefix('u').unwrap())
        .unwrap();
    let mut bits = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut bits)
        .unwrap();
    assert_eq!(bits.len(), 16_384, "131,072 entries");
    bits[index / 8] & (0x80 >> (index % 8)) != 0
}

#[tokio::test]
async fn revocation_and_suspension_are_published_in_the_signed_status_lists() {
    let (app, cookie, code) = certified().await;
    let jwt = credential(&app, &cookie, &code).await;
    let claims = verify(&jwt, &jwks(&app).await, &issuer(&app)).unwrap();
    let entries = claims["credentialStatus"].as_array().unwrap().clone();
    let entry = |purpose: &str| {
        let e = entries
            .iter()
            .find(|e| e["statusPurpose"] == purpose)
            .unwrap();
        (
            e["statusListCredential"].as_str().unwrap().to_string(),
            e["statusListIndex"]
                .as_str()
                .unwrap()
                .parse::<usize>()
                .unwrap(),
        )
    };
    let (revocation, index) = entry("revocation");
    let (suspension, same) = entry("suspension");
    assert_eq!(index, same);

    let admin = app
        .register("Ada Admin", "ada.keys@example.org", "a long admin password")
        .await;
    sqlx::query("INSERT INTO user_roles (user_id, role, granted_at) SELECT id, 'platform_admin', 0 FROM users WHERE email = 'ada.keys@example.org'")
        .execute(&app.db)
        .await
        .unwrap();
    let change = |action: &'static str| {
        let code = code.clone();
        let admin = admin.clone();
        let app = &app;
        async move {
            let r = app
                .submit(
                    "change_certificate",
                    &[
                        ("code", &code),
                        ("action", action),
                        ("reason", "Klage behandles"),
                    ],
                    Some(&admin),
                )
                .await;
            assert_eq!(r.status, StatusCode::FOUND, "{action}: {}", r.body);
        }
    };

    assert!(!bit(&app, &revocation, index).await && !bit(&app, &suspension, index).await);
    change("suspend").await;
    assert!(!bit(&app, &revocation, index).await && bit(&app, &suspension, index).await);
    let api = app
        .get(&format!("/api/v1/certificates/{code}"), None)
        .await
        .json();
    assert_eq!(api["status"], "suspended");
    change("revoke").await;
    assert!(bit(&app, &revocation, index).await && !bit(&app, &suspension, index).await);
    change("reinstate").await;
    assert!(!bit(&app, &revocation, index).await && !bit(&app, &suspension, index).await);

    for bad in [
        "/api/v1/status-lists/revocation/7",
        "/api/v1/status-lists/revocation/-1",
        "/api/v1/status-lists/whatever/0",
        "/api/v1/status-lists/revocation/x",
    ] {
        let r = app.get(bad, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{bad}");
        assert_eq!(r.json()["error"], "error-not-found", "{bad}");
    }
}

fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("{cmd:?} (poppler-utils, installed by scripts/setup --test): {e}")
    });
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[tokio::test]
async fn the_pdf_reads_as_text_in_the_holders_language_and_its_qr_code_opens_the_verification_page()
{
    let (app, cookie, code) = certified().await;
    let english = format!("{cookie}; rtw_lang=en");
    let (status, headers, pdf) = app
        .get_bytes(
            &format!("/certificates/{code}/certificate.pdf"),
            Some(&english),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&pdf));
    assert_eq!(headers[http::header::CONTENT_TYPE], "application/pdf");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("certificate.pdf");
    std::fs::write(&file, &pdf).unwrap();

    let text = String::from_utf8(run(Command::new("pdftotext").arg(&file).arg("-"))).unwrap();
    let url = format!("{}/verify/{code}", app.state.config.base_url);
    for expected in [
        "This certifies that",
        "Kari Nordmann",
        "Module certificate",
        "Certificate course",
        &format!("Certificate code: {code}"),
        "Valid until:",
        "Status when this copy was made: Valid",
        &url,
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    let info = String::from_utf8(run(Command::new("pdfinfo").arg(&file))).unwrap();
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{info}"
    );
    assert!(
        info.contains("Module certificate – Kari Nordmann"),
        "{info}"
    );

    // Rendered as an image, the QR code decodes to the verification page.
    run(Command::new("pdftoppm")
        .args(["-png", "-r", "110", "-singlefile"])
        .arg(&file)
        .arg(dir.path().join("page")));
    let page = image::open(dir.path().join("page.png")).unwrap().to_luma8();
    let (w, h) = page.dimensions();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
            page.get_pixel(x as u32, y as u32).0[0]
        });
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    let (_, content) = grids[0].decode().expect("the QR code decodes");
    assert_eq!(content, url);

    // In bokmål by default.
    let (_, _, pdf) = app
        .get_bytes(
            &format!("/certificates/{code}/certificate.pdf"),
            Some(&cookie),
        )
        .await;
    std::fs::write(&file, &pdf).unwrap();
    let text = String::from_utf8(run(Command::new("pdftotext").arg(&file).arg("-"))).unwrap();
    assert!(
        text.contains("Dette bekrefter at") && text.contains("Modulbevis"),
        "{text}"
    );
}

#[tokio::test]
async fn an_expired_certificate_is_reported_as_expired_everywhere() {
    let (app, cookie, _) = certified().await;
    // A qualification issued three years and a day ago, as the database would hold it.
    let t = app::server::now();
    let issued = t - (3 * 365 + 2) * 86_400;
    let expires = app::domain::certification::expiry(issued, 36);
    assert!(expires < t);
    sqlx::query(
        "INSERT INTO certificates (code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at)
         SELECT 'RTW-EXP1-EXP1-EXP1-EXP1', user_id, course_version_id, 'qualification', holder_name, $1, $2 FROM certificates",
    )
    .bind(issued)
    .bind(expires)
    .execute(&app.db)
    .await
    .unwrap();
    let code = "RTW-EXP1-EXP1-EXP1-EXP1";

    let api = app
        .get(&format!("/api/v1/certificates/{code}"), None)
        .await
        .json();
    assert_eq!(api["status"], "expired");
    let page = app.get(&format!("/verify/{code}"), None).await;
    assert!(
        page.body.contains("data-status=\"expired\""),
        "{}",
        page.body
    );
    let mine = mine(&app, &cookie).await;
    let listed = mine.iter().find(|c| c["code"] == code).unwrap();
    assert_eq!(listed["status"], "expired");

    // Its credential says so too: a relying party refuses it as expired.
    let jwt = credential(&app, &cookie, code).await;
    let err = verify(&jwt, &jwks(&app).await, &issuer(&app)).unwrap_err();
    assert_eq!(
        *err.kind(),
        jsonwebtoken::errors::ErrorKind::ExpiredSignature
    );
    // The PDF states the status at the time it was made.
    let (_, _, pdf) = app
        .get_bytes(
            &format!("/certificates/{code}/certificate.pdf"),
            Some(&cookie),
        )
        .await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("expired.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let text = String::from_utf8(run(Command::new("pdftotext").arg(&file).arg("-"))).unwrap();
    assert!(
        text.contains("Status da denne kopien ble laget: Utløpt"),
        "{text}"
    );
}
