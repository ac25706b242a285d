//! The LTI 1.3 tool's endpoints: `/lti/login` (the platform's third-party initiated login),
//! `/lti/launch` (the signed launch), `/lti/deep-link` (a teacher picks what to embed, and the
//! choice goes back to the platform signed by us) and `/lti/jwks.json` (our public keys).
//! Login and launch come from the platform's site by design: they are not same-origin posts, and
//! what makes them safe is the platform's signature, our state (once) and our nonce.

use app::api::SSO_LINK_COOKIE;
use app::domain::sso::SsoFailure;
use app::i18n::I18n;
use app::server::auth::{session_cookie, RequestContext};
use app::server::outcomes::{Finished, Launched, LoginRequest, LINK_TTL_SECS};
use app::server::AppState;
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form, Json};
use serde::Deserialize;

use crate::sso::redirect as see_other;

fn failed(why: SsoFailure) -> Response {
    see_other(&format!("/sso/failed?reason={}", why.code()), vec![])
}

/// `GET|POST /lti/login`: answered with the platform's authentication request.
pub async fn login_get(State(state): State<AppState>, Query(req): Query<LoginRequest>) -> Response {
    login(&state, &req).await
}

pub async fn login_post(State(state): State<AppState>, Form(req): Form<LoginRequest>) -> Response {
    login(&state, &req).await
}

async fn login(state: &AppState, req: &LoginRequest) -> Response {
    match app::with_data!(state.db, |d| d::services::lti::login(state, req).await) {
        Ok(url) => see_other(&url, vec![]),
        Err(why) => failed(why),
    }
}

#[derive(Debug, Deserialize)]
pub struct LaunchForm {
    #[serde(default)]
    id_token: String,
    #[serde(default)]
    state: String,
}

/// `POST /lti/launch`: the platform's signed launch.
pub async fn launch(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Form(form): Form<LaunchForm>,
) -> Response {
    let secure = state.config.secure_cookies;
    match app::with_data!(state.db, |d| {
        d::services::lti::launch(&state, &form.id_token, &form.state, ctx.lang).await
    }) {
        Ok(Launched::Person(Finished::SignedIn { user_id, next })) => {
            let ttl = state.config.session_ttl_secs;
            match app::with_data!(state.db, |d, pool| {
                d::auth::start_session(pool, &state.sessions, user_id, ttl).await
            }) {
                Ok(token) => see_other(&next, vec![session_cookie(&token, ttl, secure)]),
                Err(_) => failed(SsoFailure::Internal),
            }
        }
        Ok(Launched::Person(Finished::Link { token })) => {
            let secure = if secure { "; Secure" } else { "" };
            let cookie = HeaderValue::from_str(&format!(
                "{SSO_LINK_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={LINK_TTL_SECS}{secure}"
            ))
            .unwrap_or_else(|_| HeaderValue::from_static(""));
            see_other("/sso/link", vec![cookie])
        }
        Ok(Launched::DeepLink { token }) => {
            see_other(&format!("/lti/deep-link?request={token}"), vec![])
        }
        Err(why) => failed(why),
    }
}

/// `GET /lti/jwks.json`: the tool's public keys.
pub async fn jwks(State(state): State<AppState>) -> Response {
    match app::with_data!(state.db, |d, pool| d::lti::jwks(pool).await) {
        Ok(keys) => Json(keys).into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A small page of its own (the deep-linking pages live inside the LMS and post back to it).
fn page(lang: app::domain::Lang, title: &str, body: &str, csp: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/rtw.css\"></head><body><main id=\"main\" class=\"page narrow\"><h1>{}</h1>{}</main></body></html>",
        lang.code(),
        esc(title),
        esc(title),
        body
    );
    let mut res = (StatusCode::OK, html).into_response();
    let h = res.headers_mut();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(csp) {
        h.insert("content-security-policy", v);
    }
    res
}

#[derive(Debug, Deserialize)]
pub struct Pick {
    #[serde(default)]
    request: String,
    /// Sent back here because nothing was ticked.
    none: Option<String>,
}

/// `GET /lti/deep-link?request=…`: every lesson, quiz and case, to tick.
pub async fn pick(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Query(q): Query<Pick>,
) -> Response {
    let t = I18n(ctx.lang);
    let items = match app::with_data!(state.db, |d, pool| {
        d::services::lti::pickables(pool, &q.request, ctx.lang).await
    }) {
        Ok(Some(items)) => items,
        Ok(None) => return failed(SsoFailure::Expired),
        Err(_) => return failed(SsoFailure::Internal),
    };
    let mut body = String::new();
    if q.none.is_some() {
        body.push_str(&format!(
            "<div class=\"alert alert-error\" role=\"alert\" id=\"lti-pick-none\"><p>{}</p></div>",
            esc(&t.t("error-lti-pick"))
        ));
    }
    body.push_str(&format!(
        "<p>{}</p><form method=\"post\" action=\"/lti/deep-link\" id=\"lti-pick\" class=\"form\">\
         <input type=\"hidden\" name=\"request\" value=\"{}\">",
        esc(&t.t("lti-pick-lead")),
        esc(&q.request)
    ));
    let mut module = String::new();
    for (n, i) in items.iter().enumerate() {
        if i.module != module {
            if !module.is_empty() {
                body.push_str("</fieldset>");
            }
            module = i.module.clone();
            body.push_str(&format!(
                "<fieldset class=\"field\"><legend>{}</legend>",
                esc(&module)
            ));
        }
        body.push_str(&format!(
            "<div class=\"field-check\"><input type=\"checkbox\" name=\"items\" id=\"item-{n}\" value=\"{}\" data-path=\"{}\"> \
             <label for=\"item-{n}\">{} ({})</label></div>",
            esc(&i.path),
            esc(&i.path),
            esc(&i.title),
            esc(&t.t(&format!("lti-kind-{}", i.kind)))
        ));
    }
    if !module.is_empty() {
        body.push_str("</fieldset>");
    }
    body.push_str(&format!(
        "<button type=\"submit\" class=\"button button-primary\" id=\"lti-pick-submit\">{}</button></form>",
        esc(&t.t("lti-pick-submit"))
    ));
    let title = t.t("lti-pick-title");
    page(
        ctx.lang,
        &title,
        &body,
        "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'",
    )
}

/// `POST /lti/deep-link`: the choice, signed, on its way back to the platform.
pub async fn answer(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let t = I18n(ctx.lang);
    let request = posted
        .iter()
        .find(|(k, _)| k == "request")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let chosen: Vec<String> = posted
        .into_iter()
        .filter(|(k, _)| k == "items")
        .map(|(_, v)| v)
        .collect();
    let (return_url, jwt) = match app::with_data!(state.db, |d| {
        d::services::lti::answer(&state, &request, &chosen, ctx.lang).await
    }) {
        Ok(answer) => answer,
        Err(app::error::AppError::Invalid(_)) => {
            return see_other(
                &format!(
                    "/lti/deep-link?request={}&none=1",
                    app::pages::urlencode(&request)
                ),
                vec![],
            )
        }
        Err(app::error::AppError::LinkExpired) => return failed(SsoFailure::Expired),
        Err(_) => return failed(SsoFailure::Internal),
    };
    let origin = return_url
        .parse::<axum::http::Uri>()
        .ok()
        .and_then(|u| Some(format!("{}://{}", u.scheme_str()?, u.authority()?)))
        .unwrap_or_default();
    let body = format!(
        "<p>{}</p><form method=\"post\" action=\"{}\" id=\"lti-return\">\
         <input type=\"hidden\" name=\"JWT\" value=\"{}\">\
         <button type=\"submit\" class=\"button button-primary\" id=\"lti-return-submit\">{}</button></form>",
        esc(&t.t("lti-return-lead")),
        esc(&return_url),
        esc(&jwt),
        esc(&t.t("lti-return-submit"))
    );
    page(
        ctx.lang,
        &t.t("lti-return-title"),
        &body,
        &format!(
            "default-src 'none'; style-src 'self'; form-action 'self' {origin}; base-uri 'none'"
        ),
    )
}

/// `server lti …`: registering and listing platforms (the platform administrator's part).
pub async fn command(state: &AppState, command: crate::cli::LtiCommand) -> std::process::ExitCode {
    use crate::cli::LtiCommand;
    use std::process::ExitCode;
    #[allow(clippy::print_stdout)]
    fn say(line: &str) {
        println!("{line}");
    }
    match command {
        LtiCommand::AddPlatform {
            name,
            issuer,
            client_id,
            auth_url,
            token_url,
            jwks_url,
            organisation,
            deployments,
        } => {
            let (organisation, deployments) = (organisation.to_string(), deployments.join(" "));
            let added = app::with_data!(state.db, |d| {
                let form = d::services::lti::PlatformForm {
                    name: &name,
                    issuer: &issuer,
                    client_id: &client_id,
                    deployments: &deployments,
                    auth_url: &auth_url,
                    token_url: &token_url,
                    jwks_url: &jwks_url,
                    organisation: &organisation,
                };
                d::services::lti::add_checked(state, form).await
            });
            match added {
                Ok(id) => {
                    let base = &state.config.base_url;
                    let launch_url =
                        app::with_data!(state.db, |d| d::services::lti::launch_url(state));
                    say(&format!("platform {id} registered: {name} ({issuer})"));
                    say(&format!("at the platform, give the tool: login URL {base}/lti/login, redirect URI {}, keyset URL {base}/lti/jwks.json, deep linking URL {base}/lti/launch", launch_url));
                    ExitCode::SUCCESS
                }
                Err(app::error::AppError::Invalid(fields)) => {
                    let i18n = I18n(app::domain::Lang::En);
                    for f in &fields {
                        eprintln!("--{}: {}", f.field.replace('_', "-"), i18n.t(&f.key));
                    }
                    eprintln!("error: the platform was not registered");
                    ExitCode::FAILURE
                }
                Err(e) => {
                    eprintln!("error: the platform was not registered: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        LtiCommand::List => {
            match app::with_data!(state.db, |d, pool| d::services::lti::list(pool).await) {
                Ok(rows) => {
                    for r in rows {
                        say(&r);
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
