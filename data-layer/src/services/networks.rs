//! Learning networks: several organisations that train coordinators together. A platform
//! administrator makes a network and adds organisations to it. An administrator of a member
//! organisation sees the network's figures, per organisation and per module: counts only, never
//! another organisation's people (their names, addresses or records). Anyone else gets "not
//! found".

use super::org_figures::module_completion;
use crate::db::Pool;
use crate::now;
use model::domain::organisation::{OrgKind, OrgName};
use model::domain::Lang;
use model::error::AppError;
use model::wire::{
    ModuleFigure, NetworkCard, NetworkOrg, NetworkView, NetworksView, OrgCard, Role, SessionUser,
};
use std::collections::HashMap;

fn is_platform_admin(user: &SessionUser) -> bool {
    user.roles.contains(&Role::PlatformAdmin)
}

/// Creates a network (platform administrators only). Its name follows an organisation's rules.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn create(pool: &Pool, user: &SessionUser, name: &str) -> Result<i64, AppError> {
    if !is_platform_admin(user) {
        return Err(AppError::Forbidden);
    }
    let name = OrgName::parse(name).map_err(|key| AppError::field("name", key))?;
    let (name, t) = (name.as_str(), now());
    let inserted = sqlx::query_scalar!(
        r#"INSERT INTO networks (name, created_at) VALUES ($1, $2) RETURNING id AS "id!""#,
        name,
        t
    )
    .fetch_one(pool)
    .await;
    match inserted {
        Ok(id) => Ok(id),
        Err(e) if crate::db::is_unique_violation(&e) => {
            Err(AppError::field("name", "error-network-name-taken"))
        }
        Err(e) => Err(e.into()),
    }
}

/// The networks `user` may see: every one for a platform administrator, else those of the
/// organisations they administer.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn list(pool: &Pool, user: &SessionUser) -> Result<NetworksView, AppError> {
    let all = is_platform_admin(user);
    let networks = sqlx::query!(
        r#"SELECT n.id AS "id!", n.name,
                  (SELECT COUNT(*) FROM network_members x WHERE x.network_id = n.id) AS "organisations!: i64"
           FROM networks n
           WHERE $1 OR EXISTS (SELECT 1 FROM network_members x JOIN memberships m ON m.organisation_id = x.organisation_id
                               WHERE x.network_id = n.id AND m.user_id = $2 AND m.role = 'admin')
           ORDER BY n.name"#,
        all,
        user.id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| NetworkCard {
        id: r.id,
        name: r.name,
        organisations: r.organisations,
    })
    .collect();
    Ok(NetworksView {
        networks,
        can_create: all,
    })
}

/// The network's name, if `user` may see it; "not found" otherwise, whether or not it exists.
/// Also which member organisations `user` administers.
async fn visible(
    pool: &Pool,
    user: &SessionUser,
    network_id: i64,
) -> Result<(String, Vec<i64>), AppError> {
    let name = sqlx::query_scalar!("SELECT name FROM networks WHERE id = $1", network_id)
        .fetch_optional(pool)
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = sqlx::query_scalar!(
        r#"SELECT x.organisation_id AS "id!" FROM network_members x
           JOIN memberships m ON m.organisation_id = x.organisation_id
           WHERE x.network_id = $1 AND m.user_id = $2 AND m.role = 'admin'"#,
        network_id,
        user.id
    )
    .fetch_all(pool)
    .await?;
    if mine.is_empty() && !is_platform_admin(user) {
        return Err(AppError::NotFound);
    }
    Ok((name, mine))
}

/// The network's page: its organisations with their figures, totals, and completion per module
/// across the network.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn view(
    pool: &Pool,
    user: &SessionUser,
    network_id: i64,
    lang: Lang,
) -> Result<NetworkView, AppError> {
    let (name, mine) = visible(pool, user, network_id).await?;
    let t = now();
    let rows = sqlx::query!(
        r#"SELECT o.id AS "id!", o.name, o.kind,
             (SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id
              WHERE m.organisation_id = o.id AND u.deleted_at IS NULL) AS "people!: i64",
             (SELECT COUNT(*) FROM lesson_completions c JOIN memberships m ON m.user_id = c.user_id
              WHERE m.organisation_id = o.id) AS "lessons!: i64",
             (SELECT COUNT(*) FROM module_completions c JOIN memberships m ON m.user_id = c.user_id
              WHERE m.organisation_id = o.id) AS "modules!: i64",
             (SELECT COUNT(DISTINCT c.user_id) FROM certificates c JOIN memberships m ON m.user_id = c.user_id
              JOIN users u ON u.id = c.user_id
              WHERE m.organisation_id = o.id AND c.status = 'valid' AND c.expires_at > $2
                AND u.deleted_at IS NULL) AS "certified!: i64"
           FROM network_members x JOIN organisations o ON o.id = x.organisation_id
           WHERE x.network_id = $1 ORDER BY o.name"#,
        network_id,
        t
    )
    .fetch_all(pool)
    .await?;
    // In the programmes' own order (the order the first organisation's figures come in).
    let mut modules: Vec<ModuleFigure> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let mut organisations = Vec::with_capacity(rows.len());
    for r in rows {
        for m in module_completion(pool, r.id, lang).await? {
            let key = (m.course_id.clone(), m.module_id.clone());
            let at = *index.entry(key).or_insert_with(|| {
                modules.push(ModuleFigure {
                    completed: 0,
                    members: 0,
                    ..m.clone()
                });
                modules.len() - 1
            });
            modules[at].completed += m.completed;
            modules[at].members += m.members;
        }
        organisations.push(NetworkOrg {
            id: r.id,
            name: r.name,
            kind: OrgKind::parse(&r.kind).unwrap_or(OrgKind::Employer),
            people: r.people,
            lessons: r.lessons,
            modules: r.modules,
            certified: r.certified,
            mine: mine.contains(&r.id),
        });
    }
    let candidates = if is_platform_admin(user) {
        sqlx::query!(
            r#"SELECT o.id AS "id!", o.name, o.kind FROM organisations o
               WHERE NOT EXISTS (SELECT 1 FROM network_members x WHERE x.network_id = $1 AND x.organisation_id = o.id)
               ORDER BY o.name"#,
            network_id
        )
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| OrgCard {
            id: r.id,
            name: r.name,
            kind: OrgKind::parse(&r.kind).unwrap_or(OrgKind::Employer),
            members: 0,
        })
        .collect()
    } else {
        Vec::new()
    };
    Ok(NetworkView {
        id: network_id,
        name,
        organisations,
        modules,
        candidates,
        can_manage: is_platform_admin(user),
    })
}

/// Adds an organisation to the network, or with `join == false` takes it out (platform
/// administrators only).
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn set_member(
    pool: &Pool,
    user: &SessionUser,
    network_id: i64,
    org_id: i64,
    join: bool,
) -> Result<(), AppError> {
    if !is_platform_admin(user) {
        return Err(AppError::Forbidden);
    }
    let known = sqlx::query_scalar!(
        r#"SELECT (SELECT COUNT(*) FROM networks WHERE id = $1) + (SELECT COUNT(*) FROM organisations WHERE id = $2) AS "n!: i64""#,
        network_id,
        org_id
    )
    .fetch_one(pool)
    .await?;
    if known != 2 {
        return Err(AppError::NotFound);
    }
    let t = now();
    if join {
        sqlx::query!(
            "INSERT INTO network_members (network_id, organisation_id, joined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            network_id,
            org_id,
            t
        )
        .execute(pool)
        .await?;
    } else {
        sqlx::query!(
            "DELETE FROM network_members WHERE network_id = $1 AND organisation_id = $2",
            network_id,
            org_id
        )
        .execute(pool)
        .await?;
    }
    Ok(())
}
