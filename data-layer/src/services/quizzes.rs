//! Taking quizzes: the quiz page, starting an attempt (drawn and stored), showing it without
//! keys, submitting it (graded once, on the server), and the review.

use super::catalogue::{VersionCache, VersionKey};
use super::learning::{enrolment, text};
use crate::db::Pool;
use crate::now;
use model::domain::content::{pick, Localized};
use model::domain::quiz::{
    draw, fields_from_response, grade, response_from_fields, score, was_shown, FeedbackMode,
    Fields, Item, ItemKind, PastAttempt, Placed, Quiz, Refusal, Response, FULL, MAX_FIELDS,
};
use model::domain::Lang;
use model::error::AppError;
use model::wire::{
    AttemptPage, AttemptReview, AttemptSummary, Choice, QuizOverview, QuizState, ReviewedItem,
    ShownItem, ShownKind, SourceRef,
};
use std::collections::BTreeMap;
use std::sync::Arc;

pub(super) fn corrupt<E: std::fmt::Display>(e: E) -> AppError {
    tracing::error!(error = %e, "stored quiz data is unreadable");
    AppError::Internal
}

pub(super) async fn load_quiz(
    pool: &Pool,
    version_id: i64,
    quiz_id: &str,
) -> Result<Quiz, AppError> {
    let json = sqlx::query_scalar!(
        "SELECT definition FROM quizzes WHERE course_version_id = $1 AND quiz_id = $2",
        version_id,
        quiz_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    serde_json::from_str(&json).map_err(corrupt)
}

/// A version's item bank, by item id.
pub(super) type Bank = Arc<BTreeMap<String, Item>>;

/// Item banks already read and parsed, so a bank is read once per process rather than on every
/// page and submission.
static BANKS: VersionCache<BTreeMap<String, Item>> = VersionCache::new();

pub(super) async fn load_bank(pool: &Pool, version_id: i64) -> Result<Bank, AppError> {
    let version = sqlx::query!(
        "SELECT course_id, content_hash FROM course_versions WHERE id = $1",
        version_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    load_bank_keyed(pool, version_id, (version.course_id, version.content_hash)).await
}

/// [`load_bank`] when the version's key is already known.
async fn load_bank_keyed(pool: &Pool, version_id: i64, key: VersionKey) -> Result<Bank, AppError> {
    if let Some(bank) = BANKS.get(&key) {
        return Ok(bank);
    }
    let bank: BTreeMap<String, Item> = sqlx::query_scalar!(
        "SELECT definition FROM quiz_items WHERE course_version_id = $1",
        version_id
    )
    .fetch_all(pool)
    .await?
    .iter()
    .map(|json| serde_json::from_str::<Item>(json).map_err(corrupt))
    .map(|item| item.map(|i| (i.id.clone(), i)))
    .collect::<Result<_, _>>()?;
    Ok(BANKS.keep(key, bank))
}

struct AttemptRow {
    id: i64,
    number: i64,
    course_version_id: i64,
    quiz_id: String,
    placed: String,
    started_at: i64,
    deadline: Option<i64>,
    submitted_at: Option<i64>,
    percent: Option<i64>,
    passed: Option<bool>,
}

async fn attempts(
    pool: &Pool,
    user_id: i64,
    version_id: i64,
    quiz_id: &str,
) -> Result<Vec<AttemptRow>, AppError> {
    Ok(sqlx::query_as!(
        AttemptRow,
        r#"SELECT id AS "id!", number, course_version_id, quiz_id, placed, started_at, deadline,
                  submitted_at, percent, passed <> 0 AS "passed?: bool"
           FROM quiz_attempts WHERE user_id = $1 AND quiz_id = $2
             AND course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $3)
           ORDER BY number, id"#,
        user_id,
        quiz_id,
        version_id
    )
    .fetch_all(pool)
    .await?)
}

fn past(rows: &[AttemptRow]) -> Vec<PastAttempt> {
    rows.iter()
        .filter_map(|r| {
            r.submitted_at.map(|t| PastAttempt {
                submitted_at: t,
                passed: r.passed.unwrap_or(false),
            })
        })
        .collect()
}

fn item_count(quiz: &Quiz) -> u32 {
    match &quiz.selection {
        model::domain::quiz::Selection::Fixed(ids) => ids.len() as u32,
        model::domain::quiz::Selection::Pools(pools) => pools.iter().map(|p| p.count as u32).sum(),
    }
}

/// The quiz's page for this learner.
#[tracing::instrument(skip(pool))]
pub async fn overview(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
    quiz_id: &str,
    lang: Lang,
) -> Result<QuizOverview, AppError> {
    let e = enrolment(pool, user_id, course_id).await?;
    let quiz = load_quiz(pool, e.version_id, quiz_id).await?;
    let rows = attempts(pool, user_id, e.version_id, quiz_id).await?;
    let default = e.manifest.default_language;
    let (title, lang) = text(&quiz.title, lang, default);
    let passed = rows.iter().any(|r| r.passed == Some(true));
    let state = match rows.iter().find(|r| r.submitted_at.is_none()) {
        Some(open) => QuizState::InProgress(open.id),
        None => match quiz.may_start(&past(&rows), now()) {
            Ok(()) => QuizState::Ready,
            Err(Refusal::WaitUntil(t)) => QuizState::WaitUntil(t),
            Err(Refusal::NoAttemptsLeft) => QuizState::NoAttemptsLeft,
        },
    };
    Ok(QuizOverview {
        course_id: course_id.to_string(),
        course_title: text(&e.manifest.title, lang, default).0,
        id: quiz.id.clone(),
        title,
        intro: text(&quiz.intro, lang, default).0,
        lang,
        items: item_count(&quiz),
        pass_mark: quiz.pass_mark,
        max_attempts: quiz.max_attempts,
        wait_minutes: quiz.wait_minutes,
        time_limit_minutes: quiz.time_limit_minutes,
        passed,
        state,
        attempts: rows
            .iter()
            .map(|r| AttemptSummary {
                id: r.id,
                number: r.number as u32,
                started_at: r.started_at,
                submitted_at: r.submitted_at,
                percent: r.percent.map(|p| p.clamp(0, 100) as u8),
                passed: r.passed,
            })
            .collect(),
    })
}

/// Starts an attempt, or returns the open one: starting twice never makes two.
#[tracing::instrument(skip(pool))]
pub async fn start(
    pool: &Pool,
    user_id: i64,
    course_id: &str,
    quiz_id: &str,
) -> Result<i64, AppError> {
    let e = enrolment(pool, user_id, course_id).await?;
    let quiz = load_quiz(pool, e.version_id, quiz_id).await?;
    let rows = attempts(pool, user_id, e.version_id, quiz_id).await?;
    if let Some(open) = rows.iter().find(|r| r.submitted_at.is_none()) {
        return Ok(open.id);
    }
    let t = now();
    quiz.may_start(&past(&rows), t)
        .map_err(|_| AppError::QuizClosed)?;
    // In item id order, as the draw expects.
    let bank: Vec<Item> = load_bank(pool, e.version_id)
        .await?
        .values()
        .cloned()
        .collect();
    let seed: u64 = rand::random();
    let placed = draw(&quiz, &bank, seed).map_err(corrupt)?;
    let placed = serde_json::to_string(&placed).map_err(corrupt)?;
    let number = rows.len() as i64 + 1;
    let deadline = quiz.deadline(t);
    let inserted = sqlx::query_scalar!(
        r#"INSERT INTO quiz_attempts (user_id, course_version_id, quiz_id, number, placed, started_at, deadline)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id AS "id!""#,
        user_id,
        e.version_id,
        quiz_id,
        number,
        placed,
        t,
        deadline
    )
    .fetch_optional(pool)
    .await?;
    match inserted {
        Some(id) => Ok(id),
        // Two starts at once: the other one won; continue that attempt.
        None => attempts(pool, user_id, e.version_id, quiz_id)
            .await?
            .into_iter()
            .find(|r| r.submitted_at.is_none())
            .map(|r| r.id)
            .ok_or(AppError::QuizClosed),
    }
}

struct Loaded {
    row: AttemptRow,
    quiz: Quiz,
    placed: Vec<Placed>,
    items: Bank,
    manifest_default: Lang,
    course_id: String,
}

/// The attempt, if it is this learner's.
async fn load_attempt(pool: &Pool, user_id: i64, attempt_id: i64) -> Result<Loaded, AppError> {
    let row = sqlx::query_as!(
        AttemptRow,
        r#"SELECT id AS "id!", number, course_version_id, quiz_id, placed, started_at, deadline,
                  submitted_at, percent, passed <> 0 AS "passed?: bool"
           FROM quiz_attempts WHERE id = $1 AND user_id = $2"#,
        attempt_id,
        user_id
    )
    .fetch_optional(pool)
    .await?
    // Someone else's attempt is as invisible as one that does not exist.
    .ok_or(AppError::NotFound)?;
    // The version's manifest and item bank are parsed once per process (by course and content
    // hash); here only its key is read.
    let (key, manifest) = super::catalogue::version_manifest(pool, row.course_version_id).await?;
    let quiz = load_quiz(pool, row.course_version_id, &row.quiz_id).await?;
    let placed: Vec<Placed> = serde_json::from_str(&row.placed).map_err(corrupt)?;
    let course_id = key.0.clone();
    let items = load_bank_keyed(pool, row.course_version_id, key).await?;
    Ok(Loaded {
        row,
        quiz,
        placed,
        items,
        manifest_default: manifest.default_language,
        course_id,
    })
}

fn by_id<T>(
    list: &[T],
    id_of: impl Fn(&T) -> &str,
    text_of: impl Fn(&T) -> &Localized,
    order: &[String],
    lang: Lang,
    default: Lang,
) -> Vec<Choice> {
    order
        .iter()
        .filter_map(|id| list.iter().find(|x| id_of(x) == id))
        .map(|x| Choice {
            id: id_of(x).to_string(),
            text: text(text_of(x), lang, default).0,
        })
        .collect()
}

pub(crate) fn shown(
    item: &Item,
    placed: &Placed,
    number: u32,
    lang: Lang,
    default: Lang,
) -> ShownItem {
    let t = |l: &Localized| text(l, lang, default).0;
    let kind = match &item.kind {
        ItemKind::SingleChoice { options } => ShownKind::SingleChoice(by_id(
            options,
            |o| &o.id,
            |o| &o.text,
            &placed.order,
            lang,
            default,
        )),
        ItemKind::MultipleResponse { options, .. } => ShownKind::MultipleResponse(by_id(
            options,
            |o| &o.id,
            |o| &o.text,
            &placed.order,
            lang,
            default,
        )),
        ItemKind::TrueFalse { .. } => ShownKind::TrueFalse,
        ItemKind::Matching {
            prompts, answers, ..
        } => {
            let prompt_order: Vec<String> = prompts.iter().map(|p| p.id.clone()).collect();
            ShownKind::Matching(
                by_id(
                    prompts,
                    |p| &p.id,
                    |p| &p.text,
                    &prompt_order,
                    lang,
                    default,
                ),
                by_id(
                    answers,
                    |a| &a.id,
                    |a| &a.text,
                    &placed.order,
                    lang,
                    default,
                ),
            )
        }
        ItemKind::Ordering { steps, .. } => ShownKind::Ordering(by_id(
            steps,
            |s| &s.id,
            |s| &s.text,
            &placed.order,
            lang,
            default,
        )),
        ItemKind::Numeric { unit, .. } => ShownKind::Numeric(unit.as_ref().map(t)),
        ItemKind::ShortText { .. } => ShownKind::ShortText,
    };
    ShownItem {
        id: item.id.clone(),
        number,
        points: item.points,
        prompt: t(&item.prompt),
        kind,
        checked: None,
    }
}

async fn saved_answers(
    pool: &Pool,
    attempt_id: i64,
) -> Result<BTreeMap<String, (Response, Option<i64>)>, AppError> {
    let rows = sqlx::query!(
        "SELECT item_id, response, credit FROM quiz_answers WHERE attempt_id = $1",
        attempt_id
    )
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok((
                r.item_id,
                (
                    serde_json::from_str(&r.response).map_err(corrupt)?,
                    r.credit,
                ),
            ))
        })
        .collect()
}

/// The attempt as the learner takes it: items in the drawn order, no keys, answers so far.
#[tracing::instrument(skip(pool))]
pub async fn attempt_page(
    pool: &Pool,
    user_id: i64,
    attempt_id: i64,
    lang: Lang,
    yes_no: (&str, &str),
) -> Result<AttemptPage, AppError> {
    let a = load_attempt(pool, user_id, attempt_id).await?;
    if a.row.submitted_at.is_some() {
        return Err(AppError::QuizClosed);
    }
    let default = a.manifest_default;
    let answers = saved_answers(pool, attempt_id).await?;
    // Only items the learner has checked (immediate feedback) carry their key and feedback.
    let checked: std::collections::HashSet<String> = sqlx::query_scalar!(
        "SELECT item_id FROM quiz_answers WHERE attempt_id = $1 AND checked_at IS NOT NULL",
        attempt_id
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .collect();
    let items = a
        .placed
        .iter()
        .enumerate()
        .filter_map(|(n, p)| {
            a.items.get(&p.item_id).map(|item| {
                let mut s = shown(item, p, n as u32 + 1, lang, default);
                if checked.contains(&item.id) {
                    s.checked = Some(reviewed_item(
                        item,
                        n as u32 + 1,
                        answers.get(&item.id),
                        lang,
                        default,
                        yes_no,
                    ));
                }
                s
            })
        })
        .collect();
    let mut saved = BTreeMap::new();
    for (item_id, (response, _)) in &answers {
        saved.extend(fields_from_response(item_id, response));
    }
    Ok(AttemptPage {
        id: a.row.id,
        number: a.row.number as u32,
        course_id: a.course_id,
        quiz_id: a.quiz.id.clone(),
        quiz_title: text(&a.quiz.title, lang, default).0,
        // The language the quiz is written in: the reader's, or the course's fallback.
        lang: text(&a.quiz.title, lang, default).1,
        deadline: a.row.deadline,
        now: now(),
        immediate: a.quiz.feedback == FeedbackMode::Immediate,
        items,
        saved,
    })
}

/// Reads every answer in `fields`; a malformed one refuses the whole request (nothing stored).
/// `None` is an answer the learner emptied: a question the form showed with nothing chosen.
fn parse_answers(a: &Loaded, fields: &Fields) -> Result<Vec<(String, Option<Response>)>, AppError> {
    if fields.len() > MAX_FIELDS {
        return Err(AppError::BadRequest);
    }
    let mut answers = Vec::new();
    for placed in &a.placed {
        let Some(item) = a.items.get(&placed.item_id) else {
            continue;
        };
        match response_from_fields(item, fields) {
            None if was_shown(&item.id, fields) => answers.push((item.id.clone(), None)),
            None => {}
            Some(Err(e)) => {
                tracing::info!(item = %item.id, error = %e, "malformed answer refused");
                return Err(AppError::BadRequest);
            }
            Some(Ok(response)) => {
                // Shape and option ids are checked now; the grade itself is kept for later.
                grade(item, &response).map_err(|e| {
                    tracing::info!(item = %item.id, error = %e, "malformed answer refused");
                    AppError::BadRequest
                })?;
                answers.push((item.id.clone(), Some(response)));
            }
        }
    }
    Ok(answers)
}

/// Removes an answer the learner emptied, unless it was checked (then it is locked).
async fn clear_answer(
    tx: &mut crate::db::Conn,
    attempt_id: i64,
    item_id: &str,
) -> Result<(), AppError> {
    sqlx::query!(
        "DELETE FROM quiz_answers WHERE attempt_id = $1 AND item_id = $2 AND checked_at IS NULL",
        attempt_id,
        item_id
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Saves answers without submitting (autosave, "save and continue later"). Refused once the
/// attempt is submitted or its time is up; returns how many answers were saved.
#[tracing::instrument(skip(pool, fields))]
pub async fn save(
    pool: &Pool,
    user_id: i64,
    attempt_id: i64,
    fields: &Fields,
) -> Result<usize, AppError> {
    let a = load_attempt(pool, user_id, attempt_id).await?;
    let t = now();
    if a.row.submitted_at.is_some() || !a.quiz.accepts_answers(a.row.started_at, t) {
        return Err(AppError::QuizClosed);
    }
    let answers = parse_answers(&a, fields)?;
    let mut tx = pool.begin().await?;
    for (item_id, response) in &answers {
        let Some(response) = response else {
            clear_answer(&mut tx, attempt_id, item_id).await?;
            continue;
        };
        let json = serde_json::to_string(response).map_err(corrupt)?;
        // The attempt must still be open when the answer is written.
        sqlx::query!(
            r#"INSERT INTO quiz_answers (attempt_id, item_id, response, saved_at)
               SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM quiz_attempts WHERE id = $5 AND submitted_at IS NULL)
               ON CONFLICT (attempt_id, item_id) DO UPDATE SET response = excluded.response, saved_at = excluded.saved_at
               WHERE quiz_answers.checked_at IS NULL"#,
            attempt_id,
            item_id,
            json,
            t,
            attempt_id
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(answers.len())
}

/// Checks one item during an attempt with immediate feedback: saves the answers given so far,
/// grades this item at once and locks its answer. Checking it again changes nothing.
#[tracing::instrument(skip(pool, fields))]
pub async fn check(
    pool: &Pool,
    user_id: i64,
    attempt_id: i64,
    item_id: &str,
    fields: &Fields,
) -> Result<Submitted, AppError> {
    let a = load_attempt(pool, user_id, attempt_id).await?;
    let done = Submitted {
        course_id: a.course_id.clone(),
        quiz_id: a.quiz.id.clone(),
        attempt_id,
    };
    if a.quiz.feedback != FeedbackMode::Immediate {
        return Err(AppError::BadRequest);
    }
    let Some(item) = a
        .placed
        .iter()
        .find(|p| p.item_id == item_id)
        .and_then(|p| a.items.get(&p.item_id))
    else {
        return Err(AppError::BadRequest);
    };
    save(pool, user_id, attempt_id, fields).await?;
    let stored = sqlx::query!(
        "SELECT response, checked_at FROM quiz_answers WHERE attempt_id = $1 AND item_id = $2",
        attempt_id,
        item_id
    )
    .fetch_optional(pool)
    .await?;
    let Some(stored) = stored else {
        return Err(AppError::field(
            &format!("check-{item_id}"),
            "attempt-check-empty",
        ));
    };
    if stored.checked_at.is_some() {
        return Ok(done);
    }
    let response: Response = serde_json::from_str(&stored.response).map_err(corrupt)?;
    let credit = i64::from(grade(item, &response).map(|g| g.credit).unwrap_or(0));
    let t = now();
    sqlx::query!(
        r#"UPDATE quiz_answers SET credit = $1, checked_at = $2
           WHERE attempt_id = $3 AND item_id = $4 AND checked_at IS NULL
             AND EXISTS (SELECT 1 FROM quiz_attempts WHERE id = $5 AND submitted_at IS NULL)"#,
        credit,
        t,
        attempt_id,
        item_id,
        attempt_id
    )
    .execute(pool)
    .await?;
    Ok(done)
}

/// Where a submitted attempt's review is: course, quiz and attempt.
pub struct Submitted {
    pub course_id: String,
    pub quiz_id: String,
    pub attempt_id: i64,
}

/// Submits the attempt with `fields`: saves the answers, grades the attempt once, and says
/// where its review is. Submitting again changes nothing.
#[tracing::instrument(skip(pool, fields))]
pub async fn submit(
    pool: &Pool,
    user_id: i64,
    attempt_id: i64,
    fields: &Fields,
) -> Result<Submitted, AppError> {
    let a = load_attempt(pool, user_id, attempt_id).await?;
    let submitted = Submitted {
        course_id: a.course_id.clone(),
        quiz_id: a.quiz.id.clone(),
        attempt_id,
    };
    if a.row.submitted_at.is_some() {
        return Ok(submitted);
    }
    let answers = parse_answers(&a, fields)?;
    let t = now();
    let in_time = a.quiz.accepts_answers(a.row.started_at, t);

    let mut tx = pool.begin().await?;
    // Only one submission grades: the first to set submitted_at.
    let claimed = sqlx::query!(
        "UPDATE quiz_attempts SET submitted_at = $1 WHERE id = $2 AND submitted_at IS NULL",
        t,
        attempt_id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed != 1 {
        return Ok(submitted);
    }
    // Late answers are kept (never silently lost) but do not replace answers saved in time,
    // and only answers saved in time are graded.
    for (item_id, response) in &answers {
        let Some(response) = response else {
            if in_time {
                clear_answer(&mut tx, attempt_id, item_id).await?;
            }
            continue;
        };
        let json = serde_json::to_string(response).map_err(corrupt)?;
        if in_time {
            sqlx::query!(
                r#"INSERT INTO quiz_answers (attempt_id, item_id, response, saved_at) VALUES ($1, $2, $3, $4)
                   ON CONFLICT (attempt_id, item_id) DO UPDATE SET response = excluded.response, saved_at = excluded.saved_at
                   WHERE quiz_answers.checked_at IS NULL"#,
                attempt_id,
                item_id,
                json,
                t
            )
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query!(
                r#"INSERT INTO quiz_answers (attempt_id, item_id, response, saved_at) VALUES ($1, $2, $3, $4)
                   ON CONFLICT (attempt_id, item_id) DO NOTHING"#,
                attempt_id,
                item_id,
                json,
                t
            )
            .execute(&mut *tx)
            .await?;
        }
    }
    if !in_time {
        tracing::info!(
            attempt_id,
            "submitted after the time limit: only answers saved in time count"
        );
    }
    let graded_until = a
        .row
        .deadline
        .map_or(i64::MAX, |d| d + model::domain::quiz::GRACE_SECS);
    let stored = sqlx::query!(
        "SELECT item_id, response FROM quiz_answers WHERE attempt_id = $1 AND saved_at <= $2",
        attempt_id,
        graded_until
    )
    .fetch_all(&mut *tx)
    .await?;
    let stored: BTreeMap<String, Response> = stored
        .into_iter()
        .map(|r| {
            Ok((
                r.item_id,
                serde_json::from_str(&r.response).map_err(corrupt)?,
            ))
        })
        .collect::<Result<_, AppError>>()?;
    let mut graded = Vec::new();
    for placed in &a.placed {
        let Some(item) = a.items.get(&placed.item_id) else {
            continue;
        };
        let credit = stored
            .get(&item.id)
            .map(|response| grade(item, response).map(|g| g.credit).unwrap_or(0));
        if let Some(c) = credit {
            let c = i64::from(c);
            sqlx::query!(
                "UPDATE quiz_answers SET credit = $1 WHERE attempt_id = $2 AND item_id = $3",
                c,
                attempt_id,
                item.id
            )
            .execute(&mut *tx)
            .await?;
        }
        graded.push((item.points, credit));
    }
    let s = score(&graded, a.quiz.pass_mark);
    let (earned, possible, percent) = (
        s.earned_milli as i64,
        s.possible as i64,
        i64::from(s.percent),
    );
    sqlx::query!(
        "UPDATE quiz_attempts SET earned_milli = $1, possible = $2, percent = $3, passed = $4 WHERE id = $5",
        earned,
        possible,
        percent,
        i64::from(s.passed),
        attempt_id
    )
    .execute(&mut *tx)
    .await?;
    let score = model::domain::xapi::Score {
        earned_milli: earned,
        possible,
    };
    let version = a.row.course_version_id;
    crate::xapi::quiz_graded(&mut tx, user_id, version, &a.quiz.id, score, s.passed).await?;
    // A learner launched here from an LMS: the score goes to its gradebook.
    crate::lti::queue_score(
        &mut tx,
        user_id,
        &format!("/courses/{}/quizzes/{}", a.course_id, a.quiz.id),
        earned as f64 / 1000.0,
        possible as f64,
    )
    .await?;
    if s.passed {
        super::certification::certify(&mut tx, user_id, a.row.course_version_id).await?;
    }
    tx.commit().await?;
    Ok(submitted)
}

/// The text of the right answer, for the review.
fn right_answer(item: &Item, lang: Lang, default: Lang, yes_no: (&str, &str)) -> String {
    let t = |l: &Localized| text(l, lang, default).0;
    match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options, .. } => options
            .iter()
            .filter(|o| o.correct)
            .map(|o| t(&o.text))
            .collect::<Vec<_>>()
            .join("; "),
        ItemKind::TrueFalse { answer } => if *answer { yes_no.0 } else { yes_no.1 }.to_string(),
        ItemKind::Matching {
            prompts,
            answers,
            key,
            ..
        } => key
            .iter()
            .filter_map(|(p, a)| {
                let p = prompts.iter().find(|x| &x.id == p)?;
                let a = answers.iter().find(|x| &x.id == a)?;
                Some(format!("{} → {}", t(&p.text), t(&a.text)))
            })
            .collect::<Vec<_>>()
            .join("; "),
        ItemKind::Ordering { steps, .. } => steps
            .iter()
            .map(|s| t(&s.text))
            .collect::<Vec<_>>()
            .join(" → "),
        ItemKind::Numeric {
            answer,
            tolerance,
            unit,
        } => {
            let unit = unit
                .as_ref()
                .map(|u| format!(" {}", t(u)))
                .unwrap_or_default();
            if *tolerance > 0.0 {
                format!("{answer} ± {tolerance}{unit}")
            } else {
                format!("{answer}{unit}")
            }
        }
        ItemKind::ShortText { accepted, .. } => accepted.join(" / "),
    }
}

/// What the learner answered, in words.
fn given_answer(
    item: &Item,
    response: &Response,
    lang: Lang,
    default: Lang,
    yes_no: (&str, &str),
) -> String {
    let t = |l: &Localized| text(l, lang, default).0;
    let option = |id: &str| {
        match &item.kind {
            ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options, .. } => {
                options.iter().find(|o| o.id == id).map(|o| t(&o.text))
            }
            ItemKind::Matching { answers, .. } => {
                answers.iter().find(|a| a.id == id).map(|a| t(&a.text))
            }
            ItemKind::Ordering { steps, .. } => {
                steps.iter().find(|s| s.id == id).map(|s| t(&s.text))
            }
            _ => None,
        }
        .unwrap_or_else(|| id.to_string())
    };
    match response {
        Response::Choice(id) => option(id),
        Response::Choices(ids) => ids.iter().map(|i| option(i)).collect::<Vec<_>>().join("; "),
        Response::Bool(b) => if *b { yes_no.0 } else { yes_no.1 }.to_string(),
        Response::Matches(m) => {
            let prompt = |id: &str| {
                match &item.kind {
                    ItemKind::Matching { prompts, .. } => {
                        prompts.iter().find(|p| p.id == id).map(|p| t(&p.text))
                    }
                    _ => None,
                }
                .unwrap_or_default()
            };
            m.iter()
                .map(|(p, a)| format!("{} → {}", prompt(p), option(a)))
                .collect::<Vec<_>>()
                .join("; ")
        }
        Response::Order(ids) => ids
            .iter()
            .map(|i| option(i))
            .collect::<Vec<_>>()
            .join(" → "),
        Response::Number(s) | Response::Text(s) => s.clone(),
    }
}

/// One item as the review shows it (and as immediate feedback shows a checked item).
fn reviewed_item(
    item: &Item,
    number: u32,
    answer: Option<&(Response, Option<i64>)>,
    lang: Lang,
    default: Lang,
    yes_no: (&str, &str),
) -> ReviewedItem {
    let t = |l: &Localized| text(l, lang, default).0;
    let (given, credit) = match answer {
        Some((response, credit)) => (
            Some(given_answer(item, response, lang, default, yes_no)),
            credit.unwrap_or(0).clamp(0, i64::from(FULL)) as u16,
        ),
        None => (None, 0),
    };
    let mut feedback = Vec::new();
    let overall = if credit == FULL {
        &item.feedback_correct
    } else {
        &item.feedback_wrong
    };
    if let Some((f, _)) = pick(overall, lang, default) {
        feedback.push(f.clone());
    }
    if let (
        Some((response, _)),
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options, .. },
    ) = (answer, &item.kind)
    {
        let chosen: Vec<&String> = match response {
            Response::Choice(c) => vec![c],
            Response::Choices(cs) => cs.iter().collect(),
            _ => Vec::new(),
        };
        for o in options.iter().filter(|o| chosen.contains(&&o.id)) {
            if let Some((f, _)) = pick(&o.feedback, lang, default) {
                feedback.push(f.clone());
            }
        }
    }
    ReviewedItem {
        number,
        prompt: t(&item.prompt),
        given,
        right_answer: right_answer(item, lang, default, yes_no),
        credit,
        feedback,
        explanation: t(&item.explanation),
        sources: item
            .sources
            .iter()
            .map(|s| SourceRef {
                title: s.title.clone(),
                url: s.url.clone(),
            })
            .collect(),
    }
}

/// The review after submitting: score, and per item what was right (unless the quiz shows none).
#[tracing::instrument(skip(pool, yes_no))]
pub async fn review(
    pool: &Pool,
    user_id: i64,
    attempt_id: i64,
    lang: Lang,
    yes_no: (&str, &str),
) -> Result<AttemptReview, AppError> {
    let a = load_attempt(pool, user_id, attempt_id).await?;
    let Some(submitted_at) = a.row.submitted_at else {
        return Err(AppError::NotFound);
    };
    let default = a.manifest_default;
    let answers = saved_answers(pool, attempt_id).await?;
    let mut items = Vec::new();
    if a.quiz.feedback != FeedbackMode::Never {
        for (n, placed) in a.placed.iter().enumerate() {
            let Some(item) = a.items.get(&placed.item_id) else {
                continue;
            };
            items.push(reviewed_item(
                item,
                n as u32 + 1,
                answers.get(&item.id),
                lang,
                default,
                yes_no,
            ));
        }
    }
    let late = a
        .quiz
        .deadline(a.row.started_at)
        .is_some_and(|d| submitted_at > d + model::domain::quiz::GRACE_SECS);
    Ok(AttemptReview {
        id: a.row.id,
        number: a.row.number as u32,
        course_id: a.course_id,
        quiz_id: a.quiz.id.clone(),
        quiz_title: text(&a.quiz.title, lang, default).0,
        // The language the quiz is written in: the reader's, or the course's fallback.
        lang: text(&a.quiz.title, lang, default).1,
        percent: a.row.percent.unwrap_or(0).clamp(0, 100) as u8,
        pass_mark: a.quiz.pass_mark,
        passed: a.row.passed.unwrap_or(false),
        late,
        items,
    })
}
