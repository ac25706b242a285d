//! A certificate as its holder takes it away: the facts for the PDF, the signed Open Badges 3.0
//! credential (VC-JWT), and the public, signed Bitstring Status Lists that say whether a
//! credential has been revoked or suspended.

use super::certification::{view, Row};
use super::signing_keys;
use crate::db::Pool;
use crate::now;
use fluent_templates::fluent_bundle::FluentValue;
use model::domain::certification::normalise_code;
use model::domain::credential::{
    bitstring, encoded_list, open_badge, position, status_list_credential, BadgeFacts, Purpose,
    Urls, LIST_BITS,
};
use model::domain::Lang;
use model::error::AppError;
use model::i18n::I18n;
use model::wire::{CertificateView, Role, SessionUser};
pub use platform::outcomes::Holding;

pub use model::domain::credential::ISSUER_NAME;

/// Loads the certificate `code` for `user`: its holder, or a platform administrator. Anyone
/// else gets "not found", so the answer does not reveal whose codes exist.
#[tracing::instrument(skip(pool, user))]
pub async fn holding(
    pool: &Pool,
    user: &SessionUser,
    code: &str,
    lang: Lang,
) -> Result<Holding, AppError> {
    let code = normalise_code(code).ok_or(AppError::NotFound)?;
    let r = sqlx::query!(
        r#"SELECT c.id, c.code, c.user_id, c.rule_id, c.holder_name, c.issued_at, c.expires_at, c.status,
                  c.status_reason, c.status_at, v.course_id, v.version_no, v.manifest, u.email
           FROM certificates c JOIN course_versions v ON v.id = c.course_version_id
                JOIN users u ON u.id = c.user_id
           WHERE c.code = $1"#,
        code
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    if r.user_id != user.id && !user.roles.contains(&Role::PlatformAdmin) {
        return Err(AppError::NotFound);
    }
    let view = view(
        Row {
            code: r.code.clone(),
            rule_id: r.rule_id.clone(),
            holder_name: r.holder_name.clone(),
            issued_at: r.issued_at,
            expires_at: r.expires_at,
            status: r.status,
            status_reason: r.status_reason,
            status_at: r.status_at,
            course_id: r.course_id.clone(),
            manifest: r.manifest,
        },
        lang,
        now(),
    )?;
    let i18n = I18n(lang);
    let args = [
        ("certificate", FluentValue::from(view.title.clone())),
        ("programme", FluentValue::from(view.programme.clone())),
        ("version", FluentValue::from(r.version_no)),
    ];
    let facts = BadgeFacts {
        certificate_id: r.id,
        code: r.code,
        holder_name: r.holder_name,
        holder_email: r.email,
        salt: hex::encode(rand::random::<[u8; 8]>()),
        title: view.title.clone(),
        description: i18n.t_with("credential-description", &args),
        criteria: i18n.t_with("credential-criteria", &args),
        qualification: view.qualification,
        course_id: r.course_id,
        version_no: r.version_no,
        rule_id: r.rule_id,
        lang: lang.code(),
        issued_at: r.issued_at,
        expires_at: r.expires_at,
    };
    Ok(Holding { view, facts })
}

/// The certificate's `OpenBadgeCredential`, signed as a VC-JWT with the current key.
#[tracing::instrument(skip(pool, user))]
pub async fn credential(
    pool: &Pool,
    urls: &Urls,
    user: &SessionUser,
    code: &str,
    lang: Lang,
) -> Result<(CertificateView, String), AppError> {
    let h = holding(pool, user, code, lang).await?;
    let signer = signing_keys::current(pool).await?;
    let jwt = signing_keys::sign(&signer, urls, &open_badge(urls, ISSUER_NAME, &h.facts))?;
    Ok((h.view, jwt))
}

/// The signed status list `list` for `purpose`, as it is now.
#[tracing::instrument(skip(pool))]
pub async fn status_list(
    pool: &Pool,
    urls: &Urls,
    purpose: Purpose,
    list: i64,
) -> Result<String, AppError> {
    let highest = sqlx::query_scalar!("SELECT MAX(id) FROM certificates")
        .fetch_one(pool)
        .await?
        .unwrap_or(0);
    // Only lists that some certificate can point at exist.
    if list < 0 || list > position(highest).0 {
        return Err(AppError::NotFound);
    }
    let (from, to) = (list * LIST_BITS, (list + 1) * LIST_BITS);
    let status = purpose.status();
    let ids = sqlx::query_scalar!(
        "SELECT id FROM certificates WHERE status = $1 AND id >= $2 AND id < $3",
        status,
        from,
        to
    )
    .fetch_all(pool)
    .await?;
    let bits = bitstring(ids.into_iter().map(|id| position(id).1));
    let claims = status_list_credential(urls, purpose, list, &encoded_list(&bits), now());
    let signer = signing_keys::current(pool).await?;
    signing_keys::sign(&signer, urls, &claims)
}
