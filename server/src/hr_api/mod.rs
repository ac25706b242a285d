//! The HR API (`/api/v1/...`): an organisation's people, enrolments, completed modules and
//! certificates as JSON pages or a streamed CSV, for HR systems holding an organisation's API
//! token. Described by the OpenAPI document served at `/api/v1/openapi.json`. Every answer that
//! is not data is a JSON error with a code and a message a developer can act on.

use app::domain::hr_api::{parse_limit, Cursor, Scope};
use app::domain::hr_api::{ApiClient, ListQuery};
use app::domain::Lang;
use app::server::AppState;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::Json;
use serde::Serialize;
use std::collections::HashMap;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// The OpenAPI 3.1 document of this API.
pub const OPENAPI: &str = include_str!("openapi.json");

pub fn routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/api/v1/openapi.json", get(openapi)),
        ("/api/v1/people", get(people)),
        ("/api/v1/enrolments", get(enrolments)),
        ("/api/v1/completions", get(completions)),
        ("/api/v1/completions.csv", get(completions_csv)),
        ("/api/v1/certificates", get(certificates)),
    ]
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        OPENAPI,
    )
        .into_response()
}

/// Why a request got no data.
#[derive(Debug)]
pub enum ApiError {
    BadRequest(String),
    Unauthorized,
    InsufficientScope(Scope),
    Internal,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = match self {
            ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, "bad_request", m),
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "Send a valid API token as 'Authorization: Bearer <token>'. An organisation \
                 administrator creates tokens on the organisation's page; a token stops working \
                 when it expires or is revoked."
                    .to_string(),
            ),
            ApiError::InsufficientScope(scope) => (
                StatusCode::FORBIDDEN,
                "insufficient_scope",
                format!(
                    "This token may not read this. Create a token with the scope '{}'.",
                    scope.as_str()
                ),
            ),
            ApiError::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Something went wrong on our side; it has been logged. Try again later.".into(),
            ),
        };
        let body = Json(serde_json::json!({ "error": { "code": code, "message": message } }));
        let mut res = (status, body).into_response();
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"rtw-academy\""),
            );
        }
        res
    }
}

impl From<app::error::AppError> for ApiError {
    fn from(e: app::error::AppError) -> Self {
        tracing::error!(error = %e, "HR API request failed");
        ApiError::Internal
    }
}

/// The client behind the request's bearer token, if it may read `scope`.
async fn client(
    state: &AppState,
    headers: &HeaderMap,
    scope: Scope,
) -> Result<ApiClient, ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (kind, token) = v.trim().split_once(' ')?;
            kind.eq_ignore_ascii_case("bearer").then(|| token.trim())
        })
        .ok_or(ApiError::Unauthorized)?;
    let client = app::with_data!(state.db, |d, pool| {
        d::services::api_tokens::authenticate(pool, &state.sessions, token).await
    })?
    .ok_or(ApiError::Unauthorized)?;
    if !client.scopes.contains(&scope) {
        return Err(ApiError::InsufficientScope(scope));
    }
    Ok(client)
}

/// Unix seconds from an RFC 3339 date-time.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    OffsetDateTime::parse(s.trim(), &Rfc3339)
        .ok()
        .map(|d| d.unix_timestamp())
}

const PARAMETERS: [&str; 4] = ["limit", "cursor", "updated_since", "lang"];

/// The listing parameters, each checked; an unknown parameter is an error rather than ignored,
/// so a misspelt `updated_since` cannot silently return everything.
fn list_query(
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
    allowed: &[&str],
) -> Result<ListQuery, ApiError> {
    let Query(params) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    if let Some(unknown) = params.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(ApiError::BadRequest(format!(
            "unknown parameter '{unknown}'; this endpoint takes {}",
            allowed.join(", ")
        )));
    }
    let get = |k: &str| params.get(k).map(String::as_str);
    let limit = parse_limit(get("limit")).map_err(|m| ApiError::BadRequest(m.into()))?;
    let after = Cursor::parse(get("cursor")).map_err(|m| ApiError::BadRequest(m.into()))?;
    let updated_since = match get("updated_since") {
        None => 0,
        Some(s) => parse_rfc3339(s).ok_or_else(|| {
            ApiError::BadRequest(
                "updated_since must be an RFC 3339 date-time, such as 2026-12-01T00:00:00Z".into(),
            )
        })?,
    };
    let lang = match get("lang") {
        None => None,
        Some(s) => Some(
            Lang::ALL
                .into_iter()
                .find(|l| l.code() == s)
                .ok_or_else(|| ApiError::BadRequest("lang must be one of nb, nn, sv, en".into()))?,
        ),
    };
    Ok(ListQuery {
        after,
        limit,
        updated_since,
        lang,
    })
}

fn json<T: Serialize>(page: T) -> Response {
    Json(page).into_response()
}

async fn people(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let client = client(&state, &headers, Scope::People).await?;
    let q = list_query(query, &PARAMETERS)?;
    app::with_data!(state.db, |d, pool| {
        Ok(json(d::services::hr_feed::people(pool, &client, q).await?))
    })
}

async fn enrolments(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let client = client(&state, &headers, Scope::Enrolments).await?;
    let q = list_query(query, &PARAMETERS)?;
    app::with_data!(state.db, |d, pool| {
        Ok(json(
            d::services::hr_feed::enrolments(pool, &client, q).await?,
        ))
    })
}

async fn completions(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let client = client(&state, &headers, Scope::Completions).await?;
    let q = list_query(query, &PARAMETERS)?;
    app::with_data!(state.db, |d, pool| {
        Ok(json(
            d::services::hr_feed::completions(pool, &client, q).await?,
        ))
    })
}

async fn certificates(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let client = client(&state, &headers, Scope::Certificates).await?;
    let q = list_query(query, &PARAMETERS)?;
    let base = state.config.base_url.clone();
    app::with_data!(state.db, |d, pool| {
        Ok(json(
            d::services::hr_feed::certificates(pool, &client, &base, q).await?,
        ))
    })
}

/// Every completion as CSV, streamed from the database as the client reads.
async fn completions_csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let client = client(&state, &headers, Scope::Completions).await?;
    let q = list_query(query, &["updated_since", "lang"])?;
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let db = state.db.clone();
    let org = client.organisation_id;
    tokio::spawn(async move {
        let failed = tx.clone();
        match app::with_data!(db, |d, pool| {
            d::services::hr_export::completions_csv(pool, org, q.updated_since, q.lang, tx).await
        }) {
            Ok(rows) => tracing::info!(org, rows, "completions exported as CSV"),
            Err(e) => {
                tracing::error!(org, error = %e, "CSV export failed part-way");
                let _ = failed
                    .send(Err(std::io::Error::other("export failed")))
                    .await;
            }
        }
    });
    let stream = tokio_stream::wrappers::ReceiverStream::new(rx);
    let body = Body::from_stream(tokio_stream::StreamExt::map(stream, |chunk| {
        chunk.map(bytes::Bytes::from)
    }));
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"completions.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_rfc3339() {
        assert_eq!(parse_rfc3339("2025-12-03T10:00:00Z"), Some(1_764_756_000));
        assert_eq!(
            parse_rfc3339("2025-12-03T11:00:00+01:00"),
            Some(1_764_756_000)
        );
        assert_eq!(parse_rfc3339("2025-12-03"), None);
        assert_eq!(parse_rfc3339("yesterday"), None);
    }
}
