//! The plain HTTP verification API: `GET /api/v1/certificates/{code}` answers with the
//! certificate's public facts as JSON (holder's name, programme, dates, status), or 404.

use app::server::auth::RequestContext;
use app::server::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};

pub async fn certificate(
    State(state): State<AppState>,
    ctx: Option<Extension<RequestContext>>,
    Path(code): Path<String>,
) -> Response {
    let lang = ctx.map(|c| c.0.lang).unwrap_or_default();
    match app::with_data!(state.db, |d, pool| d::services::certification::verify(pool, &code, lang).await) {
        Ok(v) => (
            [(header::CACHE_CONTROL, "no-store")],
            Json(serde_json::json!({
                "code": v.code,
                "holder": v.holder,
                "certificate": v.title,
                "qualification": v.qualification,
                "programme": v.programme,
                "issued": app::domain::clock::format_date(v.issued_at),
                "expires": app::domain::clock::format_date(v.expires_at),
                "status": v.status,
                "status_changed": v.status_at.map(app::domain::clock::format_date),
            })),
        )
            .into_response(),
        Err(app::error::AppError::NotFound) => (
            StatusCode::NOT_FOUND,
            Json(serde_json::json!({
                "error": "not_found",
                "message": "No certificate has this code. Check the code as it is printed on the certificate."
            })),
        )
            .into_response(),
        Err(e) => (
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            Json(serde_json::json!({ "error": e.message_key() })),
        )
            .into_response(),
    }
}
