//! Item statistics for authors: per quiz and published version, from graded attempts.

use super::learning::text;
use super::quizzes::{corrupt, load_bank, load_quiz};
use crate::db::Pool;
use model::domain::quiz::{item_stats, GradedAttempt, ItemKind, Placed, Response, FULL};
use model::domain::Lang;
use model::error::AppError;
use model::wire::{ItemStatRow, QuizStatistics, Role, SessionUser};
use std::collections::BTreeMap;

/// Statistics for `quiz_id` in the newest published version of `course_id`. Authors and platform
/// administrators only.
#[tracing::instrument(skip(pool, user))]
pub async fn quiz_statistics(
    pool: &Pool,
    user: &SessionUser,
    course_id: &str,
    quiz_id: &str,
    lang: Lang,
) -> Result<QuizStatistics, AppError> {
    if !user
        .roles
        .iter()
        .any(|r| matches!(r, Role::Author | Role::PlatformAdmin))
    {
        return Err(AppError::Forbidden);
    }
    let version = sqlx::query!(
        r#"SELECT v.id AS "id!", v.version_no, v.manifest FROM course_versions v JOIN quizzes q ON q.course_version_id = v.id
           WHERE v.course_id = $1 AND q.quiz_id = $2 ORDER BY v.version_no DESC LIMIT 1"#,
        course_id,
        quiz_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let manifest = super::catalogue::parse_manifest(&version.manifest)?;
    let default = manifest.default_language;
    let quiz = load_quiz(pool, version.id, quiz_id).await?;
    let bank = load_bank(pool, version.id).await?;

    let attempts = sqlx::query!(
        r#"SELECT id AS "id!", placed, started_at, submitted_at AS "submitted_at!", percent AS "percent!"
           FROM quiz_attempts WHERE course_version_id = $1 AND quiz_id = $2 AND submitted_at IS NOT NULL"#,
        version.id,
        quiz_id
    )
    .fetch_all(pool)
    .await?;
    let answers = sqlx::query!(
        r#"SELECT a.attempt_id, a.item_id, a.response, a.credit FROM quiz_answers a
           JOIN quiz_attempts t ON t.id = a.attempt_id
           WHERE t.course_version_id = $1 AND t.quiz_id = $2 AND t.submitted_at IS NOT NULL"#,
        version.id,
        quiz_id
    )
    .fetch_all(pool)
    .await?;
    let mut credits: BTreeMap<(i64, String), f64> = BTreeMap::new();
    let mut chosen: BTreeMap<(String, String), u32> = BTreeMap::new();
    for a in &answers {
        credits.insert(
            (a.attempt_id, a.item_id.clone()),
            a.credit.unwrap_or(0) as f64 / f64::from(FULL),
        );
        match serde_json::from_str::<Response>(&a.response).map_err(corrupt)? {
            Response::Choice(c) => *chosen.entry((a.item_id.clone(), c)).or_default() += 1,
            Response::Choices(cs) => {
                for c in cs {
                    *chosen.entry((a.item_id.clone(), c)).or_default() += 1;
                }
            }
            _ => {}
        }
    }
    let mut graded = Vec::with_capacity(attempts.len());
    for a in &attempts {
        let placed: Vec<Placed> = serde_json::from_str(&a.placed).map_err(corrupt)?;
        graded.push(GradedAttempt {
            items: placed
                .iter()
                .filter_map(|p| {
                    let points = bank.get(&p.item_id)?.points;
                    let credit = credits
                        .get(&(a.id, p.item_id.clone()))
                        .copied()
                        .unwrap_or(0.0);
                    Some((p.item_id.clone(), (credit, points)))
                })
                .collect(),
        });
    }
    let n = attempts.len().max(1) as f64;
    let items = item_stats(&graded)
        .into_iter()
        .filter_map(|s| {
            let item = bank.get(&s.item_id)?;
            let options = match &item.kind {
                ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options, .. } => {
                    options
                        .iter()
                        .map(|o| {
                            let count = chosen
                                .get(&(item.id.clone(), o.id.clone()))
                                .copied()
                                .unwrap_or(0);
                            (text(&o.text, lang, default).0, o.correct, count)
                        })
                        .collect()
                }
                _ => Vec::new(),
            };
            Some(ItemStatRow {
                item_id: s.item_id,
                prompt: text(&item.prompt, lang, default).0,
                attempts: s.attempts,
                facility: s.facility,
                discrimination: s.discrimination,
                options,
            })
        })
        .collect();
    Ok(QuizStatistics {
        course_id: course_id.to_string(),
        quiz_id: quiz_id.to_string(),
        title: text(&quiz.title, lang, default).0,
        version_no: version.version_no,
        attempts: attempts.len() as u32,
        mean_percent: attempts.iter().map(|a| a.percent as f64).sum::<f64>() / n,
        mean_seconds: attempts
            .iter()
            .map(|a| (a.submitted_at - a.started_at) as f64)
            .sum::<f64>()
            / n,
        items,
    })
}
