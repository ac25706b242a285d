//! `GET /organisations/{org}/people.csv`: an organisation's people with what the organisation sees
//! about each, as a CSV file for a spreadsheet or an HR system (its administrators only).

use crate::credentials::{attachment, error};
use app::error::AppError;
use app::server::auth::RequestContext;
use app::server::services::organisations;
use app::server::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;

pub async fn people_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(org): Path<String>,
) -> Response {
    let Ok(org_id) = org.parse::<i64>() else {
        return error(AppError::NotFound, &ctx);
    };
    let Some(user) = ctx.user.clone() else {
        let next = format!("/organisations/{org_id}");
        return Redirect::to(&format!("/sign-in?next={}", app::pages::urlencode(&next)))
            .into_response();
    };
    match organisations::members_csv(&state.pool, &user, org_id).await {
        Ok((name, body)) => attachment(body, "text/csv; charset=utf-8", name),
        Err(e) => error(e, &ctx),
    }
}
