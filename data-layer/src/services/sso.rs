//! Single sign-on through an organisation's OpenID provider: its settings (for the
//! organisation's administrators), starting a sign-in, and the return from the provider, which
//! signs in the person it names, makes their account on the first visit, or asks the owner of an
//! account with the same email to prove it with the password before the two are linked.

use super::organisations::administered;
use crate::auth::{hash_password, token_hash};
use crate::db::Pool;
use crate::oidc::ProviderRef;
use crate::{now, random_hex, AppState};
use model::domain::sso::{
    person_from_claims, ClaimMapping, ProviderSettings, SsoFailure, SsoPerson,
};
use model::domain::{local_path::local_path, Lang};
use model::error::{AppError, FieldError};
use model::wire::{OrgSsoView, Role, SessionUser, SsoChoice, SsoLinkView, SsoProviderView};
pub use platform::outcomes::{Begun, Callback, Finished, LINK_TTL_SECS, LOGIN_TTL_SECS};

/// Where the provider sends the browser back to (registered at the provider).
pub fn redirect_uri(state: &AppState) -> String {
    format!("{}/sso/callback", state.config.base_url)
}

struct Provider {
    org_id: i64,
    client: ProviderRef,
    claims: ClaimMapping,
}

async fn provider(pool: &Pool, org_id: i64) -> Result<Option<Provider>, AppError> {
    let row = sqlx::query!(
        "SELECT issuer, client_id, client_secret, subject_claim, name_claim, email_claim, org_claim, org_value
         FROM sso_providers WHERE organisation_id = $1 AND disabled_at IS NULL",
        org_id
    )
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| Provider {
        org_id,
        client: ProviderRef {
            issuer: r.issuer,
            client_id: r.client_id,
            client_secret: r.client_secret,
        },
        claims: ClaimMapping {
            subject: r.subject_claim,
            name: r.name_claim,
            email: r.email_claim,
            organisation: r.org_claim.zip(r.org_value),
        },
    }))
}

/// The organisations people can sign in through, for the sign-in page.
pub async fn choices(pool: &Pool) -> Result<Vec<SsoChoice>, AppError> {
    Ok(sqlx::query_as!(
        SsoChoice,
        r#"SELECT o.id AS "org_id!", o.name FROM sso_providers p JOIN organisations o ON o.id = p.organisation_id
           WHERE p.disabled_at IS NULL ORDER BY o.name"#
    )
    .fetch_all(pool)
    .await?)
}

/// The settings page.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn page(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
) -> Result<OrgSsoView, AppError> {
    let pool = crate::db::pool(&state.db);
    let org_name = administered(pool, user, org_id).await?;
    let provider = sqlx::query!(
        "SELECT issuer, client_id, subject_claim, name_claim, email_claim, org_claim, org_value, disabled_at, updated_at
         FROM sso_providers WHERE organisation_id = $1",
        org_id
    )
    .fetch_optional(pool)
    .await?
    .map(|r| SsoProviderView {
        issuer: r.issuer,
        client_id: r.client_id,
        subject_claim: r.subject_claim,
        name_claim: r.name_claim,
        email_claim: r.email_claim,
        org_claim: r.org_claim.unwrap_or_default(),
        org_value: r.org_value.unwrap_or_default(),
        enabled: r.disabled_at.is_none(),
        updated_at: r.updated_at,
    });
    let people = sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!" FROM external_identities WHERE organisation_id = $1"#,
        org_id
    )
    .fetch_one(pool)
    .await?;
    Ok(OrgSsoView {
        org_id,
        org_name,
        provider,
        redirect_uri: redirect_uri(state),
        start_url: format!("{}/sso/start?org={org_id}", state.config.base_url),
        people,
        allow_internal: state.config.webhooks_allow_internal,
    })
}

/// The settings form, as posted.
#[derive(Debug, Default)]
pub struct SettingsForm<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub subject_claim: &'a str,
    pub name_claim: &'a str,
    pub email_claim: &'a str,
    pub org_claim: &'a str,
    pub org_value: &'a str,
}

/// Saves the settings after checking that the issuer answers with a discovery document.
#[tracing::instrument(skip(state, user, form), fields(user = user.id))]
pub async fn save(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    form: SettingsForm<'_>,
) -> Result<(), AppError> {
    let pool = crate::db::pool(&state.db);
    administered(pool, user, org_id).await?;
    let has_secret = sqlx::query_scalar!(
        "SELECT 1 FROM sso_providers WHERE organisation_id = $1",
        org_id
    )
    .fetch_optional(pool)
    .await?
    .is_some();
    let settings = ProviderSettings::parse(
        form.issuer,
        form.client_id,
        form.client_secret,
        form.subject_claim,
        form.name_claim,
        form.email_claim,
        form.org_claim,
        form.org_value,
        state.config.webhooks_allow_internal,
        has_secret,
    )
    .map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|(field, key)| FieldError {
                    field: field.into(),
                    key: key.into(),
                })
                .collect(),
        )
    })?;
    if let Err(why) = crate::webhooks::public_url(state, &settings.issuer).await {
        tracing::info!(%why, "single sign-on issuer refused");
        return Err(AppError::field("issuer", "error-sso-issuer-internal"));
    }
    if state.oidc.check(&settings.issuer).await.is_err() {
        return Err(AppError::field("issuer", "error-sso-discovery"));
    }
    let t = now();
    let (org_claim, org_value) = settings.claims.organisation.clone().unzip();
    sqlx::query!(
        "INSERT INTO sso_providers (organisation_id, issuer, client_id, client_secret, subject_claim, name_claim,
                                    email_claim, org_claim, org_value, updated_by, updated_at)
         VALUES ($1, $2, $3, COALESCE($4, ''), $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (organisation_id) DO UPDATE SET
             issuer = excluded.issuer, client_id = excluded.client_id,
             client_secret = COALESCE($4, sso_providers.client_secret),
             subject_claim = excluded.subject_claim, name_claim = excluded.name_claim,
             email_claim = excluded.email_claim, org_claim = excluded.org_claim, org_value = excluded.org_value,
             updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        org_id,
        settings.issuer,
        settings.client_id,
        settings.client_secret,
        settings.claims.subject,
        settings.claims.name,
        settings.claims.email,
        org_claim,
        org_value,
        user.id,
        t
    )
    .execute(pool)
    .await?;
    tracing::info!(org_id, issuer = %settings.issuer, "single sign-on settings saved");
    Ok(())
}

/// Turns sign-in through the provider off or on.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn set_enabled(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    enabled: bool,
) -> Result<(), AppError> {
    administered(crate::db::pool(&state.db), user, org_id).await?;
    let t = now();
    let off = (!enabled).then_some(t);
    let found = sqlx::query!(
        "UPDATE sso_providers SET disabled_at = $1, updated_by = $2, updated_at = $3 WHERE organisation_id = $4",
        off,
        user.id,
        t,
        org_id
    )
    .execute(crate::db::pool(&state.db))
    .await?
    .rows_affected();
    if found == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Starts a sign-in through `org_id`'s provider; `next` is where to land afterwards.
#[tracing::instrument(skip(state))]
pub async fn begin(state: &AppState, org_id: i64, next: Option<&str>) -> Result<Begun, SsoFailure> {
    let pool = crate::db::pool(&state.db);
    let provider = provider(pool, org_id)
        .await
        .map_err(|_| SsoFailure::Unreachable)?
        .ok_or(SsoFailure::NotConfigured)?;
    let started = state
        .oidc
        .start(&provider.client, &redirect_uri(state))
        .await?;
    let t = now();
    let next = next.and_then(local_path);
    let stale = t - LOGIN_TTL_SECS;
    let stored = async {
        sqlx::query!("DELETE FROM sso_logins WHERE created_at < $1", stale)
            .execute(pool)
            .await?;
        sqlx::query!(
            "INSERT INTO sso_logins (state, organisation_id, nonce, pkce_verifier, next, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            started.state,
            org_id,
            started.nonce,
            started.pkce_verifier,
            next,
            t
        )
        .execute(pool)
        .await
    }
    .await;
    stored.map_err(|e| {
        tracing::error!(error = %e, "cannot record a sign-in");
        SsoFailure::Unreachable
    })?;
    Ok(Begun {
        url: started.url,
        state: started.state,
    })
}

/// Handles the return from the provider. `cookie_state` is the state cookie of this browser.
#[tracing::instrument(skip_all)]
pub async fn finish(
    state: &AppState,
    cookie_state: Option<&str>,
    back: &Callback,
    lang: Lang,
) -> Result<Finished, SsoFailure> {
    let pool = crate::db::pool(&state.db);
    let internal = |e: sqlx::Error| {
        tracing::error!(error = %e, "single sign-on storage failed");
        SsoFailure::Unreachable
    };
    let (Some(returned), Some(mine)) = (back.state.as_deref(), cookie_state) else {
        return Err(SsoFailure::Expired);
    };
    if returned != mine {
        tracing::warn!("sign-in state does not match this browser's");
        return Err(SsoFailure::Expired);
    }
    // Used once: the row goes whatever happens next.
    let login = sqlx::query!(
        "DELETE FROM sso_logins WHERE state = $1 RETURNING organisation_id, nonce, pkce_verifier, next, created_at",
        returned
    )
    .fetch_optional(pool)
    .await
    .map_err(internal)?
    .filter(|l| l.created_at >= now() - LOGIN_TTL_SECS)
    .ok_or(SsoFailure::Expired)?;
    if let Some(error) = &back.error {
        tracing::info!(error, "the provider did not sign the person in");
        return Err(SsoFailure::Denied);
    }
    let code = back.code.as_deref().ok_or(SsoFailure::Denied)?;
    let provider = provider(pool, login.organisation_id)
        .await
        .map_err(|_| SsoFailure::Unreachable)?
        .ok_or(SsoFailure::NotConfigured)?;
    if back
        .iss
        .as_deref()
        .is_some_and(|iss| iss != provider.client.issuer)
    {
        tracing::warn!("the answer names another issuer (mix-up)");
        return Err(SsoFailure::InvalidToken);
    }
    let claims = state
        .oidc
        .finish(
            &provider.client,
            &redirect_uri(state),
            code,
            &login.pkce_verifier,
            &login.nonce,
        )
        .await?;
    let person = person_from_claims(&claims, &provider.claims)?;
    let next = login.next.unwrap_or_else(|| "/".to_string());
    arrive(
        pool,
        &provider.client.issuer,
        provider.org_id,
        &person,
        lang,
        next,
    )
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "single sign-on could not finish");
        SsoFailure::Internal
    })
}

/// The person `issuer` names is known: sign them in. New: make their account in `org_id`. Their
/// email is taken: wait for the password. (Also for people an LMS launches, see `lti`.)
pub(crate) async fn arrive(
    pool: &Pool,
    issuer: &str,
    org_id: i64,
    person: &SsoPerson,
    lang: Lang,
    next: String,
) -> Result<Finished, AppError> {
    let t = now();
    let known = sqlx::query_scalar!(
        "SELECT i.user_id FROM external_identities i JOIN users u ON u.id = i.user_id
         WHERE i.issuer = $1 AND i.subject = $2 AND u.deleted_at IS NULL",
        issuer,
        person.subject
    )
    .fetch_optional(pool)
    .await?;
    if let Some(user_id) = known {
        let mut tx = pool.begin().await?;
        sqlx::query!(
            "UPDATE external_identities SET last_sign_in_at = $1 WHERE issuer = $2 AND subject = $3",
            t,
            issuer,
            person.subject
        )
        .execute(&mut *tx)
        .await?;
        join(&mut tx, org_id, user_id, t).await?;
        tx.commit().await?;
        tracing::info!(user_id, org = org_id, "signed in through the organisation");
        return Ok(Finished::SignedIn { user_id, next });
    }
    let email = person.email.as_str();
    let existing = sqlx::query_scalar!(r#"SELECT id AS "id!" FROM users WHERE email = $1"#, email)
        .fetch_optional(pool)
        .await?;
    if let Some(user_id) = existing {
        let token = random_hex(32);
        let hash = token_hash(&token);
        let stale = t - LINK_TTL_SECS;
        sqlx::query!("DELETE FROM sso_pending_links WHERE created_at < $1", stale)
            .execute(pool)
            .await?;
        sqlx::query!(
            "INSERT INTO sso_pending_links (token_hash, issuer, subject, organisation_id, user_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            hash,
            issuer,
            person.subject,
            org_id,
            user_id,
            t
        )
        .execute(pool)
        .await?;
        tracing::info!(
            user_id,
            "an account has this email: waiting for its password to link"
        );
        return Ok(Finished::Link { token });
    }
    // A password nobody knows: the account signs in through the provider (or sets a password
    // with "forgot password", which proves the email).
    let unusable = hash_password(random_hex(32)).await?;
    let name = person.name.as_str();
    let lang = lang.code();
    let learner = Role::Learner.as_str();
    let mut tx = pool.begin().await?;
    let user_id = sqlx::query_scalar!(
        r#"INSERT INTO users (email, display_name, password_hash, lang, created_at, password_changed_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id AS "id!""#,
        email,
        name,
        unusable,
        lang,
        t,
        t,
        t
    )
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3)",
        user_id,
        learner,
        t
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO external_identities (issuer, subject, user_id, organisation_id, linked_at, last_sign_in_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        issuer,
        person.subject,
        user_id,
        org_id,
        t,
        t
    )
    .execute(&mut *tx)
    .await?;
    join(&mut tx, org_id, user_id, t).await?;
    tx.commit().await?;
    tracing::info!(
        user_id,
        org = org_id,
        "account made at first sign-in through the organisation"
    );
    Ok(Finished::SignedIn { user_id, next })
}

/// Makes the person a member of the organisation, unless they are one already.
async fn join(
    conn: &mut crate::db::Conn,
    org_id: i64,
    user_id: i64,
    t: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES ($1, $2, 'member', $3)
         ON CONFLICT DO NOTHING",
        org_id,
        user_id,
        t
    )
    .execute(conn)
    .await?;
    Ok(())
}

struct Pending {
    token_hash: String,
    issuer: String,
    subject: String,
    org_id: i64,
    org_name: String,
    user_id: i64,
    email: String,
}

async fn pending(pool: &Pool, token: &str) -> Result<Option<Pending>, AppError> {
    let hash = token_hash(token);
    let fresh = now() - LINK_TTL_SECS;
    Ok(sqlx::query!(
        r#"SELECT p.token_hash AS "token_hash!", p.issuer, p.subject, p.organisation_id, o.name AS org_name, p.user_id, u.email
           FROM sso_pending_links p JOIN organisations o ON o.id = p.organisation_id JOIN users u ON u.id = p.user_id
           WHERE p.token_hash = $1 AND p.created_at >= $2 AND u.deleted_at IS NULL"#,
        hash,
        fresh
    )
    .fetch_optional(pool)
    .await?
    .map(|r| Pending {
        token_hash: r.token_hash,
        issuer: r.issuer,
        subject: r.subject,
        org_id: r.organisation_id,
        org_name: r.org_name,
        user_id: r.user_id,
        email: r.email,
    }))
}

/// What the link page shows: whose account, and which organisation's sign-in.
pub async fn link_view(pool: &Pool, token: Option<&str>) -> Result<Option<SsoLinkView>, AppError> {
    let Some(token) = token else { return Ok(None) };
    Ok(pending(pool, token).await?.map(|p| SsoLinkView {
        org_name: p.org_name,
        email: p.email,
    }))
}

/// Links the provider's person to the account once its password is given. Returns the account.
#[tracing::instrument(skip_all)]
pub async fn link(pool: &Pool, token: Option<&str>, password: &str) -> Result<i64, AppError> {
    let p = match token {
        Some(token) => pending(pool, token).await?,
        None => None,
    }
    .ok_or_else(|| AppError::field("password", "sso-link-expired"))?;
    if password.is_empty() {
        return Err(AppError::field("password", "error-sso-password"));
    }
    let user_id = super::accounts::authenticate(pool, &p.email, password).await?;
    if user_id != p.user_id {
        return Err(AppError::BadCredentials);
    }
    let t = now();
    let mut tx = pool.begin().await?;
    let removed = sqlx::query!(
        "DELETE FROM sso_pending_links WHERE token_hash = $1",
        p.token_hash
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if removed == 0 {
        return Err(AppError::field("password", "sso-link-expired"));
    }
    sqlx::query!(
        "INSERT INTO external_identities (issuer, subject, user_id, organisation_id, linked_at, last_sign_in_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (issuer, subject) DO NOTHING",
        p.issuer,
        p.subject,
        user_id,
        p.org_id,
        t,
        t
    )
    .execute(&mut *tx)
    .await?;
    join(&mut tx, p.org_id, user_id, t).await?;
    tx.commit().await?;
    tracing::info!(
        user_id,
        org = p.org_id,
        "sign-in through the organisation linked to the account"
    );
    Ok(user_id)
}
