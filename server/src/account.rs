//! `GET /account/data.json`: everything the platform stores about the signed-in learner, as one
//! JSON file to download (the right of access and to data portability).

use crate::credentials::{attachment, error};
use app::server::auth::RequestContext;
use app::server::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;

pub async fn data(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return Redirect::to("/sign-in?next=%2Faccount").into_response();
    };
    match app::with_data!(state.db, |d, pool| {
        d::services::privacy::export(pool, user.id).await
    }) {
        Ok(doc) => match serde_json::to_vec_pretty(&doc) {
            Ok(body) => attachment(body, "application/json", "rtw-academy-data.json".into()),
            Err(e) => {
                tracing::error!(error = %e, "data export");
                error(app::error::AppError::Internal, &ctx)
            }
        },
        Err(e) => error(e, &ctx),
    }
}
