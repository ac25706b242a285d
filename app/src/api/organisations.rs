//! Server functions for organisations: their administrators' pages, invitations (one at a time
//! or from a roster file with a dry run), accepting an invitation, and what a person's
//! organisations see about them.

use crate::error::AppError;
use crate::wire::{ImportReport, InvitationView, MyOrganisation, OrgCard, OrgOverview};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// The organisations the signed-in user administers (all, for a platform administrator).
#[server(endpoint = "organisations")]
pub async fn organisations() -> Result<Vec<OrgCard>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::organisations::list(pool, &user).await
            })
        }
        .await,
    )
}

/// Creates an organisation (platform administrators) and opens its page.
#[server(endpoint = "create_organisation")]
pub async fn create_organisation(
    #[server(default)] name: String,
    #[server(default)] kind: String,
) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let id = d::services::organisations::create(pool, &user, &name, &kind).await?;
                leptos_axum::redirect(&format!("/organisations/{id}"));
                Ok(id)
            })
        }
        .await,
    )
}

/// An organisation's people and invitations, for its administrators: one page of the people
/// (`page`, from 1), those with `standing` (`valid`, `expiring`, `lapsed`, `missing`; an unknown
/// one lists everyone), "expiring" counted with a window of `within` days.
#[server(endpoint = "organisation")]
pub async fn organisation(
    org_id: i64,
    standing: Option<String>,
    within: Option<i64>,
    page: Option<i64>,
) -> Result<OrgOverview, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                let list = crate::wire::MemberList {
                    standing: standing
                        .as_deref()
                        .and_then(crate::domain::organisation::Standing::parse),
                    within,
                    page,
                };
                d::services::organisations::overview(pool, &user, org_id, &list, lang).await
            })
        }
        .await,
    )
}

/// Invites one person to the organisation by email.
#[server(endpoint = "invite_member")]
pub async fn invite_member(
    org_id: i64,
    #[server(default)] name: String,
    #[server(default)] email: String,
    #[server(default)] role: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                d::services::invitations::invite(&state, &user, org_id, &name, &email, &role, lang)
                    .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}?invited=1"));
                Ok(())
            })
        }
        .await,
    )
}

/// Withdraws an open invitation.
#[server(endpoint = "revoke_invitation")]
pub async fn revoke_invitation(org_id: i64, invitation_id: i64) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::invitations::revoke(pool, &user, org_id, invitation_id).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}"));
                Ok(())
            })
        }
        .await,
    )
}

/// Uploads a roster (CSV text) and opens its dry run.
#[server(endpoint = "upload_roster")]
pub async fn upload_roster(
    org_id: i64,
    #[server(default)] roster: String,
) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let id = d::services::roster_imports::upload_roster(pool, &user, org_id, &roster)
                    .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/imports/{id}"));
                Ok(id)
            })
        }
        .await,
    )
}

/// The dry run of an uploaded roster: every row's outcome and every problem. Writes nothing.
#[server(endpoint = "roster_preview")]
pub async fn roster_preview(org_id: i64, import_id: i64) -> Result<ImportReport, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                d::services::roster_imports::preview_import(&state, &user, org_id, import_id, lang)
                    .await
            })
        }
        .await,
    )
}

/// Imports an uploaded roster (all rows or none) and goes back to the organisation.
#[server(endpoint = "import_roster")]
pub async fn import_roster(org_id: i64, import_id: i64) -> Result<usize, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                let sent = d::services::roster_imports::apply_import(
                    &state, &user, org_id, import_id, lang,
                )
                .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}?imported={sent}"));
                Ok(sent)
            })
        }
        .await,
    )
}

/// What an invitation link leads to. The token is the permission: no sign-in needed.
#[server(endpoint = "invitation")]
pub async fn invitation(#[server(default)] token: String) -> Result<InvitationView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                d::services::invitations::invitation(&state, &token).await
            })
        }
        .await,
    )
}

/// The signed-in person accepts an invitation sent to their address.
#[server(endpoint = "accept_invitation")]
pub async fn accept_invitation(#[server(default)] token: String) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let user = ctx::user()?;
                d::services::invitations::accept(&state, &user, &token).await?;
                leptos_axum::redirect("/account?joined=1#organisations");
                Ok(())
            })
        }
        .await,
    )
}

/// Someone without an account accepts: makes the account with the invited address, joins and
/// signs in.
#[server(endpoint = "join_by_invitation")]
pub async fn join_by_invitation(
    #[server(default)] token: String,
    #[server(default)] name: String,
    #[server(default)] password: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d| {
                let lang = ctx::request().lang;
                let (user_id, _) = d::services::invitations::register_and_accept(
                    &state, &token, &name, &password, lang,
                )
                .await?;
                ctx::sign_in_as(&state, user_id).await?;
                leptos_axum::redirect("/account?joined=1#organisations");
                Ok(())
            })
        }
        .await,
    )
}

/// The signed-in person's organisations and exactly what each sees about them.
#[server(endpoint = "my_organisations")]
pub async fn my_organisations() -> Result<Vec<MyOrganisation>, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::organisations::mine(pool, &user, ctx::request().lang).await
            })
        }
        .await,
    )
}

/// One of the organisation's people: their record and every module, completed or not.
#[server(endpoint = "org_person")]
pub async fn org_person(org_id: i64, user_id: i64) -> Result<crate::wire::OrgPersonView, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::organisations::person(
                    pool,
                    &user,
                    org_id,
                    user_id,
                    ctx::request().lang,
                )
                .await
            })
        }
        .await,
    )
}

/// Changes a person's role in the organisation (`member` or `admin`).
#[server(endpoint = "change_member_role")]
pub async fn change_member_role(
    org_id: i64,
    user_id: i64,
    #[server(default)] role: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::organisations::change_member(
                    pool,
                    &user,
                    org_id,
                    user_id,
                    Some(&role),
                )
                .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}?changed={user_id}"));
                Ok(())
            })
        }
        .await,
    )
}

/// Removes a person from the organisation (what they earned stays theirs).
#[server(endpoint = "remove_member")]
pub async fn remove_member(org_id: i64, user_id: i64) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                d::services::organisations::change_member(pool, &user, org_id, user_id, None)
                    .await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}?removed=1"));
                Ok(())
            })
        }
        .await,
    )
}

/// Keeps a pasted list of certificate codes and email addresses and opens its answer.
#[server(endpoint = "bulk_verify")]
pub async fn bulk_verify(org_id: i64, #[server(default)] list: String) -> Result<i64, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let id = d::services::bulk_check::create(pool, &user, org_id, &list).await?;
                leptos_axum::redirect(&format!("/organisations/{org_id}/verify/{id}"));
                Ok(id)
            })
        }
        .await,
    )
}

/// The answer to a bulk verification: each code's or address's status.
#[server(endpoint = "bulk_report")]
pub async fn bulk_report(
    org_id: i64,
    check_id: Option<i64>,
) -> Result<crate::wire::BulkReport, AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let lang = ctx::request().lang;
                d::services::bulk_check::report(pool, &user, org_id, check_id, lang).await
            })
        }
        .await,
    )
}
