//! Path analytics for authors: per case version, how many learners took each choice, where runs
//! end, and where unfinished runs stand.

use super::cases::load_case;
use super::learning::text;
use crate::db::Pool;
use model::domain::case::validate::layout;
use model::domain::case::NodeNext;
use model::domain::Lang;
use model::error::AppError;
use model::wire::{AnalyticsEdge, AnalyticsNode, CaseAnalytics, Role, SessionUser};
use std::collections::HashMap;

/// Analytics of `case_id` in the newest published version of `course_id` that has it. Authors
/// and platform administrators only.
#[tracing::instrument(skip(pool, user))]
pub async fn case_analytics(
    pool: &Pool,
    user: &SessionUser,
    course_id: &str,
    case_id: &str,
    lang: Lang,
) -> Result<CaseAnalytics, AppError> {
    if !user
        .roles
        .iter()
        .any(|r| matches!(r, Role::Author | Role::PlatformAdmin))
    {
        return Err(AppError::Forbidden);
    }
    let version = sqlx::query!(
        r#"SELECT v.id AS "id!", v.version_no, v.manifest FROM course_versions v
           JOIN cases c ON c.course_version_id = v.id
           WHERE v.course_id = $1 AND c.case_id = $2 ORDER BY v.version_no DESC LIMIT 1"#,
        course_id,
        case_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let manifest = super::catalogue::parse_manifest(&version.manifest)?;
    let default = manifest.default_language;
    let case = load_case(pool, version.id, case_id).await?;

    let choices: HashMap<(String, String), u32> = sqlx::query!(
        r#"SELECT d.node_id, d.choice_id, COUNT(*) AS "n!: i64" FROM case_decisions d
           JOIN case_runs r ON r.id = d.run_id
           WHERE r.course_version_id = $1 AND r.case_id = $2
           GROUP BY d.node_id, d.choice_id"#,
        version.id,
        case_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| ((r.node_id, r.choice_id), r.n as u32))
    .collect();
    let standing = sqlx::query!(
        r#"SELECT node_id, finished_at IS NOT NULL AS "finished!: bool", COUNT(*) AS "n!: i64"
           FROM case_runs WHERE course_version_id = $1 AND case_id = $2
           GROUP BY node_id, finished_at IS NOT NULL"#,
        version.id,
        case_id
    )
    .fetch_all(pool)
    .await?;
    let mut ended: HashMap<String, u32> = HashMap::new();
    let mut waiting: HashMap<String, u32> = HashMap::new();
    for r in standing {
        let map = if r.finished { &mut ended } else { &mut waiting };
        *map.entry(r.node_id).or_default() += r.n as u32;
    }

    let taken = |node: &str, choice: &str| {
        choices
            .get(&(node.to_string(), choice.to_string()))
            .copied()
            .unwrap_or(0)
    };
    let (title, lang) = text(&case.title, lang, default);
    let places = layout(&case);
    let mut nodes = Vec::with_capacity(case.nodes.len());
    let mut edges = Vec::new();
    for n in &case.nodes {
        let (depth, row) = places.get(&n.id).copied().unwrap_or((0, 0));
        let (outcome, count) = match &n.next {
            NodeNext::Ending(e) => (
                Some(e.outcome.code().to_string()),
                ended.get(&n.id).copied().unwrap_or(0),
            ),
            NodeNext::Choices(cs) => (None, cs.iter().map(|c| taken(&n.id, &c.id)).sum()),
            NodeNext::Routes(_) => (None, 0),
        };
        match &n.next {
            NodeNext::Choices(cs) => edges.extend(cs.iter().map(|c| AnalyticsEdge {
                from: n.id.clone(),
                to: c.next.clone(),
                choice: Some(c.id.clone()),
                text: text(&c.text, lang, default).0,
                expert: c.expert,
                count: Some(taken(&n.id, &c.id)),
            })),
            NodeNext::Routes(rs) => edges.extend(rs.iter().map(|r| AnalyticsEdge {
                from: n.id.clone(),
                to: r.next.clone(),
                choice: None,
                text: String::new(),
                expert: false,
                count: None,
            })),
            NodeNext::Ending(_) => {}
        }
        nodes.push(AnalyticsNode {
            id: n.id.clone(),
            actor: n.actor.code().to_string(),
            outcome,
            depth,
            row,
            count,
            waiting: waiting.get(&n.id).copied().unwrap_or(0),
        });
    }
    let runs = ended.values().sum::<u32>() + waiting.values().sum::<u32>();
    Ok(CaseAnalytics {
        course_id: course_id.to_string(),
        case_id: case_id.to_string(),
        title,
        lang,
        version_no: version.version_no,
        runs,
        finished: ended.values().sum(),
        nodes,
        edges,
    })
}
