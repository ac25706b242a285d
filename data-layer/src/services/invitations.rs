//! Invitations to an organisation: sending one (an email with a signed link, in the caller's
//! transaction), withdrawing it, and accepting it, with an account or by making one with the
//! invited address.

use super::organisations::{administered, invitation_state, role_of};
use crate::db::{Conn, Pool};
use crate::email::{invitation_email, outbox};
use crate::services::accounts;
use crate::{now, AppState};
use model::domain::organisation::OrgRole;
use model::domain::roster::{someone_elses, RosterRow};
use model::domain::{Email, Lang, PersonName};
use model::error::{AppError, FieldError};
use model::wire::{InvitationView, SessionUser};
use std::collections::HashSet;

/// How long an invitation link can be used.
pub const INVITATION_DAYS: i64 = 14;

/// What happens to one person of an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    Invite,
    Renew,
    Member,
}

impl Outcome {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Outcome::Invite => "invite",
            Outcome::Renew => "renew",
            Outcome::Member => "member",
        }
    }
}

/// Who an organisation already has: its members' and its open invitations' addresses, read once
/// so that a roster of thousands of rows costs two queries, not two per row.
pub(super) struct Known {
    members: HashSet<String>,
    open: HashSet<String>,
}

impl Known {
    pub(super) async fn read(conn: &mut Conn, org_id: i64) -> Result<Known, sqlx::Error> {
        let members = sqlx::query_scalar!(
            "SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1",
            org_id
        )
        .fetch_all(&mut *conn)
        .await?;
        let open = sqlx::query_scalar!(
            "SELECT email FROM invitations WHERE organisation_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL",
            org_id
        )
        .fetch_all(&mut *conn)
        .await?;
        Ok(Known {
            members: members.into_iter().collect(),
            open: open.into_iter().collect(),
        })
    }

    pub(super) fn outcome(&self, email: &str) -> Outcome {
        if self.members.contains(email) {
            Outcome::Member
        } else if self.open.contains(email) {
            Outcome::Renew
        } else {
            Outcome::Invite
        }
    }
}

/// Writes an invitation (new, or the open one renewed) and its email, in the caller's
/// transaction, as `outcome` (from [`Known`], read in the same transaction) says. A person
/// already in the organisation is left alone.
#[allow(clippy::too_many_arguments)]
pub(super) async fn send_invitation(
    conn: &mut Conn,
    state: &AppState,
    org_id: i64,
    org_name: &str,
    invited_by: i64,
    row: &RosterRow,
    outcome: Outcome,
    lang: Lang,
) -> Result<(), AppError> {
    if outcome == Outcome::Member {
        return Ok(());
    }
    let t = now();
    let expires = t + INVITATION_DAYS * 86_400;
    let (email, name, role) = (row.email.as_str(), row.name.as_str(), row.role.as_str());
    let id = sqlx::query_scalar!(
        r#"INSERT INTO invitations (organisation_id, email, name, role, invited_by, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (organisation_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL
           DO UPDATE SET name = excluded.name, role = excluded.role, invited_by = excluded.invited_by,
                         created_at = excluded.created_at, expires_at = excluded.expires_at
           RETURNING id AS "id!""#,
        org_id,
        email,
        name,
        role,
        invited_by,
        t,
        expires
    )
    .fetch_one(&mut *conn)
    .await?;
    // The invitee's own language when they have an account, else the inviter's.
    let lang = sqlx::query_scalar!("SELECT lang FROM users WHERE email = $1", email)
        .fetch_optional(&mut *conn)
        .await?
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or(lang);
    let token = state.sessions.sign_invitation(id, expires)?;
    let link = format!("{}/invitation?token={token}", state.config.base_url);
    let msg = invitation_email(lang, email, name, org_name, &link, INVITATION_DAYS);
    outbox::enqueue_email(&mut *conn, &msg).await?;
    Ok(())
}

/// Invites one person, by email, to join the organisation.
#[tracing::instrument(skip(state, user, name, email), fields(user = user.id))]
pub async fn invite(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    name: &str,
    email: &str,
    role: &str,
    lang: Lang,
) -> Result<(), AppError> {
    let org_name = administered(crate::db::pool(&state.db), user, org_id).await?;
    let mut errors = Vec::new();
    let mut bad = |field: &str, key: &str| {
        errors.push(FieldError {
            field: field.into(),
            key: key.into(),
        })
    };
    let name = PersonName::parse(name).map_err(|e| bad("name", someone_elses(e.message_key())));
    let email = Email::parse(email).map_err(|e| bad("email", someone_elses(e.message_key())));
    let role = OrgRole::parse(role).ok_or_else(|| bad("role", "error-roster-role"));
    let (Ok(name), Ok(email), Ok(role)) = (name, email, role) else {
        return Err(AppError::Invalid(errors));
    };
    let row = RosterRow {
        line: 0,
        name,
        email,
        role,
    };
    let mut tx = crate::db::pool(&state.db).begin().await?;
    let outcome = Known::read(&mut tx, org_id)
        .await?
        .outcome(row.email.as_str());
    if outcome == Outcome::Member {
        return Err(AppError::field("email", "error-org-already-member"));
    }
    send_invitation(
        &mut tx, state, org_id, &org_name, user.id, &row, outcome, lang,
    )
    .await?;
    tx.commit().await?;
    state.outbox_wakeup.notify_one();
    Ok(())
}

/// Withdraws an open invitation: its link stops working. An accepted one cannot be withdrawn.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn revoke(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    invitation_id: i64,
) -> Result<(), AppError> {
    administered(pool, user, org_id).await?;
    let t = now();
    let done = sqlx::query!(
        "UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND organisation_id = $3 AND accepted_at IS NULL AND revoked_at IS NULL",
        t,
        invitation_id,
        org_id
    )
    .execute(pool)
    .await?;
    if done.rows_affected() == 0 {
        // Withdrawing twice (a double click, two administrators at once) is not an error.
        let withdrawn = sqlx::query_scalar!(
            r#"SELECT CAST(1 AS BIGINT) AS "x!: i64" FROM invitations WHERE id = $1 AND organisation_id = $2 AND revoked_at IS NOT NULL"#,
            invitation_id,
            org_id
        )
        .fetch_optional(pool)
        .await?;
        return withdrawn.map(|_| ()).ok_or(AppError::NotFound);
    }
    Ok(())
}

struct Invitation {
    id: i64,
    organisation_id: i64,
    organisation: String,
    name: String,
    email: String,
    role: OrgRole,
    state: &'static str,
    expires_at: i64,
}

impl Invitation {
    /// Why the link can no longer be used, if it cannot.
    fn ensure_open(&self) -> Result<(), AppError> {
        match self.state {
            "open" => Ok(()),
            "expired" => Err(AppError::LinkExpired),
            "revoked" => Err(AppError::field("token", "error-invitation-revoked")),
            _ => Err(AppError::field("token", "error-invitation-used")),
        }
    }
}

/// The invitation a link names. A link whose signature fails is "not found"; a well-signed one
/// past its time has expired.
async fn by_token(state: &AppState, token: &str) -> Result<Invitation, AppError> {
    let id = state.sessions.verify_invitation(token).map_err(|expired| {
        if expired {
            AppError::LinkExpired
        } else {
            AppError::NotFound
        }
    })?;
    let r = sqlx::query!(
        r#"SELECT i.id AS "id!", i.organisation_id, o.name AS organisation, i.name, i.email, i.role,
                  i.expires_at, i.accepted_at, i.revoked_at
           FROM invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $1"#,
        id
    )
    .fetch_optional(crate::db::pool(&state.db))
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(Invitation {
        id: r.id,
        organisation_id: r.organisation_id,
        organisation: r.organisation,
        name: r.name,
        email: r.email,
        role: role_of(&r.role),
        state: invitation_state(r.accepted_at, r.revoked_at, r.expires_at, now()),
        expires_at: r.expires_at,
    })
}

/// What an invitation link shows the person who opens it.
#[tracing::instrument(skip(state, token))]
pub async fn invitation(state: &AppState, token: &str) -> Result<InvitationView, AppError> {
    let i = by_token(state, token).await?;
    Ok(InvitationView {
        organisation: i.organisation,
        name: i.name,
        email: i.email,
        role: i.role,
        state: i.state.to_string(),
        expires_at: i.expires_at,
    })
}

/// Joins the organisation of an invitation as `user_id`, whose email must be the invited one.
/// Returns the organisation. Using a link twice, or two uses at once, joins once.
async fn join(
    state: &AppState,
    i: &Invitation,
    user_id: i64,
    email: &str,
) -> Result<i64, AppError> {
    if i.email != email {
        return Err(AppError::field("token", "error-invitation-other-email"));
    }
    i.ensure_open()?;
    let t = now();
    let role = i.role.as_str();
    let mut tx = crate::db::pool(&state.db).begin().await?;
    let claimed = sqlx::query!(
        "UPDATE invitations SET accepted_at = $1, accepted_by = $2
         WHERE id = $3 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $4",
        t,
        user_id,
        i.id,
        t
    )
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() == 0 {
        return Err(AppError::field("token", "error-invitation-used"));
    }
    // Joining again never lowers an administrator to a member.
    sqlx::query!(
        "INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organisation_id, user_id)
         DO UPDATE SET role = CASE WHEN excluded.role = 'admin' THEN 'admin' ELSE memberships.role END",
        i.organisation_id,
        user_id,
        role,
        t
    )
    .execute(&mut *tx)
    .await?;
    if i.role == OrgRole::Admin {
        // The platform-wide role only opens the way (the menu entry); what an administrator
        // may see is decided per organisation by the membership.
        sqlx::query!(
            "INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, 'org_admin', $2) ON CONFLICT DO NOTHING",
            user_id,
            t
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    tracing::info!(
        org = i.organisation_id,
        user = user_id,
        "invitation accepted"
    );
    Ok(i.organisation_id)
}

/// The signed-in person accepts an invitation sent to their email address.
#[tracing::instrument(skip(state, user, token), fields(user = user.id))]
pub async fn accept(state: &AppState, user: &SessionUser, token: &str) -> Result<i64, AppError> {
    let i = by_token(state, token).await?;
    join(state, &i, user.id, &user.email).await
}

/// Someone without an account accepts: the account is made with the invited email (the link
/// proves they read mail there) and joins at once. Returns the new user and the organisation.
#[tracing::instrument(skip(state, token, name, password))]
pub async fn register_and_accept(
    state: &AppState,
    token: &str,
    name: &str,
    password: &str,
    lang: Lang,
) -> Result<(i64, i64), AppError> {
    let i = by_token(state, token).await?;
    i.ensure_open()?;
    let reg = accounts::Registration::parse(name, &i.email, password, lang)?;
    let user_id = match accounts::register(crate::db::pool(&state.db), reg).await {
        Err(e) if e.field_key("email") == Some("error-email-taken") => {
            return Err(AppError::field("email", "error-invitation-sign-in"))
        }
        other => other?,
    };
    let org = join(state, &i, user_id, &i.email).await?;
    Ok((user_id, org))
}
