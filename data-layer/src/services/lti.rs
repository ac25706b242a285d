//! RTW Academy as an LTI 1.3 tool: platforms registered by a platform administrator, the
//! third-party initiated login, the launch (a resource link signs the person in and opens the
//! lesson, quiz or case; grades for it go back), and deep linking (a teacher picks what to embed).

use super::sso::{arrive, Finished};
use crate::auth::token_hash;
use crate::db::Pool;
use crate::lti::{sign, verify_platform_token, TokenProblem};
use crate::{now, random_hex, AppState};
use model::domain::content::{pick, Localized};
use model::domain::lti::{self, Message};
use model::domain::sso::{SsoFailure, SsoPerson};
use model::domain::{Email, Lang};
use model::error::AppError;
pub use platform::outcomes::Pickable;
pub use platform::outcomes::{Launched, LoginRequest};
use serde_json::{json, Value};

/// How long a login may take to come back as a launch, and a deep-linking choice to be made.
pub const LOGIN_TTL_SECS: i64 = 600;

/// A platform as the platform administrator registers it.
#[derive(Debug, Clone)]
pub struct NewPlatform {
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub auth_url: String,
    pub token_url: String,
    pub jwks_url: String,
    pub organisation_id: i64,
    pub deployments: Vec<String>,
}

/// The registered platforms, a line each (for the command line).
pub async fn list(pool: &Pool) -> Result<Vec<String>, AppError> {
    let rows = sqlx::query!(
        r#"SELECT p.id, p.name, p.issuer, p.client_id, p.organisation_id, p.disabled_at,
                  (SELECT string_agg(deployment_id, ' ') FROM lti_deployments d WHERE d.platform_id = p.id) AS "deployments: String"
           FROM lti_platforms p ORDER BY p.id"#
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            format!(
                "{}\t{}\t{}\tclient {}\torganisation {}\tdeployments {}{}",
                r.id,
                r.name,
                r.issuer,
                r.client_id,
                r.organisation_id,
                r.deployments.unwrap_or_default(),
                if r.disabled_at.is_some() { "\toff" } else { "" }
            )
        })
        .collect())
}

/// Registers a platform with its deployments (or adds deployments to one already registered).
pub async fn register(pool: &Pool, p: &NewPlatform) -> Result<i64, AppError> {
    let t = now();
    let mut tx = pool.begin().await?;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO lti_platforms (name, issuer, client_id, auth_url, token_url, jwks_url, organisation_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (issuer, client_id) DO UPDATE SET name = excluded.name, auth_url = excluded.auth_url,
               token_url = excluded.token_url, jwks_url = excluded.jwks_url, organisation_id = excluded.organisation_id
           RETURNING id AS "id!""#,
        p.name,
        p.issuer,
        p.client_id,
        p.auth_url,
        p.token_url,
        p.jwks_url,
        p.organisation_id,
        t
    )
    .fetch_one(&mut *tx)
    .await?;
    for d in &p.deployments {
        sqlx::query!(
            "INSERT INTO lti_deployments (platform_id, deployment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            id,
            d
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

struct Platform {
    id: i64,
    issuer: String,
    client_id: String,
    jwks_url: String,
    organisation_id: i64,
}

/// Where the platform sends the launch (registered at the platform as the redirect URI).
pub fn launch_url(state: &AppState) -> String {
    format!("{}/lti/launch", state.config.base_url)
}

/// Answers a login request with the address of the platform's authentication request.
#[tracing::instrument(skip_all)]
pub async fn login(state: &AppState, req: &LoginRequest) -> Result<String, SsoFailure> {
    let pool = crate::db::pool(&state.db);
    let (Some(iss), Some(hint)) = (req.iss.as_deref(), req.login_hint.as_deref()) else {
        return Err(SsoFailure::MissingClaims);
    };
    let rows = sqlx::query!(
        "SELECT id, client_id, auth_url FROM lti_platforms WHERE issuer = $1 AND disabled_at IS NULL",
        iss
    )
    .fetch_all(pool)
    .await
    .map_err(|_| SsoFailure::Internal)?;
    let platform = match req.client_id.as_deref() {
        Some(c) => rows.into_iter().find(|r| r.client_id == c),
        None if rows.len() == 1 => rows.into_iter().next(),
        None => None,
    }
    .ok_or(SsoFailure::NotConfigured)?;
    let (state_value, nonce, t) = (random_hex(24), random_hex(24), now());
    let stale = t - LOGIN_TTL_SECS;
    sqlx::query!("DELETE FROM lti_logins WHERE created_at < $1", stale)
        .execute(pool)
        .await
        .map_err(|_| SsoFailure::Internal)?;
    sqlx::query!(
        "INSERT INTO lti_logins (state, platform_id, nonce, created_at) VALUES ($1, $2, $3, $4)",
        state_value,
        platform.id,
        nonce,
        t
    )
    .execute(pool)
    .await
    .map_err(|_| SsoFailure::Internal)?;
    let mut url = reqwest::Url::parse(&platform.auth_url).map_err(|_| SsoFailure::NotConfigured)?;
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("scope", "openid")
            .append_pair("response_type", "id_token")
            .append_pair("response_mode", "form_post")
            .append_pair("prompt", "none")
            .append_pair("client_id", &platform.client_id)
            .append_pair("redirect_uri", &launch_url(state))
            .append_pair("login_hint", hint)
            .append_pair("state", &state_value)
            .append_pair("nonce", &nonce);
        if let Some(m) = &req.lti_message_hint {
            q.append_pair("lti_message_hint", m);
        }
    }
    Ok(url.to_string())
}

/// Takes a launch: the state must be one this tool gave out and not yet used, the ID token signed
/// by the platform for us, with our nonce and a registered deployment.
#[tracing::instrument(skip_all)]
pub async fn launch(
    state: &AppState,
    id_token: &str,
    state_value: &str,
    lang: Lang,
) -> Result<Launched, SsoFailure> {
    let pool = crate::db::pool(&state.db);
    let login = sqlx::query!(
        "DELETE FROM lti_logins WHERE state = $1 RETURNING platform_id, nonce, created_at",
        state_value
    )
    .fetch_optional(pool)
    .await
    .map_err(|_| SsoFailure::Internal)?
    .filter(|l| l.created_at >= now() - LOGIN_TTL_SECS)
    .ok_or(SsoFailure::Expired)?;
    let platform = sqlx::query_as!(
        Platform,
        r#"SELECT id AS "id!", issuer, client_id, jwks_url, organisation_id FROM lti_platforms
           WHERE id = $1 AND disabled_at IS NULL"#,
        login.platform_id
    )
    .fetch_optional(pool)
    .await
    .map_err(|_| SsoFailure::Internal)?
    .ok_or(SsoFailure::NotConfigured)?;
    let claims = verify_platform_token(
        &state.webhooks,
        id_token,
        &platform.jwks_url,
        &platform.issuer,
        &platform.client_id,
    )
    .await
    .map_err(|e| {
        tracing::warn!(?e, "LTI launch refused");
        match e {
            TokenProblem::Keys(_) => SsoFailure::Unreachable,
            TokenProblem::Invalid(_) => SsoFailure::InvalidToken,
        }
    })?;
    if claims.get("nonce").and_then(Value::as_str) != Some(login.nonce.as_str()) {
        tracing::warn!("LTI launch with another nonce (a replay?)");
        return Err(SsoFailure::InvalidToken);
    }
    let l = lti::read_launch(&claims).map_err(|p| {
        tracing::warn!(?p, "not an LTI launch we take");
        SsoFailure::MissingClaims
    })?;
    let deployed = sqlx::query_scalar!(
        "SELECT 1 FROM lti_deployments WHERE platform_id = $1 AND deployment_id = $2",
        platform.id,
        l.deployment_id
    )
    .fetch_optional(pool)
    .await
    .map_err(|_| SsoFailure::Internal)?
    .is_some();
    if !deployed {
        tracing::warn!(deployment = %l.deployment_id, "LTI launch from a deployment not registered");
        return Err(SsoFailure::UnknownDeployment);
    }
    match &l.message {
        Message::DeepLinking { return_url, data } => {
            let token = random_hex(24);
            let (hash, t) = (token_hash(&token), now());
            sqlx::query!(
                "INSERT INTO lti_deep_links (token_hash, platform_id, deployment_id, return_url, data, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                hash,
                platform.id,
                l.deployment_id,
                return_url,
                data.as_deref(),
                t
            )
            .execute(pool)
            .await
            .map_err(|_| SsoFailure::Internal)?;
            Ok(Launched::DeepLink { token })
        }
        Message::ResourceLink {
            resource_link_id,
            target_link_uri,
            lineitem,
        } => {
            let target = lti::target_path(target_link_uri, &state.config.base_url)
                .ok_or(SsoFailure::MissingClaims)?;
            let person = person(&platform, &l)?;
            let finished = arrive(
                pool,
                &platform.issuer,
                platform.organisation_id,
                &person,
                lang,
                target.clone(),
            )
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "LTI launch could not finish");
                SsoFailure::Internal
            })?;
            if let Finished::SignedIn { user_id, .. } = &finished {
                remember_link(
                    pool,
                    platform.id,
                    *user_id,
                    &l.subject,
                    resource_link_id,
                    &target,
                    lineitem.as_deref(),
                )
                .await
                .map_err(|_| SsoFailure::Internal)?;
            }
            Ok(Launched::Person(finished))
        }
    }
}

/// The launched person. An LMS may keep the email back: then the account gets an address of its
/// own that no mail is sent to.
fn person(platform: &Platform, l: &lti::Launch) -> Result<SsoPerson, SsoFailure> {
    let email = l.email.as_deref().and_then(|e| Email::parse(e).ok());
    let email_verified = email.is_some();
    let email = match email {
        Some(e) => e,
        None => {
            let id = &token_hash(&format!("{}\n{}", platform.issuer, l.subject))[..16];
            Email::parse(&format!("lti-{id}@lti.invalid")).map_err(|_| SsoFailure::Internal)?
        }
    };
    let name = l
        .name
        .clone()
        .filter(|n| n.chars().count() <= 100)
        .unwrap_or_else(|| email.as_str().split('@').next().unwrap_or("").to_string());
    Ok(SsoPerson {
        subject: l.subject.clone(),
        name,
        email,
        email_verified,
    })
}

async fn remember_link(
    pool: &Pool,
    platform_id: i64,
    user_id: i64,
    lti_user: &str,
    resource_link_id: &str,
    target: &str,
    lineitem: Option<&str>,
) -> Result<(), sqlx::Error> {
    let t = now();
    sqlx::query!(
        "INSERT INTO lti_links (platform_id, user_id, lti_user, resource_link_id, target, lineitem, launched_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (platform_id, resource_link_id, user_id) DO UPDATE SET
             lti_user = excluded.lti_user, target = excluded.target,
             lineitem = COALESCE(excluded.lineitem, lti_links.lineitem), launched_at = excluded.launched_at",
        platform_id,
        user_id,
        lti_user,
        resource_link_id,
        target,
        lineitem,
        t
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// What a deep-linking request may pick from: every lesson, quiz and case of each course's
/// newest version. `None` when the request is unknown or too old.
pub async fn pickables(
    pool: &Pool,
    token: &str,
    lang: Lang,
) -> Result<Option<Vec<Pickable>>, AppError> {
    if deep_link(pool, token).await?.is_none() {
        return Ok(None);
    }
    let mut items = Vec::new();
    for m in super::catalogue::newest_manifests(pool).await? {
        let title = |l: &Localized| {
            pick(l, lang, m.default_language)
                .map(|(t, _)| t.clone())
                .unwrap_or_default()
        };
        for module in &m.modules {
            let module_title = title(&module.title);
            items.push(Pickable {
                path: format!("/courses/{}#module-{}", m.id, module.id),
                title: module_title.clone(),
                kind: "module",
                module: module_title.clone(),
                scored: false,
            });
            let mut add = |kind: &'static str, seg: &str, id: &str, t: String, scored: bool| {
                items.push(Pickable {
                    path: format!("/courses/{}/{seg}/{id}", m.id),
                    title: t,
                    kind,
                    module: module_title.clone(),
                    scored,
                })
            };
            for l in &module.lessons {
                add("lesson", "lessons", &l.id, title(&l.title), true);
            }
            for q in &module.quizzes {
                add("quiz", "quizzes", &q.id, title(&q.title), true);
            }
            for c in &module.cases {
                add("case", "cases", &c.id, title(&c.title), false);
            }
        }
    }
    Ok(Some(items))
}

struct DeepLink {
    token_hash: String,
    platform_id: i64,
    deployment_id: String,
    return_url: String,
    data: Option<String>,
}

async fn deep_link(pool: &Pool, token: &str) -> Result<Option<DeepLink>, AppError> {
    let hash = token_hash(token);
    let fresh = now() - LOGIN_TTL_SECS;
    Ok(sqlx::query_as!(
        DeepLink,
        r#"SELECT token_hash AS "token_hash!", platform_id, deployment_id, return_url, data FROM lti_deep_links
           WHERE token_hash = $1 AND created_at >= $2"#,
        hash,
        fresh
    )
    .fetch_optional(pool)
    .await?)
}

/// The teacher's choice, signed for the platform: where to post it and the JWT. The request is
/// used up.
pub async fn answer(
    state: &AppState,
    token: &str,
    chosen: &[String],
    lang: Lang,
) -> Result<(String, String), AppError> {
    let pool = crate::db::pool(&state.db);
    let all = pickables(pool, token, lang)
        .await?
        .ok_or(AppError::LinkExpired)?;
    let link = deep_link(pool, token).await?.ok_or(AppError::LinkExpired)?;
    let p = sqlx::query!(
        "SELECT issuer, client_id FROM lti_platforms WHERE id = $1",
        link.platform_id
    )
    .fetch_one(pool)
    .await?;
    let base = &state.config.base_url;
    let items: Vec<Value> = all
        .iter()
        .filter(|i| chosen.contains(&i.path))
        .map(|i| {
            let mut item = json!({
                "type": "ltiResourceLink",
                "title": i.title,
                "url": format!("{base}{}", i.path),
            });
            if i.scored {
                let max = if i.kind == "lesson" { 1 } else { 100 };
                item["lineItem"] =
                    json!({ "scoreMaximum": max, "label": i.title, "resourceId": i.path });
            }
            item
        })
        .collect();
    if items.len() != chosen.len() || items.is_empty() {
        return Err(AppError::field("items", "error-lti-pick"));
    }
    let t = now();
    let mut claims = json!({
        "iss": p.client_id, "aud": p.issuer, "iat": t, "exp": t + 600, "nonce": random_hex(16),
        lti::MESSAGE_TYPE: "LtiDeepLinkingResponse",
        lti::VERSION: "1.3.0",
        lti::DEPLOYMENT_ID: link.deployment_id,
        lti::DL_CONTENT_ITEMS: items,
    });
    if let Some(data) = &link.data {
        claims[lti::DL_DATA] = json!(data);
    }
    let jwt = sign(pool, &claims).await?;
    sqlx::query!(
        "DELETE FROM lti_deep_links WHERE token_hash = $1",
        link.token_hash
    )
    .execute(pool)
    .await?;
    Ok((link.return_url, jwt))
}

fn platform_admin(user: &model::wire::SessionUser) -> Result<(), AppError> {
    if user.roles.contains(&model::wire::Role::PlatformAdmin) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The platform administrators' page.
#[tracing::instrument(skip(state, user), fields(user = user.id))]
pub async fn page(
    state: &AppState,
    user: &model::wire::SessionUser,
) -> Result<model::wire::LtiPlatformsView, AppError> {
    platform_admin(user)?;
    let pool = crate::db::pool(&state.db);
    let platforms = sqlx::query!(
        r#"SELECT p.id AS "id!", p.name, p.issuer, p.client_id, o.name AS org, p.disabled_at,
                  (SELECT string_agg(deployment_id, ' ') FROM lti_deployments d WHERE d.platform_id = p.id) AS "deployments: String",
                  (SELECT COUNT(DISTINCT user_id) FROM lti_links l WHERE l.platform_id = p.id) AS "people!: i64"
           FROM lti_platforms p JOIN organisations o ON o.id = p.organisation_id ORDER BY p.name, p.id"#
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| model::wire::LtiPlatformRow {
        id: r.id,
        name: r.name,
        issuer: r.issuer,
        client_id: r.client_id,
        deployments: r.deployments.unwrap_or_default(),
        organisation: r.org,
        enabled: r.disabled_at.is_none(),
        people: r.people,
    })
    .collect();
    let organisations = sqlx::query_as!(
        model::wire::SsoChoice,
        r#"SELECT id AS "org_id!", name FROM organisations ORDER BY name"#
    )
    .fetch_all(pool)
    .await?;
    let base = &state.config.base_url;
    Ok(model::wire::LtiPlatformsView {
        login_url: format!("{base}/lti/login"),
        launch_url: launch_url(state),
        jwks_url: format!("{base}/lti/jwks.json"),
        platforms,
        organisations,
        allow_internal: state.config.webhooks_allow_internal,
    })
}

/// The registration form, as posted.
#[derive(Debug, Default)]
pub struct PlatformForm<'a> {
    pub name: &'a str,
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub deployments: &'a str,
    pub auth_url: &'a str,
    pub token_url: &'a str,
    pub jwks_url: &'a str,
    pub organisation: &'a str,
}

/// Registers a platform from the page, each field checked.
#[tracing::instrument(skip(state, user, form), fields(user = user.id))]
pub async fn add(
    state: &AppState,
    user: &model::wire::SessionUser,
    form: PlatformForm<'_>,
) -> Result<i64, AppError> {
    platform_admin(user)?;
    add_checked(state, form).await
}

/// Registers a platform once every field holds (the page and the command line).
pub async fn add_checked(state: &AppState, form: PlatformForm<'_>) -> Result<i64, AppError> {
    use model::domain::webhook::WebhookUrl;
    let mut errors = Vec::new();
    let mut need = |field: &'static str, value: &str, key: &'static str| {
        let v = value.trim();
        if v.is_empty() || v.len() > 500 {
            errors.push(model::error::FieldError {
                field: field.into(),
                key: key.into(),
            });
        }
        v.to_string()
    };
    let name = need("name", form.name, "error-lti-name");
    let client_id = need("client_id", form.client_id, "error-lti-client-id");
    let deployments: Vec<String> = form
        .deployments
        .split([',', ' ', '\n'])
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect();
    if deployments.is_empty() {
        errors.push(model::error::FieldError {
            field: "deployments".into(),
            key: "error-lti-deployments".into(),
        });
    }
    let allow = state.config.webhooks_allow_internal;
    let mut url = |field: &'static str, value: &str| match WebhookUrl::parse(value, allow) {
        Ok(u) => u.as_str().to_string(),
        Err(_) => {
            errors.push(model::error::FieldError {
                field: field.into(),
                key: if allow {
                    "error-lti-url"
                } else {
                    "error-lti-url-https"
                }
                .into(),
            });
            String::new()
        }
    };
    let issuer = url("issuer", form.issuer);
    let auth_url = url("auth_url", form.auth_url);
    let token_url = url("token_url", form.token_url);
    let jwks_url = url("jwks_url", form.jwks_url);
    let organisation = match form.organisation.trim().parse::<i64>() {
        Ok(id) => {
            sqlx::query_scalar!("SELECT id FROM organisations WHERE id = $1", id)
                .fetch_optional(crate::db::pool(&state.db))
                .await?
        }
        Err(_) => None,
    };
    if organisation.is_none() {
        errors.push(model::error::FieldError {
            field: "organisation".into(),
            key: "error-lti-organisation".into(),
        });
    }
    let Some(organisation_id) = organisation.filter(|_| errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let id = register(
        crate::db::pool(&state.db),
        &NewPlatform {
            name,
            issuer,
            client_id,
            auth_url,
            token_url,
            jwks_url,
            organisation_id,
            deployments,
        },
    )
    .await?;
    tracing::info!(platform = id, "LTI platform registered");
    Ok(id)
}

/// Turns launches from a platform off or on.
pub async fn set_enabled(
    state: &AppState,
    user: &model::wire::SessionUser,
    id: i64,
    enabled: bool,
) -> Result<(), AppError> {
    platform_admin(user)?;
    let off = (!enabled).then_some(now());
    let found = sqlx::query!(
        "UPDATE lti_platforms SET disabled_at = $1 WHERE id = $2",
        off,
        id
    )
    .execute(crate::db::pool(&state.db))
    .await?
    .rows_affected();
    if found == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
