//! Organisations and their people: creating organisations, listing them, and what an organisation
//! sees about its people (the same record on the administrators' page and on the person's own
//! account page). An administrator sees only the organisations they administer; a platform
//! administrator sees all. Someone else's organisation answers "not found". Invitations are in
//! `invitations`, roster imports in `roster_imports`.

use crate::db::Pool;
use crate::now;
use model::domain::organisation::{window_days, OrgKind, OrgName, OrgRole, Standing};
use model::domain::Lang;
use model::error::{AppError, FieldError};
use model::wire::{
    InvitationRow, MemberCertificate, MemberList, MemberRecord, MyOrganisation, OrgCard,
    OrgOverview, Role, SessionUser,
};
use std::collections::HashMap;

fn is_platform_admin(user: &SessionUser) -> bool {
    user.roles.contains(&Role::PlatformAdmin)
}

pub(super) fn role_of(s: &str) -> OrgRole {
    OrgRole::parse(s).unwrap_or(OrgRole::Member)
}

fn kind_of(s: &str) -> OrgKind {
    OrgKind::parse(s).unwrap_or(OrgKind::Employer)
}

/// The organisation's name, if `user` may administer it; "not found" otherwise, whether or not
/// it exists.
pub(super) async fn administered(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
) -> Result<String, AppError> {
    let row = sqlx::query!(
        r#"SELECT o.name, (SELECT role FROM memberships m WHERE m.organisation_id = o.id AND m.user_id = $1) AS "role?: String"
           FROM organisations o WHERE o.id = $2"#,
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
    pool: &Pool,
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
        r#"INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id AS "id!""#,
        name,
        kind,
        t
    )
    .fetch_one(pool)
    .await;
    match inserted {
        Ok(id) => Ok(id),
        Err(e) if crate::db::is_unique_violation(&e) => {
            Err(AppError::field("name", "error-org-name-taken"))
        }
        Err(e) => Err(e.into()),
    }
}

/// The organisations `user` administers (every one, for a platform administrator).
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn list(pool: &Pool, user: &SessionUser) -> Result<Vec<OrgCard>, AppError> {
    let all = is_platform_admin(user);
    let rows = sqlx::query!(
        r#"SELECT o.id AS "id!", o.name, o.kind,
                  (SELECT COUNT(*) FROM memberships m WHERE m.organisation_id = o.id) AS "members!: i64"
           FROM organisations o
           WHERE $1 OR EXISTS (SELECT 1 FROM memberships m
                              WHERE m.organisation_id = o.id AND m.user_id = $2 AND m.role = 'admin')
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

/// Which of the organisation's people to read.
#[derive(Debug, Clone, Copy)]
pub enum People {
    /// Everyone (the CSV).
    All,
    /// One person.
    One(i64),
    /// A page of the administrators' list: in name order, those with `standing` (at `now`, with a
    /// window of `days`), from `offset`.
    Page {
        standing: Option<Standing>,
        now: i64,
        days: i64,
        offset: i64,
    },
}

/// People on one page of the administrators' list.
pub const PER_PAGE: i64 = 50;

/// What the organisation sees about its people, in name order.
pub async fn member_records(
    pool: &Pool,
    org_id: i64,
    who: People,
    lang: Lang,
) -> Result<Vec<MemberRecord>, AppError> {
    let t = now();
    let (only, standing, at, horizon, limit, offset) = match who {
        People::All => (None, None, t, t, i64::MAX, 0),
        People::One(id) => (Some(id), None, t, t, 1, 0),
        People::Page {
            standing,
            now,
            days,
            offset,
        } => (
            None,
            standing.map(Standing::as_str),
            now,
            now + days.max(0) * 86_400,
            PER_PAGE,
            offset.max(0),
        ),
    };
    // First the page's people (only their ids, so nothing is worked out for the people skipped),
    // then what the organisation sees about them. The standing is `Standing::of` in SQL: no
    // certificate, none valid now, the last valid one ending within the window, or later.
    let ids: Vec<i64> = sqlx::query_scalar!(
        r#"SELECT u.id AS "id!" FROM users u
           JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $1
           WHERE (CAST($2 AS BIGINT) IS NULL OR u.id = $2)
             AND (CAST($3 AS TEXT) IS NULL OR $3 = CASE
                   WHEN NOT EXISTS (SELECT 1 FROM certificates c WHERE c.user_id = u.id) THEN 'missing'
                   ELSE (SELECT CASE WHEN MAX(c.expires_at) IS NULL THEN 'lapsed'
                                     WHEN MAX(c.expires_at) <= $5 THEN 'expiring' ELSE 'valid' END
                         FROM certificates c
                         WHERE c.user_id = u.id AND c.status = 'valid' AND c.expires_at > $4)
                 END)
           ORDER BY u.display_name COLLATE NOCASE, u.id
           LIMIT $6 OFFSET $7"#,
        org_id,
        only,
        standing,
        at,
        horizon,
        limit,
        offset
    )
    .fetch_all(pool)
    .await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // The rest is looked up by these ids (driving each query from the list, so that a page costs
    // the same however large the organisation is).
    let listed = crate::db::id_list(ids.iter().copied());
    let mut rows: HashMap<i64, _> = by_backend!(
        sqlite: sqlx::query!(
            r#"SELECT u.id AS "id!", u.display_name, u.email, m.role, m.joined_at,
                      (SELECT COUNT(DISTINCT lesson_id) FROM lesson_completions c WHERE c.user_id = u.id) AS "lessons!: i64",
                      (SELECT COUNT(DISTINCT quiz_id) FROM quiz_attempts a WHERE a.user_id = u.id AND a.passed = 1) AS "quizzes!: i64",
                      (SELECT COUNT(*) FROM module_completions c WHERE c.user_id = u.id) AS "modules!: i64"
               FROM json_each($2) j JOIN users u ON u.id = j.value
               JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $1"#,
            org_id,
            listed
        ),
        postgres: sqlx::query!(
            r#"SELECT u.id AS "id!", u.display_name, u.email, m.role, m.joined_at,
                      (SELECT COUNT(DISTINCT lesson_id) FROM lesson_completions c WHERE c.user_id = u.id) AS "lessons!: i64",
                      (SELECT COUNT(DISTINCT quiz_id) FROM quiz_attempts a WHERE a.user_id = u.id AND a.passed = 1) AS "quizzes!: i64",
                      (SELECT COUNT(*) FROM module_completions c WHERE c.user_id = u.id) AS "modules!: i64"
               FROM unnest(CAST($2 AS BIGINT[])) AS j(value) JOIN users u ON u.id = j.value
               JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $1"#,
            org_id,
            listed.as_slice()
        ),
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| (r.id, r))
    .collect();
    // Certificates and cohorts of these people only (all of them for the CSV).
    let certs = by_backend!(
        sqlite: sqlx::query!(
            r#"SELECT c.user_id, c.code, c.status, c.expires_at
               FROM json_each($1) j JOIN certificates c ON c.user_id = j.value
               ORDER BY c.issued_at DESC, c.id DESC"#,
            listed
        ),
        postgres: sqlx::query!(
            r#"SELECT c.user_id, c.code, c.status, c.expires_at
               FROM unnest(CAST($1 AS BIGINT[])) AS j(value) JOIN certificates c ON c.user_id = j.value
               ORDER BY c.issued_at DESC, c.id DESC"#,
            listed.as_slice()
        ),
    )
    .fetch_all(pool)
    .await?;
    let mut cohorts = super::cohorts::of_person(pool, org_id, &listed, lang).await?;
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
    Ok(ids
        .into_iter()
        .filter_map(|id| rows.remove(&id))
        .map(|r| MemberRecord {
            user_id: r.id,
            name: r.display_name,
            email: r.email,
            role: role_of(&r.role),
            joined_at: r.joined_at,
            lessons_completed: r.lessons,
            quizzes_passed: r.quizzes,
            modules_completed: r.modules,
            certificates: by_user.remove(&r.id).unwrap_or_default(),
            cohorts: cohorts.remove(&r.id).unwrap_or_default(),
        })
        .collect())
}

/// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`.
/// How many of the organisation's people have each standing (`Standing::ALL` order), at `t` with
/// a window of `days`.
pub async fn standings(
    pool: &Pool,
    org_id: i64,
    t: i64,
    days: i64,
) -> Result<Vec<(Standing, i64)>, AppError> {
    let horizon = t + days.max(0) * 86_400;
    // Only people with certificates are looked at; everyone else is "missing". Deleting an account
    // removes its memberships, so deleted people are in neither count.
    let members = sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!: i64" FROM memberships WHERE organisation_id = $1"#,
        org_id
    )
    .fetch_one(pool)
    .await?;
    let mut counts: HashMap<String, i64> = sqlx::query!(
        r#"SELECT standing AS "standing!: String", COUNT(*) AS "n!: i64" FROM (
             SELECT CASE WHEN MAX(CASE WHEN c.status = 'valid' AND c.expires_at > $2 THEN c.expires_at END) IS NULL THEN 'lapsed'
                         WHEN MAX(CASE WHEN c.status = 'valid' AND c.expires_at > $2 THEN c.expires_at END) <= $3 THEN 'expiring'
                         ELSE 'valid' END AS standing
             FROM certificates c JOIN memberships m ON m.user_id = c.user_id AND m.organisation_id = $1
             GROUP BY c.user_id) AS per_person
           GROUP BY standing"#,
        org_id,
        t,
        horizon
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| (r.standing, r.n))
    .collect();
    let holders: i64 = counts.values().sum();
    counts.insert("missing".into(), members - holders);
    Ok(Standing::ALL
        .into_iter()
        .map(|s| (s, counts.get(s.as_str()).copied().unwrap_or(0)))
        .collect())
}

pub(super) fn invitation_state(
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

/// The organisation's invitations, newest first, with their state at `t`.
async fn invitation_rows(pool: &Pool, org_id: i64, t: i64) -> Result<Vec<InvitationRow>, AppError> {
    Ok(sqlx::query!(
        r#"SELECT id AS "id!", name, email, role, created_at, expires_at, accepted_at, revoked_at
           FROM invitations WHERE organisation_id = $1 ORDER BY created_at DESC, id DESC"#,
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
    .collect())
}

/// The invitations table as CSV. Returns the file's name and bytes.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn invitations_csv(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
) -> Result<(String, Vec<u8>), AppError> {
    use model::domain::clock::format_date;
    use model::domain::csv::row;
    let name = administered(pool, user, org_id).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        "name",
        "email",
        "role",
        "state",
        "sent",
        "valid_until",
    ]));
    for i in invitation_rows(pool, org_id, now()).await? {
        out.push_str(&row(&[
            i.name,
            i.email,
            i.role.as_str().to_string(),
            i.state,
            format_date(i.created_at),
            format_date(i.expires_at),
        ]));
    }
    Ok((file_slug(&name, "invitations"), out.into_bytes()))
}

/// An organisation's page for its administrators: its people and its invitations.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn overview(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    list: &MemberList,
    lang: Lang,
) -> Result<OrgOverview, AppError> {
    administered(pool, user, org_id).await?;
    let org = sqlx::query!("SELECT name, kind FROM organisations WHERE id = $1", org_id)
        .fetch_one(pool)
        .await?;
    let t = now();
    let invitations = invitation_rows(pool, org_id, t).await?;
    let days = window_days(list.within);
    let standings = standings(pool, org_id, t, days).await?;
    let member_total = standings
        .iter()
        .filter(|(s, _)| list.standing.is_none_or(|f| f == *s))
        .map(|(_, n)| n)
        .sum::<i64>();
    let pages = ((member_total + PER_PAGE - 1) / PER_PAGE).max(1);
    let page = list.page.unwrap_or(1).clamp(1, pages);
    let who = People::Page {
        standing: list.standing,
        now: t,
        days,
        offset: (page - 1) * PER_PAGE,
    };
    Ok(OrgOverview {
        id: org_id,
        name: org.name,
        kind: kind_of(&org.kind),
        members: member_records(pool, org_id, who, lang).await?,
        standings,
        member_total,
        page,
        per_page: PER_PAGE,
        standing: list.standing,
        within: days,
        invitations,
        modules: super::org_figures::module_completion(pool, org_id, lang).await?,
        weeks: super::org_figures::over_time(pool, org_id).await?,
        cohorts: super::cohorts::list(pool, org_id, lang).await?,
        courses: super::org_figures::newest(pool)
            .await?
            .into_iter()
            .map(|m| {
                let title = super::learning::text(&m.title, lang, m.default_language).0;
                (m.id, title)
            })
            .collect(),
        today: model::domain::clock::local_day(t),
        now: t,
    })
}

/// The people of an organisation as CSV, for a spreadsheet or an HR system: one row per person,
/// the columns of the administrators' page (dates as `YYYY-MM-DD`, certificates as
/// `code (status, expiry)` separated by semicolons). Returns the file's name and its bytes.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn members_csv(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    use model::domain::clock::format_date;
    use model::domain::csv::row;
    let name = administered(pool, user, org_id).await?;
    let members = member_records(pool, org_id, People::All, lang).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        "name",
        "email",
        "role",
        "joined",
        "lessons_completed",
        "quizzes_passed",
        "modules_completed",
        "certificates",
        "cohorts",
    ]));
    for m in members {
        let certificates: Vec<String> = m
            .certificates
            .iter()
            .map(|c| format!("{} ({}, {})", c.code, c.status, format_date(c.expires_at)))
            .collect();
        let cohorts: Vec<String> = m
            .cohorts
            .iter()
            .map(|c| {
                let deadline = format_date(c.deadline_day * 86_400);
                format!(
                    "{} ({}, {deadline}, {}/{})",
                    c.name,
                    c.state.as_str(),
                    c.done,
                    c.total
                )
            })
            .collect();
        out.push_str(&row(&[
            m.name,
            m.email,
            m.role.as_str().to_string(),
            format_date(m.joined_at),
            m.lessons_completed.to_string(),
            m.quizzes_passed.to_string(),
            m.modules_completed.to_string(),
            certificates.join("; "),
            cohorts.join("; "),
        ]));
    }
    Ok((file_slug(&name, "people"), out.into_bytes()))
}

/// A download's file name: the organisation's name in lower-case ASCII letters and digits joined
/// by dashes, then `-what.csv` (`Bodø kommune`, `people` → `bod-kommune-people.csv`).
pub(super) fn file_slug(name: &str, what: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        "organisation"
    } else {
        &slug
    };
    format!("{slug}-{what}.csv")
}

/// Changes a person's role in the organisation (`role`: `member` or `admin`), or with `None`
/// removes them from it. The organisation keeps at least one administrator. A person who is no
/// longer an administrator anywhere loses the administrators' menu. What the person earned stays
/// theirs; the organisation simply stops seeing it.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn change_member(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    member_id: i64,
    role: Option<&str>,
) -> Result<(), AppError> {
    use model::domain::organisation::keeps_an_admin;
    administered(pool, user, org_id).await?;
    let becomes = match role {
        Some(r) => Some(
            OrgRole::parse(r)
                .filter(|_| !r.trim().is_empty())
                .ok_or_else(|| AppError::field("role", "error-org-role"))?,
        ),
        None => None,
    };
    let mut tx = pool.begin().await?;
    let current = sqlx::query_scalar!(
        "SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2",
        org_id,
        member_id
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::NotFound)?;
    let admins = sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!: i64" FROM memberships WHERE organisation_id = $1 AND role = 'admin'"#,
        org_id
    )
    .fetch_one(&mut *tx)
    .await?;
    let is_admin = role_of(&current) == OrgRole::Admin;
    if !keeps_an_admin(admins, is_admin, becomes) {
        return Err(AppError::field("member", "error-org-last-admin"));
    }
    match becomes {
        Some(r) => {
            let r = r.as_str();
            sqlx::query!(
                "UPDATE memberships SET role = $1 WHERE organisation_id = $2 AND user_id = $3",
                r,
                org_id,
                member_id
            )
            .execute(&mut *tx)
            .await?;
        }
        None => {
            sqlx::query!(
                "DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2",
                org_id,
                member_id
            )
            .execute(&mut *tx)
            .await?;
            sqlx::query!(
                "DELETE FROM cohort_members WHERE user_id = $1
                 AND cohort_id IN (SELECT id FROM cohorts WHERE organisation_id = $2)",
                member_id,
                org_id
            )
            .execute(&mut *tx)
            .await?;
        }
    }
    let t = now();
    sqlx::query!(
        "INSERT INTO user_roles (user_id, role, granted_at)
         SELECT $1, 'org_admin', $2 WHERE EXISTS (SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'admin')
         ON CONFLICT DO NOTHING",
        member_id,
        t
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "DELETE FROM user_roles WHERE user_id = $1 AND role = 'org_admin'
         AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'admin')",
        member_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(org_id, member_id, role = ?becomes, "membership changed");
    Ok(())
}

/// One of the organisation's people, for its administrators: their record and every module of
/// every programme with when they completed it. Anyone not in the organisation is "not found".
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn person(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    person_id: i64,
    lang: Lang,
) -> Result<model::wire::OrgPersonView, AppError> {
    let org_name = administered(pool, user, org_id).await?;
    let record = member_records(pool, org_id, People::One(person_id), lang)
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let done: HashMap<(String, String), i64> = sqlx::query!(
        r#"SELECT v.course_id AS "course_id!", mc.module_id AS "module_id!", MIN(mc.completed_at) AS "at!: i64"
           FROM module_completions mc JOIN course_versions v ON v.id = mc.course_version_id
           WHERE mc.user_id = $1 GROUP BY v.course_id, mc.module_id"#,
        person_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| ((r.course_id, r.module_id), r.at))
    .collect();
    let mut modules = Vec::new();
    for m in super::org_figures::newest(pool).await? {
        let course_title = super::learning::text(&m.title, lang, m.default_language).0;
        for module in &m.modules {
            modules.push(model::wire::PersonModule {
                course_title: course_title.clone(),
                module_id: module.id.clone(),
                module_title: super::learning::text(&module.title, lang, m.default_language).0,
                completed_at: done.get(&(m.id.clone(), module.id.clone())).copied(),
            });
        }
    }
    Ok(model::wire::OrgPersonView {
        org_id,
        org_name,
        record,
        modules,
    })
}

/// Every organisation the person belongs to, each with exactly what it sees about them.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn mine(
    pool: &Pool,
    user: &SessionUser,
    lang: Lang,
) -> Result<Vec<MyOrganisation>, AppError> {
    let orgs = sqlx::query!(
        r#"SELECT o.id AS "id!", o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
           WHERE m.user_id = $1 ORDER BY o.name"#,
        user.id
    )
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(orgs.len());
    for org in orgs {
        if let Some(record) = member_records(pool, org.id, People::One(user.id), lang)
            .await?
            .pop()
        {
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

    #[test]
    fn a_file_is_named_after_its_organisation_in_plain_letters() {
        use super::file_slug;
        assert_eq!(
            file_slug("Bodø kommune", "people"),
            "bod-kommune-people.csv"
        );
        assert_eq!(file_slug("  Å/Ø  ", "modules"), "organisation-modules.csv");
        assert_eq!(
            file_slug("Region 3 -- Nord", "weeks"),
            "region-3-nord-weeks.csv"
        );
    }
}
