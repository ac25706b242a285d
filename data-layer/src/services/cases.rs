//! Playing case simulations: the case page, starting (or resuming) a run, each decision saved with
//! the state before and after it, and the debrief against the expert path.

use super::learning::{enrolment, text};
use super::quizzes::corrupt;
use crate::db::Pool;
use crate::now;
use model::domain::case::packs::{self, PackVersion};
use model::domain::case::{self, engine, Case, ChoiceError, RunState, Value};
use model::domain::content::{render_markdown, Localized, Source};
use model::domain::Lang;
use model::error::AppError;
use model::wire::{
    CaseChoice, CaseDocument, CaseEnding, CaseEvent, CaseOverview, CasePlay, DebriefRow,
    ReasonedChoice, RunSummary, ShownValue, ShownVar, SourceRef, TimelineEntry,
};

pub(super) async fn load_case(
    pool: &Pool,
    version_id: i64,
    case_id: &str,
) -> Result<Case, AppError> {
    let json = sqlx::query_scalar!(
        "SELECT definition FROM cases WHERE course_version_id = $1 AND case_id = $2",
        version_id,
        case_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    serde_json::from_str(&json).map_err(corrupt)
}

/// The rules the case was checked against when it was published.
pub(super) fn pack_of(case: &Case) -> Result<&'static PackVersion, AppError> {
    packs::in_force(case.jurisdiction, &case.start_date)
        .ok_or_else(|| corrupt(format!("no rule pack for case {}", case.id)))
}

fn engine_error(e: ChoiceError) -> AppError {
    match e {
        ChoiceError::NotOffered => AppError::ChoiceUnavailable,
        ChoiceError::Unknown => AppError::BadRequest,
        ChoiceError::Ended => AppError::ChoiceUnavailable,
        ChoiceError::Loop => corrupt("a published case loops"),
    }
}

fn ending_of(state: &RunState) -> Option<CaseEnding> {
    state.ending.map(|e| CaseEnding {
        outcome: e.outcome.code().to_string(),
        score: e.score,
        week: engine::week_of(state.day),
    })
}

struct RunRow {
    id: i64,
    user_id: i64,
    course_version_id: i64,
    case_id: String,
    number: i64,
    steps: i64,
    state: String,
    started_at: i64,
    finished_at: Option<i64>,
}

impl RunRow {
    fn state(&self) -> Result<RunState, AppError> {
        serde_json::from_str(&self.state).map_err(corrupt)
    }
}

async fn runs(
    pool: &Pool,
    user_id: i64,
    version_id: i64,
    case_id: &str,
) -> Result<Vec<RunRow>, AppError> {
    Ok(sqlx::query_as!(
        RunRow,
        r#"SELECT id AS "id!", user_id, course_version_id, case_id, number, steps, state, started_at,
                  finished_at
           FROM case_runs WHERE user_id = $1 AND case_id = $2
             AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $3)
           ORDER BY number, id"#,
        user_id,
        case_id,
        version_id
    )
    .fetch_all(pool)
    .await?)
}

/// A run of this learner; someone else's run is "not found", never "forbidden".
async fn own_run(pool: &Pool, user_id: i64, run_id: i64) -> Result<RunRow, AppError> {
    sqlx::query_as!(
        RunRow,
        r#"SELECT id AS "id!", user_id, course_version_id, case_id, number, steps, state, started_at,
                  finished_at
           FROM case_runs WHERE id = $1"#,
        run_id
    )
    .fetch_optional(pool)
    .await?
    .filter(|r| r.user_id == user_id)
    .ok_or(AppError::NotFound)
}

/// The case's page for this learner.
#[tracing::instrument(skip(pool))]
pub async fn overview(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
    case_id: &str,
    lang: Lang,
) -> Result<CaseOverview, AppError> {
    let e = enrolment(pool, user_id, course_id).await?;
    let case = load_case(pool, e.version_id, case_id).await?;
    let rows = runs(pool, user_id, e.version_id, case_id).await?;
    let default = e.manifest.default_language;
    let (title, lang) = text(&case.title, lang, default);
    let mut summaries = Vec::with_capacity(rows.len());
    for r in &rows {
        let state = r.state()?;
        summaries.push(RunSummary {
            id: r.id,
            number: r.number as u32,
            started_at: r.started_at,
            decisions: r.steps as u32,
            ending: ending_of(&state),
        });
    }
    Ok(CaseOverview {
        course_id: course_id.to_string(),
        course_title: text(&e.manifest.title, lang, default).0,
        id: case.id.clone(),
        title,
        summary_html: render_markdown(&text(&case.summary, lang, default).0),
        lang,
        minutes: case.minutes,
        jurisdiction: match case.jurisdiction {
            case::Jurisdiction::No => "NO".into(),
            case::Jurisdiction::Se => "SE".into(),
        },
        open_run: rows.iter().find(|r| r.finished_at.is_none()).map(|r| r.id),
        runs: summaries,
    })
}

/// Starts a run, or returns the unfinished one: starting twice never makes two.
#[tracing::instrument(skip(pool))]
pub async fn start(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
    case_id: &str,
) -> Result<i64, AppError> {
    let e = enrolment(pool, user_id, course_id).await?;
    let case = load_case(pool, e.version_id, case_id).await?;
    let rows = runs(pool, user_id, e.version_id, case_id).await?;
    if let Some(open) = rows.iter().find(|r| r.finished_at.is_none()) {
        return Ok(open.id);
    }
    let state = engine::start(&case).map_err(engine_error)?;
    let json = serde_json::to_string(&state).map_err(corrupt)?;
    let number = rows.len() as i64 + 1;
    let t = now();
    let inserted = sqlx::query_scalar!(
        r#"INSERT INTO case_runs (user_id, course_version_id, case_id, number, state, node_id, started_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id AS "id!""#,
        user_id,
        e.version_id,
        case_id,
        number,
        json,
        state.node,
        t,
        t
    )
    .fetch_optional(pool)
    .await?;
    match inserted {
        Some(id) => Ok(id),
        // Two starts at once: the other one won; continue that run.
        None => runs(pool, user_id, e.version_id, case_id)
            .await?
            .into_iter()
            .find(|r| r.finished_at.is_none())
            .map(|r| r.id)
            .ok_or(AppError::Internal),
    }
}

/// What a decision did: where the run is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub course_id: String,
    pub case_id: String,
    pub run_id: i64,
    /// False when the decision had already been made (a double post): nothing changed.
    pub recorded: bool,
}

/// Takes `choice` at decision number `step` (counted from 0). A post for a step that has already
/// been decided changes nothing, so a double click or a resent form counts once.
#[tracing::instrument(skip(pool))]
pub async fn decide(
    pool: &Pool,
    user_id: i64,
    run_id: i64,
    step: u32,
    choice: &str,
) -> Result<Decided, AppError> {
    if choice.len() > 64 {
        return Err(AppError::BadRequest);
    }
    let run = own_run(pool, user_id, run_id).await?;
    let course_id = sqlx::query_scalar!(
        "SELECT course_id FROM course_versions WHERE id = $1",
        run.course_version_id
    )
    .fetch_one(pool)
    .await?;
    let mut done = Decided {
        course_id,
        case_id: run.case_id.clone(),
        run_id,
        recorded: false,
    };
    if i64::from(step) != run.steps {
        return Ok(done);
    }
    let case = load_case(pool, run.course_version_id, &run.case_id).await?;
    let before = run.state()?;
    let after = engine::choose(&case, pack_of(&case)?, &before, choice).map_err(engine_error)?;
    let before_json = serde_json::to_string(&before).map_err(corrupt)?;
    let after_json = serde_json::to_string(&after).map_err(corrupt)?;
    let t = now();
    let next_step = i64::from(step) + 1;
    let (finished_at, outcome, score) = match after.ending {
        Some(e) => (Some(t), Some(e.outcome.code()), Some(i64::from(e.score))),
        None => (None, None, None),
    };
    let mut tx = pool.begin().await?;
    // The step guard makes two concurrent posts of the same decision record it once.
    let updated = sqlx::query!(
        r#"UPDATE case_runs SET steps = $1, state = $2, node_id = $3, updated_at = $4, finished_at = $5,
                  outcome = $6, score = $7
           WHERE id = $8 AND steps = $9"#,
        next_step,
        after_json,
        after.node,
        t,
        finished_at,
        outcome,
        score,
        run_id,
        run.steps
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated == 0 {
        return Ok(done);
    }
    sqlx::query!(
        r#"INSERT INTO case_decisions (run_id, step, node_id, choice_id, state_before, state_after, decided_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)"#,
        run_id,
        next_step,
        before.node,
        choice,
        before_json,
        after_json,
        t
    )
    .execute(&mut *tx)
    .await?;
    crate::xapi::case_decided(
        &mut tx,
        user_id,
        run.course_version_id,
        &run.case_id,
        &before.node,
        choice,
        outcome,
    )
    .await?;
    if after.ending.is_some() {
        super::certification::certify(&mut tx, user_id, run.course_version_id).await?;
    }
    tx.commit().await?;
    done.recorded = true;
    Ok(done)
}

fn sources(list: &[Source]) -> Vec<SourceRef> {
    list.iter()
        .map(|s| SourceRef {
            title: s.title.clone(),
            url: s.url.clone(),
        })
        .collect()
}

/// A run as the learner plays it; once it has ended, with the debrief.
#[tracing::instrument(skip(pool))]
pub async fn play(
    pool: &Pool,
    user_id: i64,
    run_id: i64,
    lang: Lang,
) -> Result<CasePlay, AppError> {
    let run = own_run(pool, user_id, run_id).await?;
    let course = sqlx::query!(
        "SELECT course_id, manifest FROM course_versions WHERE id = $1",
        run.course_version_id
    )
    .fetch_one(pool)
    .await?;
    let manifest: model::domain::content::Manifest =
        serde_json::from_str(&course.manifest).map_err(corrupt)?;
    let default = manifest.default_language;
    let case = load_case(pool, run.course_version_id, &run.case_id).await?;
    let pack = pack_of(&case)?;
    let state = run.state()?;
    let (case_title, lang) = text(&case.title, lang, default);
    let t = |m: &Localized| text(m, lang, default).0;
    let node = case
        .node(&state.node)
        .ok_or_else(|| corrupt("a run points at a missing node"))?;

    let decisions = sqlx::query!(
        r#"SELECT step, node_id, choice_id, state_before FROM case_decisions
           WHERE run_id = $1 ORDER BY step"#,
        run_id
    )
    .fetch_all(pool)
    .await?;

    let mut events: Vec<CaseEvent> = state
        .events
        .iter()
        .filter_map(|ev| {
            case.reactions.get(ev.reaction).map(|r| CaseEvent {
                day: ev.day,
                week: engine::week_of(ev.day),
                text: t(&r.message),
                decision: false,
            })
        })
        .collect();
    let mut debrief = Vec::new();
    for d in &decisions {
        let before: RunState = serde_json::from_str(&d.state_before).map_err(corrupt)?;
        let Some(at) = case.node(&d.node_id) else {
            continue;
        };
        let Some(chosen) = at.choices().iter().find(|c| c.id == d.choice_id) else {
            continue;
        };
        events.push(CaseEvent {
            day: before.day,
            week: engine::week_of(before.day),
            text: t(&chosen.text),
            decision: true,
        });
        let reasoned = |c: &case::Choice| ReasonedChoice {
            text: t(&c.text),
            why: t(&c.why),
            sources: sources(&c.sources),
        };
        debrief.push(DebriefRow {
            step: d.step as u32,
            week: engine::week_of(before.day),
            actor: at.actor.code().to_string(),
            chosen: reasoned(chosen),
            expert: engine::expert_choice(&case, &d.node_id)
                .filter(|e| e.id != chosen.id)
                .map(reasoned),
        });
    }
    // Newest first; at the same day a decision comes after what happened before it.
    events.sort_by(|a, b| b.day.cmp(&a.day).then(a.decision.cmp(&b.decision)));

    let ended = state.ending.is_some();
    let expert_ending = if ended {
        engine::expert_path(&case, pack)
            .ok()
            .and_then(|(_, end)| ending_of(&end))
    } else {
        None
    };
    let vars = case
        .variables
        .iter()
        .filter(|v| v.shown)
        .map(|v| ShownVar {
            id: v.id.clone(),
            label: t(&v.label),
            value: match state.vars.get(&v.id).copied().unwrap_or(v.initial) {
                Value::Number(n) => ShownValue::Number {
                    value: n,
                    min: v.min,
                    max: v.max,
                },
                Value::Flag(b) => ShownValue::Flag(b),
            },
        })
        .collect();
    Ok(CasePlay {
        course_id: course.course_id,
        case_id: case.id.clone(),
        case_title,
        lang,
        run_id,
        number: run.number as u32,
        step: state.step,
        day: state.day,
        week: engine::week_of(state.day),
        actor: node.actor.code().to_string(),
        actor_name: case.names.get(&node.actor).cloned(),
        html: render_markdown(&t(&node.text)),
        documents: node
            .documents
            .iter()
            .filter_map(|id| case.document(id))
            .map(|d| CaseDocument {
                id: d.id.clone(),
                title: t(&d.title),
                html: render_markdown(&t(&d.body)),
            })
            .collect(),
        choices: engine::offered(&case, &state)
            .into_iter()
            .map(|c| CaseChoice {
                id: c.id.clone(),
                text: t(&c.text),
            })
            .collect(),
        vars,
        timeline: pack
            .milestones
            .iter()
            .map(|m| TimelineEntry {
                day: m.day,
                week: engine::week_of(m.day),
                title: text(&m.title, lang, default).0,
                passed: m.day <= state.day,
                source: SourceRef {
                    title: m.source.title.clone(),
                    url: m.source.url.clone(),
                },
            })
            .collect(),
        events,
        ending: ending_of(&state),
        debrief: if ended { debrief } else { Vec::new() },
        expert_ending,
    })
}
