//! Plain HTTP for certificates as files and for credential verifiers: the PDF and the signed
//! Open Badges credential (for the holder), and, for anyone, the issuer's profile, the JWKS with
//! every signing key, and the signed status lists.

use app::domain::credential::{issuer_profile, Purpose, Urls};
use app::error::AppError;
use app::i18n::I18n;
use app::server::auth::RequestContext;
use app::server::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Json};

fn urls(state: &AppState) -> Urls {
    Urls::new(&state.config.base_url)
}

/// An error as a short text in the reader's language; the cause is logged, not sent.
pub(crate) fn error(e: AppError, ctx: &RequestContext) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, I18n(ctx.lang).t(e.message_key())).into_response()
}

fn json_error(e: AppError) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let message = match e {
        AppError::NotFound => "There is no such status list.",
        _ => "The request could not be answered.",
    };
    (
        status,
        Json(serde_json::json!({ "error": e.message_key(), "message": message })),
    )
        .into_response()
}

pub(crate) fn attachment(body: Vec<u8>, content_type: &'static str, filename: String) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        body,
    )
        .into_response()
}

/// For a signed-out visitor: the sign-in page, which comes back to the certificates.
fn sign_in_first() -> Response {
    Redirect::to("/sign-in?next=%2Fcertificates").into_response()
}

/// `GET /certificates/{code}/certificate.pdf`: the holder's certificate as a PDF.
pub async fn pdf(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(code): Path<String>,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return sign_in_first();
    };
    let holding = match app::with_data!(state.db, |d, pool| {
        d::services::credentials::holding(pool, &user, &code, ctx.lang).await
    }) {
        Ok(h) => h,
        Err(e) => return error(e, &ctx),
    };
    let url = urls(&state).verification(&holding.view.code);
    let lang = ctx.lang;
    let view = holding.view;
    let rendered =
        tokio::task::spawn_blocking(move || crate::pdf::certificate(&view, lang, &url)).await;
    match rendered {
        Ok(Ok(bytes)) => attachment(
            bytes,
            "application/pdf",
            format!("{}.pdf", holding.facts.code),
        ),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "certificate PDF");
            error(AppError::Internal, &ctx)
        }
        Err(e) => {
            tracing::error!(error = %e, "certificate PDF task");
            error(AppError::Internal, &ctx)
        }
    }
}

/// `GET /certificates/{code}/credential.jwt`: the holder's signed `OpenBadgeCredential`.
pub async fn credential(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(code): Path<String>,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return sign_in_first();
    };
    match app::with_data!(state.db, |d, pool| {
        d::services::credentials::credential(pool, &urls(&state), &user, &code, ctx.lang).await
    }) {
        Ok((view, jwt)) => attachment(
            jwt.into_bytes(),
            "application/jwt",
            format!("{}.jwt", view.code),
        ),
        Err(e) => error(e, &ctx),
    }
}

/// `GET /.well-known/jwks.json`: every key that has signed credentials.
pub async fn jwks(State(state): State<AppState>) -> Response {
    match app::with_data!(state.db, |d, pool| {
        d::services::signing_keys::jwks(pool, &urls(&state)).await
    }) {
        Ok(keys) => ([(header::CACHE_CONTROL, "public, max-age=300")], Json(keys)).into_response(),
        Err(e) => json_error(e),
    }
}

/// `GET /api/v1/issuer`: the issuer's Open Badges profile.
pub async fn issuer(State(state): State<AppState>) -> Response {
    Json(issuer_profile(
        &urls(&state),
        app::domain::credential::ISSUER_NAME,
    ))
    .into_response()
}

/// `GET /api/v1/status-lists/{purpose}/{list}`: a signed `BitstringStatusListCredential`.
pub async fn status_list(
    State(state): State<AppState>,
    Path((purpose, list)): Path<(String, String)>,
) -> Response {
    let (Some(purpose), Ok(list)) = (Purpose::parse(&purpose), list.parse::<i64>()) else {
        return json_error(AppError::NotFound);
    };
    match app::with_data!(state.db, |d, pool| {
        d::services::credentials::status_list(pool, &urls(&state), purpose, list).await
    }) {
        Ok(jwt) => (
            [
                (header::CONTENT_TYPE, "application/jwt"),
                // Short: a revocation must reach verifiers soon.
                (header::CACHE_CONTROL, "public, max-age=60"),
            ],
            jwt,
        )
            .into_response(),
        Err(e) => json_error(e),
    }
}
