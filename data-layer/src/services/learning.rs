//! A learner's way through a programme: enrolment (pinned to a version), the overview with
//! progress, reading lessons and marking them complete.

use super::catalogue::parse_manifest;
use crate::db::Pool;
use crate::now;
use model::domain::content::{pick, Manifest, PublishedLessonText};
use model::domain::progress::{percent, resume_point};
use model::domain::Lang;
use model::error::AppError;
use model::wire::{
    CaseRow, LessonLink, LessonPage, LessonRow, ModuleProgress, ProgrammeOverview, QuizRow,
    SourceRef,
};
use std::collections::{BTreeMap, HashSet};

pub(crate) struct Enrolment {
    pub(crate) version_id: i64,
    version_no: i64,
    pub(crate) manifest: Manifest,
    last_lesson_id: Option<String>,
}

/// The learner's enrolment in `course_id`, created on first use and pinned to the newest
/// version at that moment.
pub(crate) async fn enrolment(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
) -> Result<Enrolment, AppError> {
    for _ in 0..2 {
        if let Some(row) = sqlx::query!(
            r#"SELECT e.course_version_id, v.version_no, v.manifest, e.last_lesson_id
               FROM enrolments e JOIN course_versions v ON v.id = e.course_version_id
               WHERE e.user_id = $1 AND e.course_id = $2"#,
            user_id,
            course_id
        )
        .fetch_optional(pool)
        .await?
        {
            return Ok(Enrolment {
                version_id: row.course_version_id,
                version_no: row.version_no,
                manifest: parse_manifest(&row.manifest)?,
                last_lesson_id: row.last_lesson_id,
            });
        }
        let latest = sqlx::query_scalar!(
            r#"SELECT id AS "id!" FROM course_versions v
               WHERE course_id = $1
                 AND NOT EXISTS (SELECT 1 FROM course_version_withdrawals w WHERE w.course_version_id = v.id)
               ORDER BY version_no DESC LIMIT 1"#,
            course_id
        )
        .fetch_optional(pool)
        .await?
        .ok_or(AppError::NotFound)?;
        let t = now();
        // Two first visits at once: one insert wins, both then read the same row.
        sqlx::query!(
            "INSERT INTO enrolments (user_id, course_id, course_version_id, started_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            user_id,
            course_id,
            latest,
            t
        )
        .execute(pool)
        .await?;
    }
    Err(AppError::Internal)
}

async fn completed_lessons(
    pool: &Pool,
    user_id: i64,
    version_id: i64,
) -> Result<HashSet<String>, AppError> {
    Ok(sqlx::query_scalar!(
        "SELECT lesson_id FROM lesson_completions
         WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2)",
        user_id,
        version_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .collect())
}

fn outline(manifest: &Manifest) -> Vec<(String, Vec<String>)> {
    manifest
        .modules
        .iter()
        .map(|m| {
            (
                m.id.clone(),
                m.lessons.iter().map(|l| l.id.clone()).collect(),
            )
        })
        .collect()
}

fn lesson_title(manifest: &Manifest, lesson_id: &str, lang: Lang) -> Option<String> {
    manifest
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .find(|l| l.id == lesson_id)
        .and_then(|l| pick(&l.title, lang, manifest.default_language))
        .map(|(t, _)| t.clone())
}

fn link(manifest: &Manifest, lesson_id: &str, lang: Lang) -> Option<LessonLink> {
    lesson_title(manifest, lesson_id, lang).map(|title| LessonLink {
        id: lesson_id.to_string(),
        title,
    })
}

/// Per case: the best score of a finished run and whether a run is unfinished.
async fn case_results(
    pool: &Pool,
    user_id: i64,
    version_id: i64,
) -> Result<std::collections::HashMap<String, (Option<u8>, bool)>, AppError> {
    let rows = sqlx::query!(
        r#"SELECT case_id AS "case_id!", MAX(score) AS "best: i64",
                  MAX(CASE WHEN finished_at IS NULL THEN CAST(1 AS BIGINT) ELSE 0 END) AS "open!: i64"
           FROM case_runs WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2)
           GROUP BY case_id"#,
        user_id,
        version_id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.case_id,
                (r.best.map(|b| b.clamp(0, 100) as u8), r.open == 1),
            )
        })
        .collect())
}

/// Per quiz: the best percent so far and whether any attempt passed.
async fn quiz_results(
    pool: &Pool,
    user_id: i64,
    version_id: i64,
) -> Result<std::collections::HashMap<String, (Option<u8>, bool)>, AppError> {
    let rows = sqlx::query!(
        r#"SELECT quiz_id AS "quiz_id!", MAX(percent) AS "best: i64", MAX(passed) AS "passed: i64"
           FROM quiz_attempts WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2)
             AND submitted_at IS NOT NULL
           GROUP BY quiz_id"#,
        user_id,
        version_id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.quiz_id,
                (r.best.map(|b| b.clamp(0, 100) as u8), r.passed == Some(1)),
            )
        })
        .collect())
}

pub(crate) fn text(map: &BTreeMap<Lang, String>, lang: Lang, default: Lang) -> (String, Lang) {
    pick(map, lang, default)
        .map(|(t, l)| (t.clone(), l))
        .unwrap_or((String::new(), default))
}

/// The programme overview with the learner's progress.
#[tracing::instrument(skip(pool))]
pub async fn overview(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
    lang: Lang,
) -> Result<ProgrammeOverview, AppError> {
    let e = enrolment(pool, user_id, course_id).await?;
    let done = completed_lessons(pool, user_id, e.version_id).await?;
    let results = quiz_results(pool, user_id, e.version_id).await?;
    let cases = case_results(pool, user_id, e.version_id).await?;
    let m = &e.manifest;
    let default = m.default_language;
    let modules: Vec<ModuleProgress> = m
        .modules
        .iter()
        .enumerate()
        .map(|(i, module)| {
            let (title, module_lang) = text(&module.title, lang, default);
            let lessons: Vec<LessonRow> = module
                .lessons
                .iter()
                .map(|l| {
                    let (title, lang) = text(&l.title, lang, default);
                    LessonRow {
                        id: l.id.clone(),
                        title,
                        lang,
                        minutes: l.minutes,
                        completed: done.contains(&l.id),
                    }
                })
                .collect();
            ModuleProgress {
                id: module.id.clone(),
                number: i as u32 + 1,
                title,
                summary: text(&module.summary, module_lang, default).0,
                lang: module_lang,
                minutes: lessons.iter().map(|l| l.minutes).sum(),
                done: lessons.iter().filter(|l| l.completed).count() as u32,
                total: lessons.len() as u32,
                lessons,
                quizzes: module
                    .quizzes
                    .iter()
                    .map(|q| {
                        let (title, lang) = text(&q.title, lang, default);
                        let (best, passed) = results.get(&q.id).copied().unwrap_or((None, false));
                        QuizRow {
                            id: q.id.clone(),
                            title,
                            lang,
                            passed,
                            best_percent: best,
                        }
                    })
                    .collect(),
                cases: module
                    .cases
                    .iter()
                    .map(|c| {
                        let (title, lang) = text(&c.title, lang, default);
                        let (best, open) = cases.get(&c.id).copied().unwrap_or((None, false));
                        CaseRow {
                            id: c.id.clone(),
                            title,
                            lang,
                            minutes: c.minutes,
                            best_score: best,
                            in_progress: open,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let total: u32 = modules.iter().map(|m| m.total).sum();
    let done_count: u32 = modules.iter().map(|m| m.done).sum();
    let resume = resume_point(&outline(m), &done, e.last_lesson_id.as_deref())
        .and_then(|id| link(m, &id, lang));
    let moved_from = sqlx::query_scalar!(
        r#"SELECT v.version_no FROM enrolment_moves m JOIN course_versions v ON v.id = m.from_version_id
           WHERE m.user_id = $1 AND m.to_version_id = $2 ORDER BY m.moved_at DESC LIMIT 1"#,
        user_id,
        e.version_id
    )
    .fetch_optional(pool)
    .await?;
    let (title, title_lang) = text(&m.title, lang, default);
    Ok(ProgrammeOverview {
        course_id: m.id.clone(),
        title,
        summary: text(&m.summary, title_lang, default).0,
        lang: title_lang,
        version_no: e.version_no,
        minutes: modules.iter().map(|m| m.minutes).sum(),
        done: done_count,
        total,
        percent: percent(done_count as usize, total as usize),
        resume,
        started: e.last_lesson_id.is_some() || done_count > 0,
        moved_from,
        modules,
    })
}

/// One lesson for reading. Opening it is remembered as the place to resume.
#[tracing::instrument(skip(pool))]
pub async fn lesson_page(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
    lesson_id: &str,
    lang: Lang,
) -> Result<LessonPage, AppError> {
    let e = enrolment(pool, user_id, course_id).await?;
    let row = sqlx::query!(
        "SELECT module_id, position, minutes, content FROM lessons WHERE course_version_id = $1 AND lesson_id = $2",
        e.version_id,
        lesson_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let texts: BTreeMap<Lang, PublishedLessonText> =
        serde_json::from_str(&row.content).map_err(|err| {
            tracing::error!(error = %err, "stored lesson content is unreadable");
            AppError::Internal
        })?;
    let m = &e.manifest;
    let (content, content_lang) =
        pick(&texts, lang, m.default_language).ok_or(AppError::Internal)?;

    let order: Vec<&str> = m
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(|l| l.id.as_str()))
        .collect();
    let index = order
        .iter()
        .position(|id| *id == lesson_id)
        .unwrap_or(row.position as usize);
    let (module_index, module) = m
        .modules
        .iter()
        .enumerate()
        .find(|(_, module)| module.id == row.module_id)
        .ok_or(AppError::Internal)?;
    let completed = sqlx::query_scalar!(
        r#"SELECT CAST(1 AS BIGINT) AS "one!: i64" FROM lesson_completions
           WHERE user_id = $1 AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $2) AND lesson_id = $3"#,
        user_id,
        e.version_id,
        lesson_id
    )
    .fetch_optional(pool)
    .await?
    .is_some();

    let t = now();
    sqlx::query!(
        "UPDATE enrolments SET last_lesson_id = $1, last_seen_at = $2 WHERE user_id = $3 AND course_id = $4",
        lesson_id,
        t,
        user_id,
        course_id
    )
    .execute(pool)
    .await?;

    Ok(LessonPage {
        course_id: m.id.clone(),
        course_title: text(&m.title, lang, m.default_language).0,
        module_title: text(&module.title, lang, m.default_language).0,
        module_number: module_index as u32 + 1,
        id: lesson_id.to_string(),
        title: content.title.clone(),
        lang: content_lang,
        fallback: content_lang != lang,
        minutes: row.minutes as u32,
        objectives: content.objectives.clone(),
        sources: content
            .sources
            .iter()
            .map(|s| SourceRef {
                title: s.title.clone(),
                url: s.url.clone(),
            })
            .collect(),
        html: content.html.clone(),
        completed,
        position: index as u32 + 1,
        count: order.len() as u32,
        prev: index
            .checked_sub(1)
            .and_then(|i| order.get(i))
            .and_then(|id| link(m, id, lang)),
        next: order.get(index + 1).and_then(|id| link(m, id, lang)),
    })
}

/// Marks a lesson complete in the learner's version. Doing it twice is the same as once.
#[tracing::instrument(skip(pool))]
pub async fn complete_lesson(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
    lesson_id: &str,
) -> Result<(), AppError> {
    let e = enrolment(pool, user_id, course_id).await?;
    let t = now();
    // The completion and any certificate it earns are written together.
    let mut tx = pool.begin().await?;
    let inserted = sqlx::query!(
        r#"INSERT INTO lesson_completions (user_id, course_version_id, lesson_id, completed_at)
           SELECT $1, $2, lesson_id, $3 FROM lessons l WHERE l.course_version_id = $4 AND l.lesson_id = $5
             AND NOT EXISTS (SELECT 1 FROM lesson_completions c WHERE c.user_id = $6 AND c.lesson_id = l.lesson_id
                             AND c.course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $7))
           ON CONFLICT DO NOTHING"#,
        user_id,
        e.version_id,
        t,
        e.version_id,
        lesson_id,
        user_id,
        e.version_id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        let exists = sqlx::query_scalar!(
            r#"SELECT CAST(1 AS BIGINT) AS "one!: i64" FROM lessons WHERE course_version_id = $1 AND lesson_id = $2"#,
            e.version_id,
            lesson_id
        )
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if !exists {
            return Err(AppError::NotFound);
        }
    } else {
        crate::xapi::lesson_completed(&mut tx, user_id, e.version_id, lesson_id).await?;
        let target = format!("/courses/{course_id}/lessons/{lesson_id}");
        crate::lti::queue_score(&mut tx, user_id, &target, 1.0, 1.0).await?;
        super::certification::certify(&mut tx, user_id, e.version_id).await?;
    }
    sqlx::query!(
        "UPDATE enrolments SET last_lesson_id = $1, last_seen_at = $2 WHERE user_id = $3 AND course_id = $4",
        lesson_id,
        t,
        user_id,
        course_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
