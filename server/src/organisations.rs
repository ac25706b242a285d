//! An organisation's tables as CSV files for a spreadsheet or an HR system (its administrators
//! only): `GET /organisations/{org}/people.csv` (its people with what the organisation sees about
//! each), `modules.csv` (how many completed each module), `weeks.csv` (completed week by week) and
//! `verify/{check}/results.csv` (the answer to a bulk verification), `invitations.csv`,
//! `cohorts.csv` and `cohorts/{cohort}/people.csv`.

use crate::credentials::{attachment, error};
use app::error::AppError;
use app::server::auth::RequestContext;
use app::server::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;

#[derive(Clone, Copy)]
enum Table {
    People,
    Modules,
    Weeks,
    Check(i64),
    Invitations,
    Cohorts,
    Cohort(i64),
}

pub async fn people_csv(
    state: State<AppState>,
    ctx: Extension<RequestContext>,
    org: Path<String>,
) -> Response {
    download(state, ctx, org, Table::People).await
}

pub async fn modules_csv(
    state: State<AppState>,
    ctx: Extension<RequestContext>,
    org: Path<String>,
) -> Response {
    download(state, ctx, org, Table::Modules).await
}

pub async fn weeks_csv(
    state: State<AppState>,
    ctx: Extension<RequestContext>,
    org: Path<String>,
) -> Response {
    download(state, ctx, org, Table::Weeks).await
}

pub async fn bulk_csv(
    state: State<AppState>,
    ctx: Extension<RequestContext>,
    Path((org, check)): Path<(String, String)>,
) -> Response {
    let Ok(check) = check.parse::<i64>() else {
        return error(AppError::NotFound, &ctx.0);
    };
    download(state, ctx, Path(org), Table::Check(check)).await
}

pub async fn invitations_csv(
    state: State<AppState>,
    ctx: Extension<RequestContext>,
    org: Path<String>,
) -> Response {
    download(state, ctx, org, Table::Invitations).await
}

pub async fn cohorts_csv(
    state: State<AppState>,
    ctx: Extension<RequestContext>,
    org: Path<String>,
) -> Response {
    download(state, ctx, org, Table::Cohorts).await
}

pub async fn cohort_csv(
    state: State<AppState>,
    ctx: Extension<RequestContext>,
    Path((org, cohort)): Path<(String, String)>,
) -> Response {
    let Ok(cohort) = cohort.parse::<i64>() else {
        return error(AppError::NotFound, &ctx.0);
    };
    download(state, ctx, Path(org), Table::Cohort(cohort)).await
}

async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(org): Path<String>,
    table: Table,
) -> Response {
    let Ok(org_id) = org.parse::<i64>() else {
        return error(AppError::NotFound, &ctx);
    };
    let Some(user) = ctx.user.clone() else {
        let next = format!("/organisations/{org_id}");
        return Redirect::to(&format!("/sign-in?next={}", app::pages::urlencode(&next)))
            .into_response();
    };
    let file = app::with_data!(state.db, |d, pool| {
        use d::services::{bulk_check, cohorts, org_figures, organisations};
        match table {
            Table::People => organisations::members_csv(pool, &user, org_id, ctx.lang).await,
            Table::Invitations => organisations::invitations_csv(pool, &user, org_id).await,
            Table::Cohorts => cohorts::list_csv(pool, &user, org_id, ctx.lang).await,
            Table::Cohort(id) => cohorts::members_csv(pool, &user, org_id, id, ctx.lang).await,
            Table::Modules => org_figures::module_csv(pool, &user, org_id, ctx.lang).await,
            Table::Weeks => org_figures::weeks_csv(pool, &user, org_id).await,
            Table::Check(id) => bulk_check::report_csv(pool, &user, org_id, id, ctx.lang).await,
        }
    });
    match file {
        Ok((name, body)) => attachment(body, "text/csv; charset=utf-8", name),
        Err(e) => error(e, &ctx),
    }
}
