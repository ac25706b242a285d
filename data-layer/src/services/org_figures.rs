//! The figures of an organisation's dashboard: how many of its people have completed each module
//! of each course, and how much they completed week by week. Only its own people count, and only
//! while their accounts exist. A module counts as completed on any version of its course; the
//! modules listed are those of each course's newest version.

use super::catalogue::parse_manifest;
use super::learning::text;
use super::organisations::{administered, file_slug};
use crate::db::Pool;
use crate::now;
use model::domain::content::Manifest;
use model::domain::Lang;
use model::error::AppError;
use model::wire::{ModuleFigure, SessionUser, WeekFigure};
use std::collections::HashMap;

/// How many weeks the "over time" figures go back, the current week included.
pub const WEEKS: i64 = 12;
const WEEK: i64 = 7 * 86_400;

/// Every module of every course with how many of the organisation's people completed it, out of
/// how many people it has.
pub async fn module_completion(
    pool: &Pool,
    org_id: i64,
    lang: Lang,
) -> Result<Vec<ModuleFigure>, AppError> {
    // Deleting an account removes its memberships and completions, so no deleted person counts.
    let members = sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!: i64" FROM memberships WHERE organisation_id = $1"#,
        org_id
    )
    .fetch_one(pool)
    .await?;
    // Kept by triggers as completions and memberships change (migration `org_figures`).
    let counts: HashMap<(String, String), i64> = sqlx::query!(
        "SELECT course_id, module_id, people FROM org_module_counts WHERE organisation_id = $1",
        org_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| ((r.course_id, r.module_id), r.people))
    .collect();
    let mut out = Vec::new();
    for manifest in newest(pool).await? {
        let default = manifest.default_language;
        let course_title = text(&manifest.title, lang, default).0;
        for module in &manifest.modules {
            let key = (manifest.id.clone(), module.id.clone());
            out.push(ModuleFigure {
                course_id: manifest.id.clone(),
                course_title: course_title.clone(),
                module_id: module.id.clone(),
                module_title: text(&module.title, lang, default).0,
                completed: counts.get(&key).copied().unwrap_or(0),
                members,
            });
        }
    }
    Ok(out)
}

/// The newest published version of each course, by course id.
pub(crate) async fn newest(pool: &Pool) -> Result<Vec<Manifest>, AppError> {
    sqlx::query_scalar!(
        r#"SELECT v.manifest FROM course_versions v
           WHERE v.version_no = (SELECT MAX(version_no) FROM course_versions w WHERE w.course_id = v.course_id)
           ORDER BY v.course_id"#
    )
    .fetch_all(pool)
    .await?
    .iter()
    .map(|m| parse_manifest(m))
    .collect()
}

/// Lessons and modules the organisation's people completed in each of the last [`WEEKS`] weeks
/// (weeks start on Monday, UTC), oldest first; weeks with nothing are there with zeros.
pub async fn over_time(pool: &Pool, org_id: i64) -> Result<Vec<WeekFigure>, AppError> {
    // 1970-01-01 was a Thursday: Monday-based weeks start 3 days later (or 4 earlier).
    let monday = |t: i64| (t - 4 * 86_400).div_euclid(WEEK) * WEEK + 4 * 86_400;
    let first = monday(now()) - (WEEKS - 1) * WEEK;
    let mut weeks: Vec<WeekFigure> = (0..WEEKS)
        .map(|i| WeekFigure {
            starts_at: first + i * WEEK,
            lessons: 0,
            modules: 0,
        })
        .collect();
    // Kept by triggers as completions and memberships change (migration `org_figures`).
    let counted = sqlx::query!(
        "SELECT week, lessons, modules FROM org_week_counts WHERE organisation_id = $1 AND week >= $2",
        org_id,
        first
    )
    .fetch_all(pool)
    .await?;
    for r in counted {
        if let Some(w) = usize::try_from((r.week - first) / WEEK)
            .ok()
            .and_then(|i| weeks.get_mut(i))
        {
            w.lessons = r.lessons;
            w.modules = r.modules;
        }
    }
    Ok(weeks)
}

/// The completion of each module as CSV (the dashboard's table). Returns the file's name and bytes.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn module_csv(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    use model::domain::csv::row;
    let name = administered(pool, user, org_id).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        "course_id",
        "course",
        "module_id",
        "module",
        "completed",
        "members",
    ]));
    for m in module_completion(pool, org_id, lang).await? {
        out.push_str(&row(&[
            m.course_id,
            m.course_title,
            m.module_id,
            m.module_title,
            m.completed.to_string(),
            m.members.to_string(),
        ]));
    }
    Ok((file_slug(&name, "modules"), out.into_bytes()))
}

/// The weekly figures as CSV. Returns the file's name and bytes.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn weeks_csv(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
) -> Result<(String, Vec<u8>), AppError> {
    use model::domain::clock::format_date;
    use model::domain::csv::row;
    let name = administered(pool, user, org_id).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        "week_starting",
        "lessons_completed",
        "modules_completed",
    ]));
    for w in over_time(pool, org_id).await? {
        out.push_str(&row(&[
            format_date(w.starts_at),
            w.lessons.to_string(),
            w.modules.to_string(),
        ]));
    }
    Ok((file_slug(&name, "weeks"), out.into_bytes()))
}
