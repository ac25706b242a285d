//! Cohorts, for an organisation's administrators: a group of its people who take one programme by
//! a deadline. A person's progress is the modules of the programme's newest version they have
//! completed (on any version); where they stand follows from that and the deadline.

use super::learning::text;
use super::org_figures::newest;
use super::organisations::{administered, file_slug};
use crate::db::Pool;
use crate::now;
use model::domain::clock::{format_date, local_day};
use model::domain::cohort::{parse_deadline, parse_name, CohortState};
use model::domain::content::Manifest;
use model::domain::Lang;
use model::error::{AppError, FieldError};
use model::wire::{
    CohortCandidate, CohortMemberRow, CohortSummary, CohortView, MemberCohort, SessionUser,
};
use std::collections::{HashMap, HashSet};

/// Each course's newest modules and title.
struct Programmes(HashMap<String, Manifest>);

impl Programmes {
    async fn load(pool: &Pool) -> Result<Self, AppError> {
        Ok(Programmes(
            newest(pool)
                .await?
                .into_iter()
                .map(|m| (m.id.clone(), m))
                .collect(),
        ))
    }

    fn title(&self, course_id: &str, lang: Lang) -> String {
        self.0
            .get(course_id)
            .map(|m| text(&m.title, lang, m.default_language).0)
            .unwrap_or_else(|| course_id.to_string())
    }

    fn total(&self, course_id: &str) -> i64 {
        self.0.get(course_id).map_or(0, |m| m.modules.len() as i64)
    }

    fn counts(&self, course_id: &str, module_id: &str) -> bool {
        self.0
            .get(course_id)
            .is_some_and(|m| m.modules.iter().any(|x| x.id == module_id))
    }
}

/// How many of each course's current modules each of the organisation's people has completed
/// (`only`: one person), by (user, course).
async fn done_by_person(
    pool: &Pool,
    org_id: i64,
    cohort: Option<i64>,
    programmes: &Programmes,
) -> Result<HashMap<(i64, String), i64>, AppError> {
    // Only the people in the organisation's cohorts (or in `cohort`), and only their cohort's course.
    let rows = sqlx::query!(
        r#"SELECT DISTINCT mc.user_id, v.course_id, mc.module_id
           FROM cohorts c JOIN cohort_members cm ON cm.cohort_id = c.id
           JOIN module_completions mc ON mc.user_id = cm.user_id
           JOIN course_versions v ON v.id = mc.course_version_id AND v.course_id = c.course_id
           WHERE c.organisation_id = $1 AND (CAST($2 AS BIGINT) IS NULL OR c.id = $2)"#,
        org_id,
        cohort
    )
    .fetch_all(pool)
    .await?;
    Ok(count_done(
        rows.into_iter()
            .map(|r| (r.user_id, r.course_id, r.module_id)),
        programmes,
    ))
}

/// How many of each programme's modules (of its newest version) each person completed, from
/// `(person, course, module)` rows without repeats.
fn count_done(
    rows: impl Iterator<Item = (i64, String, String)>,
    programmes: &Programmes,
) -> HashMap<(i64, String), i64> {
    let mut out: HashMap<(i64, String), i64> = HashMap::new();
    for (user_id, course_id, module_id) in rows {
        if programmes.counts(&course_id, &module_id) {
            *out.entry((user_id, course_id)).or_default() += 1;
        }
    }
    out
}

struct Placement {
    cohort_id: i64,
    user_id: i64,
    name: String,
    email: String,
}

async fn placements(
    pool: &Pool,
    org_id: i64,
    cohort: Option<i64>,
) -> Result<Vec<Placement>, AppError> {
    Ok(sqlx::query!(
        r#"SELECT cm.cohort_id, u.id AS "user_id!", u.display_name, u.email
           FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id
           JOIN users u ON u.id = cm.user_id
           JOIN memberships m ON m.user_id = u.id AND m.organisation_id = c.organisation_id
           WHERE c.organisation_id = $1 AND (CAST($2 AS BIGINT) IS NULL OR c.id = $2)
             AND u.deleted_at IS NULL
           ORDER BY u.display_name COLLATE NOCASE, u.id"#,
        org_id,
        cohort
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| Placement {
        cohort_id: r.cohort_id,
        user_id: r.user_id,
        name: r.display_name,
        email: r.email,
    })
    .collect())
}

struct CohortRow {
    id: i64,
    name: String,
    course_id: String,
    deadline_day: i64,
}

async fn cohort_rows(
    pool: &Pool,
    org_id: i64,
    only: Option<i64>,
) -> Result<Vec<CohortRow>, AppError> {
    Ok(sqlx::query!(
        r#"SELECT id AS "id!", name, course_id, deadline_day FROM cohorts
           WHERE organisation_id = $1 AND (CAST($2 AS BIGINT) IS NULL OR id = $2)
           ORDER BY deadline_day, name COLLATE NOCASE"#,
        org_id,
        only
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| CohortRow {
        id: r.id,
        name: r.name,
        course_id: r.course_id,
        deadline_day: r.deadline_day,
    })
    .collect())
}

/// The organisation's cohorts with their figures.
pub async fn list(pool: &Pool, org_id: i64, lang: Lang) -> Result<Vec<CohortSummary>, AppError> {
    let programmes = Programmes::load(pool).await?;
    let done = done_by_person(pool, org_id, None, &programmes).await?;
    let people = placements(pool, org_id, None).await?;
    let today = local_day(now());
    Ok(cohort_rows(pool, org_id, None)
        .await?
        .into_iter()
        .map(|c| summary(&c, &people, &done, &programmes, today, lang))
        .collect())
}

fn summary(
    c: &CohortRow,
    people: &[Placement],
    done: &HashMap<(i64, String), i64>,
    programmes: &Programmes,
    today: i64,
    lang: Lang,
) -> CohortSummary {
    let total = programmes.total(&c.course_id);
    let mut s = CohortSummary {
        id: c.id,
        name: c.name.clone(),
        course_id: c.course_id.clone(),
        course_title: programmes.title(&c.course_id, lang),
        deadline_day: c.deadline_day,
        members: 0,
        done: 0,
        in_progress: 0,
        not_started: 0,
        overdue: 0,
    };
    for p in people.iter().filter(|p| p.cohort_id == c.id) {
        let d = done
            .get(&(p.user_id, c.course_id.clone()))
            .copied()
            .unwrap_or(0);
        s.members += 1;
        match CohortState::of(d, total, c.deadline_day, today) {
            CohortState::Done => s.done += 1,
            CohortState::InProgress => s.in_progress += 1,
            CohortState::NotStarted => s.not_started += 1,
            CohortState::Overdue => s.overdue += 1,
        }
    }
    s
}

/// The cohorts each person is in, as the organisation sees them (for the people's records):
/// `people` is their ids as one parameter (`db::id_list`). Each query starts from that list.
pub async fn of_person(
    pool: &Pool,
    org_id: i64,
    people: &crate::db::IdList,
    lang: Lang,
) -> Result<HashMap<i64, Vec<MemberCohort>>, AppError> {
    let placed = by_backend!(
        sqlite: sqlx::query!(
            r#"SELECT cm.cohort_id, cm.user_id AS "user_id!", c.name, c.course_id, c.deadline_day
               FROM json_each($2) j JOIN cohort_members cm ON cm.user_id = j.value
               JOIN cohorts c ON c.id = cm.cohort_id AND c.organisation_id = $1
               ORDER BY c.id"#,
            org_id,
            people
        ),
        postgres: sqlx::query!(
            r#"SELECT cm.cohort_id, cm.user_id AS "user_id!", c.name, c.course_id, c.deadline_day
               FROM unnest(CAST($2 AS BIGINT[])) AS j(value) JOIN cohort_members cm ON cm.user_id = j.value
               JOIN cohorts c ON c.id = cm.cohort_id AND c.organisation_id = $1
               ORDER BY c.id"#,
            org_id,
            people
        ),
    )
    .fetch_all(pool)
    .await?;
    if placed.is_empty() {
        return Ok(HashMap::new());
    }
    let programmes = Programmes::load(pool).await?;
    let rows = by_backend!(
        sqlite: sqlx::query!(
            r#"SELECT DISTINCT mc.user_id, v.course_id, mc.module_id
               FROM json_each($1) j JOIN module_completions mc ON mc.user_id = j.value
               JOIN course_versions v ON v.id = mc.course_version_id"#,
            people
        ),
        postgres: sqlx::query!(
            r#"SELECT DISTINCT mc.user_id, v.course_id, mc.module_id
               FROM unnest(CAST($1 AS BIGINT[])) AS j(value) JOIN module_completions mc ON mc.user_id = j.value
               JOIN course_versions v ON v.id = mc.course_version_id"#,
            people
        ),
    )
    .fetch_all(pool)
    .await?;
    let done = count_done(
        rows.into_iter()
            .map(|r| (r.user_id, r.course_id, r.module_id)),
        &programmes,
    );
    let today = local_day(now());
    let mut out: HashMap<i64, Vec<MemberCohort>> = HashMap::new();
    for p in placed {
        let total = programmes.total(&p.course_id);
        let d = done
            .get(&(p.user_id, p.course_id.clone()))
            .copied()
            .unwrap_or(0);
        out.entry(p.user_id).or_default().push(MemberCohort {
            name: p.name,
            course_title: programmes.title(&p.course_id, lang),
            deadline_day: p.deadline_day,
            done: d,
            total,
            state: CohortState::of(d, total, p.deadline_day, today),
        });
    }
    Ok(out)
}

/// Creates a cohort. Every problem is reported at once.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn create(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    name: &str,
    course_id: &str,
    deadline: &str,
) -> Result<i64, AppError> {
    administered(pool, user, org_id).await?;
    let mut errors = Vec::new();
    let mut error = |field: &str, key: &str| {
        errors.push(FieldError {
            field: field.into(),
            key: key.into(),
        })
    };
    let name = parse_name(name).map_err(|k| error("name", k));
    let deadline = parse_deadline(deadline, local_day(now())).map_err(|k| error("deadline", k));
    let programmes = Programmes::load(pool).await?;
    if !programmes.0.contains_key(course_id) {
        error("course_id", "error-cohort-course");
    }
    let (Ok(name), Ok(deadline)) = (name, deadline) else {
        return Err(AppError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let t = now();
    let inserted = sqlx::query_scalar!(
        r#"INSERT INTO cohorts (organisation_id, name, course_id, deadline_day, created_at)
           VALUES ($1, $2, $3, $4, $5) RETURNING id AS "id!""#,
        org_id,
        name,
        course_id,
        deadline,
        t
    )
    .fetch_one(pool)
    .await;
    match inserted {
        Ok(id) => Ok(id),
        Err(e) if crate::db::is_unique_violation(&e) => {
            Err(AppError::field("name", "error-cohort-name-taken"))
        }
        Err(e) => Err(e.into()),
    }
}

/// One cohort's page.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn view(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    cohort_id: i64,
    lang: Lang,
) -> Result<CohortView, AppError> {
    let org_name = administered(pool, user, org_id).await?;
    let c = cohort_rows(pool, org_id, Some(cohort_id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let programmes = Programmes::load(pool).await?;
    let done = done_by_person(pool, org_id, Some(cohort_id), &programmes).await?;
    let people = placements(pool, org_id, Some(cohort_id)).await?;
    let today = local_day(now());
    let total = programmes.total(&c.course_id);
    let inside: HashSet<i64> = people.iter().map(|p| p.user_id).collect();
    let members = people
        .iter()
        .map(|p| {
            let d = done
                .get(&(p.user_id, c.course_id.clone()))
                .copied()
                .unwrap_or(0);
            CohortMemberRow {
                user_id: p.user_id,
                name: p.name.clone(),
                email: p.email.clone(),
                done: d,
                total,
                state: CohortState::of(d, total, c.deadline_day, today),
            }
        })
        .collect();
    let candidates = sqlx::query!(
        r#"SELECT u.id AS "id!", u.display_name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.organisation_id = $1 AND u.deleted_at IS NULL
           ORDER BY u.display_name COLLATE NOCASE, u.id"#,
        org_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .filter(|r| !inside.contains(&r.id))
    .map(|r| CohortCandidate {
        user_id: r.id,
        name: r.display_name,
        email: r.email,
    })
    .collect();
    Ok(CohortView {
        org_id,
        org_name,
        cohort: summary(&c, &people, &done, &programmes, today, lang),
        members,
        candidates,
        today,
    })
}

/// Adds one of the organisation's people to the cohort, or with `None` everyone not in it yet.
/// Returns how many were added.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn add(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    cohort_id: i64,
    member: Option<i64>,
) -> Result<u64, AppError> {
    administered(pool, user, org_id).await?;
    cohort_rows(pool, org_id, Some(cohort_id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let t = now();
    let added = sqlx::query!(
        r#"INSERT INTO cohort_members (cohort_id, user_id, added_at)
           SELECT $1, m.user_id, $2 FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.organisation_id = $3 AND u.deleted_at IS NULL AND (CAST($4 AS BIGINT) IS NULL OR m.user_id = $4)
           ON CONFLICT DO NOTHING"#,
        cohort_id,
        t,
        org_id,
        member
    )
    .execute(pool)
    .await?
    .rows_affected();
    if member.is_some() && added == 0 {
        // Not one of the organisation's people (or already in): nothing to add.
        let inside = sqlx::query_scalar!(
            r#"SELECT CAST(1 AS BIGINT) AS "one!: i64" FROM cohort_members WHERE cohort_id = $1 AND user_id = $2"#,
            cohort_id,
            member
        )
        .fetch_optional(pool)
        .await?;
        if inside.is_none() {
            return Err(AppError::NotFound);
        }
    }
    Ok(added)
}

/// Takes one of the organisation's people out of the cohort (already out: nothing changes).
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn remove(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    cohort_id: i64,
    member: i64,
) -> Result<(), AppError> {
    administered(pool, user, org_id).await?;
    cohort_rows(pool, org_id, Some(cohort_id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    sqlx::query_scalar!(
        r#"SELECT CAST(1 AS BIGINT) AS "one!: i64" FROM memberships WHERE organisation_id = $1 AND user_id = $2"#,
        org_id,
        member
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    sqlx::query!(
        "DELETE FROM cohort_members WHERE user_id = $1 AND cohort_id = $2",
        member,
        cohort_id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// The cohorts table as CSV. Returns the file's name and bytes.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn list_csv(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    use model::domain::csv::row;
    let name = administered(pool, user, org_id).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        "cohort",
        "course_id",
        "course",
        "deadline",
        "members",
        "done",
        "in_progress",
        "not_started",
        "overdue",
    ]));
    for c in list(pool, org_id, lang).await? {
        out.push_str(&row(&[
            c.name,
            c.course_id,
            c.course_title,
            format_date(c.deadline_day * 86_400),
            c.members.to_string(),
            c.done.to_string(),
            c.in_progress.to_string(),
            c.not_started.to_string(),
            c.overdue.to_string(),
        ]));
    }
    Ok((file_slug(&name, "cohorts"), out.into_bytes()))
}

/// One cohort's people as CSV. Returns the file's name and bytes.
#[tracing::instrument(skip(pool, user), fields(user = user.id))]
pub async fn members_csv(
    pool: &Pool,
    user: &SessionUser,
    org_id: i64,
    cohort_id: i64,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    use model::domain::csv::row;
    let v = view(pool, user, org_id, cohort_id, lang).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        "name",
        "email",
        "modules_completed",
        "modules_total",
        "state",
        "deadline",
    ]));
    let deadline = format_date(v.cohort.deadline_day * 86_400);
    for m in v.members {
        out.push_str(&row(&[
            m.name,
            m.email,
            m.done.to_string(),
            m.total.to_string(),
            m.state.as_str().to_string(),
            deadline.clone(),
        ]));
    }
    let what = format!("cohort-{cohort_id}");
    Ok((file_slug(&v.org_name, &what), out.into_bytes()))
}
