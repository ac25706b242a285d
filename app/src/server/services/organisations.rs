//! Organisations and their people: creating organisations, inviting people (one at a time or
//! from a roster file, with a dry run), accepting an invitation, and what an organisation sees
//! about its people. An administrator sees only the organisations they administer; a platform
//! administrator sees all. Someone else's organisation answers "not found".

use crate::domain::organisation::{OrgKind, OrgName, OrgRole};
use crate::domain::roster::{parse_roster, someone_elses, RosterError, RosterRow};
use crate::domain::{Email, Lang, PersonName};
use crate::error::{AppError, FieldError};
use crate::i18n::I18n;
use crate::server::email::{invitation_email, outbox};
use crate::server::services::accounts;
use crate::server::{now, AppState};
use crate::wire::{
    ImportProblem, ImportReport, ImportRow, InvitationRow, InvitationView, MemberCertificate,
    MemberRecord, MyOrganisation, OrgCard, OrgOverview, Role, SessionUser,
};
use sqlx::{SqliteConnection, SqlitePool};
use std::collections::HashMap;

/// How long an invitation link can be used.
pub const INVITATION_DAYS: i64 = 14;

fn is_platform_admin(user: &SessionUser) -> bool {
    user.roles.contains(&Role::PlatformAdmin)
}

fn role_of(s: &str) -> OrgRole {
    OrgRole::parse(s).unwrap_or(OrgRole::Member)
}

fn kind_of(s: &str) -> OrgKind {
    OrgKind::parse(s).unwrap_or(OrgKind::Employer)
}

/// The organisation's name, if `user` may administer it; "not found" otherwise, whether or not
/// it exists.
async fn administered(
    pool: &SqlitePool,
    user: &SessionUser,
    org_id: i64,
) -> Result<String, AppError> {
    let row = sqlx::query!(
        r#"SELECT o.name, (SELECT role FROM memberships m WHERE m.organisation_id = o.id AND m.user_id = ?) AS "role?: String"
           FROM organisations o WHERE o.id = ?"#,
        user.id,
        org_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    if is_platform_admin(user) || row.role.as_deref() == Some(OrgRole::Admin.as_str()) {
        Ok(row.name)
    } else {
        Err(AppError::NotFound)
    }
}

/// Creates an organisation (platform administrators only).
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn create(
    pool: &SqlitePool,
    user: &SessionUser,
    name: &str,
    kind: &str,
) -> Result<i64, AppError> {
    if !is_platform_admin(user) {
        return Err(AppError::Forbidden);
    }
    let mut errors = Vec::new();
    let name = OrgName::parse(name).map_err(|key| {
        errors.push(FieldError {
            field: "name".into(),
            key: key.into(),
        })
    });
    let kind = OrgKind::parse(kind).ok_or_else(|| {
        errors.push(FieldError {
            field: "kind".into(),
            key: "error-org-kind".into(),
        })
    });
    let (Ok(name), Ok(kind)) = (name, kind) else {
        return Err(AppError::Invalid(errors));
    };
    let (name, kind, t) = (name.as_str(), kind.as_str(), now());
    let inserted = sqlx::query_scalar!(
        r#"INSERT INTO organisations (name, kind, created_at) VALUES (?, ?, ?) RETURNING id AS "id!""#,
        name,
        kind,
        t
    )
    .fetch_one(pool)
    .await;
    match inserted {
        Ok(id) => Ok(id),
        Err(e) if crate::server::db::is_unique_violation(&e) => {
            Err(AppError::field("name", "error-org-name-taken"))
        }
        Err(e) => Err(e.into()),
    }
}

/// The organisations `user` administers (every one, for a platform administrator).
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn list(pool: &SqlitePool, user: &SessionUser) -> Result<Vec<OrgCard>, AppError> {
    let all = is_platform_admin(user);
    let rows = sqlx::query!(
        r#"SELECT o.id AS "id!", o.name, o.kind,
                  (SELECT COUNT(*) FROM memberships m WHERE m.organisation_id = o.id) AS "members!: i64"
           FROM organisations o
           WHERE ? OR EXISTS (SELECT 1 FROM memberships m
                              WHERE m.organisation_id = o.id AND m.user_id = ? AND m.role = 'admin')
           ORDER BY o.name"#,
        all,
        user.id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| OrgCard {
            id: r.id,
            name: r.name,
            kind: kind_of(&r.kind),
            members: r.members,
        })
        .collect())
}

/// What the organisation sees about its people (`only`: about one of them).
async fn member_records(
    pool: &SqlitePool,
    org_id: i64,
    only: Option<i64>,
) -> Result<Vec<MemberRecord>, AppError> {
    let rows = sqlx::query!(
        r#"SELECT u.id AS "id!", u.display_name, u.email, m.role, m.joined_at,
                  (SELECT COUNT(DISTINCT lesson_id) FROM lesson_completions c WHERE c.user_id = u.id) AS "lessons!: i64",
                  (SELECT COUNT(DISTINCT quiz_id) FROM quiz_attempts a WHERE a.user_id = u.id AND a.passed = 1) AS "quizzes!: i64"
           FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.organisation_id = ?1 AND (?2 IS NULL OR u.id = ?2) AND u.deleted_at IS NULL
           ORDER BY u.display_name COLLATE NOCASE, u.id"#,
        org_id,
        only
    )
    .fetch_all(pool)
    .await?;
    let certs = sqlx::query!(
        r#"SELECT c.user_id, c.code, c.status, c.expires_at FROM certificates c
           JOIN memberships m ON m.user_id = c.user_id AND m.organisation_id = ?1
           WHERE ?2 IS NULL OR c.user_id = ?2
           ORDER BY c.issued_at DESC, c.id DESC"#,
        org_id,
        only
    )
    .fetch_all(pool)
    .await?;
    let t = now();
    let mut by_user: HashMap<i64, Vec<MemberCertificate>> = HashMap::new();
    for c in certs {
        let status = if c.status == "valid" && c.expires_at <= t {
            "expired".to_string()
        } else {
            c.status
        };
        by_user
            .entry(c.user_id)
            .or_default()
            .push(MemberCertificate {
                code: c.code,
                status,
                expires_at: c.expires_at,
            });
    }
    Ok(rows
        .into_iter()
        .map(|r| MemberRecord {
            user_id: r.id,
            name: r.display_name,
            email: r.email,
            role: role_of(&r.role),
            joined_at: r.joined_at,
            lessons_completed: r.lessons,
            quizzes_passed: r.quizzes,
            certificates: by_user.remove(&r.id).unwrap_or_default(),
        })
        .collect())
}

fn invitation_state(
    accepted: Option<i64>,
    revoked: Option<i64>,
    expires_at: i64,
    t: i64,
) -> &'static str {
    match (accepted, revoked) {
        (Some(_), _) => "accepted",
        (_, Some(_)) => "revoked",
        _ if expires_at <= t => "expired",
        _ => "open",
    }
}

/// An organisation's page for its administrators: its people and its invitations.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn overview(
    pool: &SqlitePool,
    user: &SessionUser,
    org_id: i64,
) -> Result<OrgOverview, AppError> {
    administered(pool, user, org_id).await?;
    let org = sqlx::query!("SELECT name, kind FROM organisations WHERE id = ?", org_id)
        .fetch_one(pool)
        .await?;
    let t = now();
    let invitations = sqlx::query!(
        r#"SELECT id AS "id!", name, email, role, created_at, expires_at, accepted_at, revoked_at
           FROM invitations WHERE organisation_id = ? ORDER BY created_at DESC, id DESC"#,
        org_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| InvitationRow {
        id: r.id,
        state: invitation_state(r.accepted_at, r.revoked_at, r.expires_at, t).to_string(),
        name: r.name,
        email: r.email,
        role: role_of(&r.role),
        created_at: r.created_at,
        expires_at: r.expires_at,
    })
    .collect();
    Ok(OrgOverview {
        id: org_id,
        name: org.name,
        kind: kind_of(&org.kind),
        members: member_records(pool, org_id, None).await?,
        invitations,
    })
}

/// What happens to one person of an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Invite,
    Renew,
    Member,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Invite => "invite",
            Outcome::Renew => "renew",
            Outcome::Member => "member",
        }
    }
}

async fn outcome_for(
    conn: &mut SqliteConnection,
    org_id: i64,
    email: &str,
) -> Result<Outcome, sqlx::Error> {
    let member = sqlx::query_scalar!(
        r#"SELECT 1 AS "x!: i64" FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.organisation_id = ? AND u.email = ?"#,
        org_id,
        email
    )
    .fetch_optional(&mut *conn)
    .await?;
    if member.is_some() {
        return Ok(Outcome::Member);
    }
    let open = sqlx::query_scalar!(
        r#"SELECT id AS "id!" FROM invitations
           WHERE organisation_id = ? AND email = ? AND accepted_at IS NULL AND revoked_at IS NULL"#,
        org_id,
        email
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(if open.is_some() {
        Outcome::Renew
    } else {
        Outcome::Invite
    })
}

/// Writes an invitation (new, or the open one renewed) and its email, in the caller's
/// transaction. A person already in the organisation is left alone.
#[allow(clippy::too_many_arguments)]
async fn send_invitation(
    conn: &mut SqliteConnection,
    state: &AppState,
    org_id: i64,
    org_name: &str,
    invited_by: i64,
    row: &RosterRow,
    lang: Lang,
) -> Result<Outcome, AppError> {
    let outcome = outcome_for(conn, org_id, row.email.as_str()).await?;
    if outcome == Outcome::Member {
        return Ok(outcome);
    }
    let t = now();
    let expires = t + INVITATION_DAYS * 86_400;
    let (email, name, role) = (row.email.as_str(), row.name.as_str(), row.role.as_str());
    let id = sqlx::query_scalar!(
        r#"INSERT INTO invitations (organisation_id, email, name, role, invited_by, created_at, expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
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
    let lang = sqlx::query_scalar!("SELECT lang FROM users WHERE email = ?", email)
        .fetch_optional(&mut *conn)
        .await?
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or(lang);
    let token = state.sessions.sign_invitation(id, expires)?;
    let link = format!("{}/invitation?token={token}", state.config.base_url);
    let msg = invitation_email(lang, email, name, org_name, &link, INVITATION_DAYS);
    outbox::enqueue_email(&mut *conn, &msg).await?;
    Ok(outcome)
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
    let org_name = administered(&state.pool, user, org_id).await?;
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
    let mut tx = state.pool.begin().await?;
    if send_invitation(&mut tx, state, org_id, &org_name, user.id, &row, lang).await?
        == Outcome::Member
    {
        return Err(AppError::field("email", "error-org-already-member"));
    }
    tx.commit().await?;
    state.outbox_wakeup.notify_one();
    Ok(())
}

/// Keeps a roster file for its dry run, once the file as a whole can be read (a file that cannot
/// is refused with the reason). Returns the import's id.
#[tracing::instrument(skip(pool, user, text), fields(user = user.id, bytes = text.len()))]
pub async fn upload_roster(
    pool: &SqlitePool,
    user: &SessionUser,
    org_id: i64,
    text: &str,
) -> Result<i64, AppError> {
    administered(pool, user, org_id).await?;
    match parse_roster(text) {
        Ok(_) | Err(RosterError::UnclosedQuote(_)) => {}
        Err(e) => return Err(AppError::field("roster", e.message_key())),
    }
    let t = now();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO roster_imports (organisation_id, created_by, content, created_at)
           VALUES (?, ?, ?, ?) RETURNING id AS "id!""#,
        org_id,
        user.id,
        text,
        t
    )
    .fetch_one(pool)
    .await?;
    Ok(id)
}

async fn roster_text(pool: &SqlitePool, org_id: i64, import_id: i64) -> Result<String, AppError> {
    sqlx::query_scalar!(
        "SELECT content FROM roster_imports WHERE id = ? AND organisation_id = ?",
        import_id,
        org_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// The dry run of an uploaded roster: what importing it would do, row by row. Writes nothing.
pub async fn preview_import(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    import_id: i64,
    lang: Lang,
) -> Result<ImportReport, AppError> {
    administered(&state.pool, user, org_id).await?;
    let text = roster_text(&state.pool, org_id, import_id).await?;
    import(state, user, org_id, &text, false, lang).await
}

/// Imports an uploaded roster: every invitation in one transaction, and only when no row has a
/// problem. The file is deleted once imported. Returns how many invitations were sent.
pub async fn apply_import(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    import_id: i64,
    lang: Lang,
) -> Result<usize, AppError> {
    administered(&state.pool, user, org_id).await?;
    let text = roster_text(&state.pool, org_id, import_id).await?;
    let report = import(state, user, org_id, &text, true, lang).await?;
    if !report.applied {
        return Err(AppError::field("roster", "error-roster-fix-first"));
    }
    sqlx::query!("DELETE FROM roster_imports WHERE id = ?", import_id)
        .execute(&state.pool)
        .await?;
    Ok(report.rows.iter().filter(|r| r.outcome != "member").count())
}

/// Reads a roster and says, row by row, what importing it would do; with `apply`, and only when
/// no row has a problem, sends every invitation in one transaction.
#[tracing::instrument(skip(state, user, text), fields(user = user.id, bytes = text.len()))]
async fn import(
    state: &AppState,
    user: &SessionUser,
    org_id: i64,
    text: &str,
    apply: bool,
    lang: Lang,
) -> Result<ImportReport, AppError> {
    let org_name = administered(&state.pool, user, org_id).await?;
    let t = I18n(lang);
    let roster = match parse_roster(text) {
        Ok(r) => r,
        Err(e @ RosterError::UnclosedQuote(line)) => {
            return Ok(ImportReport {
                rows: Vec::new(),
                problems: vec![ImportProblem {
                    line,
                    messages: vec![t.t(e.message_key())],
                }],
                applied: false,
            })
        }
        Err(e) => return Err(AppError::field("roster", e.message_key())),
    };
    let problems: Vec<ImportProblem> = roster
        .problems
        .iter()
        .map(|p| ImportProblem {
            line: p.line,
            messages: p.keys.iter().map(|k| t.t(k)).collect(),
        })
        .collect();
    let mut tx = state.pool.begin().await?;
    let write = apply && problems.is_empty();
    let mut rows = Vec::with_capacity(roster.rows.len());
    for row in &roster.rows {
        let outcome = if write {
            send_invitation(&mut tx, state, org_id, &org_name, user.id, row, lang).await?
        } else {
            outcome_for(&mut tx, org_id, row.email.as_str()).await?
        };
        rows.push(ImportRow {
            line: row.line,
            name: row.name.as_str().to_string(),
            email: row.email.as_str().to_string(),
            role: row.role,
            outcome: outcome.as_str().to_string(),
        });
    }
    if write {
        tx.commit().await?;
        state.outbox_wakeup.notify_one();
        tracing::info!(org = org_id, rows = rows.len(), "roster imported");
    } else {
        tx.rollback().await?;
    }
    Ok(ImportReport {
        rows,
        problems,
        applied: write,
    })
}

/// Withdraws an open invitation: its link stops working. An accepted one cannot be withdrawn.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn revoke(
    pool: &SqlitePool,
    user: &SessionUser,
    org_id: i64,
    invitation_id: i64,
) -> Result<(), AppError> {
    administered(pool, user, org_id).await?;
    let t = now();
    let done = sqlx::query!(
        "UPDATE invitations SET revoked_at = ? WHERE id = ? AND organisation_id = ? AND accepted_at IS NULL AND revoked_at IS NULL",
        t,
        invitation_id,
        org_id
    )
    .execute(pool)
    .await?;
    if done.rows_affected() == 0 {
        // Withdrawing twice (a double click, two administrators at once) is not an error.
        let withdrawn = sqlx::query_scalar!(
            r#"SELECT 1 AS "x!: i64" FROM invitations WHERE id = ? AND organisation_id = ? AND revoked_at IS NOT NULL"#,
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
           FROM invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.id = ?"#,
        id
    )
    .fetch_optional(&state.pool)
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
    match i.state {
        "open" => {}
        "expired" => return Err(AppError::LinkExpired),
        "revoked" => return Err(AppError::field("token", "error-invitation-revoked")),
        _ => return Err(AppError::field("token", "error-invitation-used")),
    }
    let t = now();
    let role = i.role.as_str();
    let mut tx = state.pool.begin().await?;
    let claimed = sqlx::query!(
        "UPDATE invitations SET accepted_at = ?, accepted_by = ?
         WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?",
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
        "INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)
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
            "INSERT INTO user_roles (user_id, role, granted_at) VALUES (?, 'org_admin', ?) ON CONFLICT DO NOTHING",
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
    if i.state != "open" {
        return Err(match i.state {
            "expired" => AppError::LinkExpired,
            "revoked" => AppError::field("token", "error-invitation-revoked"),
            _ => AppError::field("token", "error-invitation-used"),
        });
    }
    let reg = accounts::Registration::parse(name, &i.email, password, lang)?;
    let user_id = match accounts::register(&state.pool, reg).await {
        Err(e) if e.field_key("email") == Some("error-email-taken") => {
            return Err(AppError::field("email", "error-invitation-sign-in"))
        }
        other => other?,
    };
    let org = join(state, &i, user_id, &i.email).await?;
    Ok((user_id, org))
}

/// Every organisation the person belongs to, each with exactly what it sees about them.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn mine(pool: &SqlitePool, user: &SessionUser) -> Result<Vec<MyOrganisation>, AppError> {
    let orgs = sqlx::query!(
        r#"SELECT o.id AS "id!", o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
           WHERE m.user_id = ? ORDER BY o.name"#,
        user.id
    )
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(orgs.len());
    for org in orgs {
        if let Some(record) = member_records(pool, org.id, Some(user.id)).await?.pop() {
            out.push(MyOrganisation {
                name: org.name,
                record,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::invitation_state;

    #[test]
    fn an_invitation_is_open_until_it_is_used_withdrawn_or_out_of_time() {
        assert_eq!(invitation_state(None, None, 100, 99), "open");
        assert_eq!(invitation_state(None, None, 100, 100), "expired");
        assert_eq!(invitation_state(Some(1), None, 100, 200), "accepted");
        assert_eq!(invitation_state(None, Some(1), 100, 50), "revoked");
    }
}
