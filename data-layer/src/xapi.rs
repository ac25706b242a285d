//! xAPI statements to organisations' learning record stores. A statement is written, inside the
//! transaction of what it describes, once for each organisation of the learner that has
//! connected an LRS, with an outbox row that carries it; the outbox worker posts it (xAPI 1.0.3,
//! HTTP basic authentication) and retries with back-off until the LRS takes it. Statements about
//! the same person to the same LRS go out in order. A statement keeps its UUID across retries,
//! and an LRS keeps a statement once, so a retry after a lost answer stores nothing twice.

use super::services::catalogue::parse_manifest;
use super::services::hr_feed::rfc3339;
use super::{now, AppState};
use crate::db::Conn;
use model::domain::content::Manifest;
use model::domain::xapi::{self, Activity, Event, Learner, Place, Score};
use model::domain::Lang;
use model::error::AppError;

pub const KIND_XAPI: &str = "xapi";

/// The organisations of `user_id` with a connected (enabled) LRS.
async fn destinations(conn: &mut Conn, user_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT l.organisation_id AS "id!" FROM lrs_connections l
           JOIN memberships m ON m.organisation_id = l.organisation_id AND m.user_id = $1
           WHERE l.disabled_at IS NULL ORDER BY l.organisation_id"#,
        user_id
    )
    .fetch_all(conn)
    .await
}

/// What every statement about one learner in one course version needs.
struct Subject {
    orgs: Vec<i64>,
    learner: Learner,
    language: Lang,
    manifest: Manifest,
    version: i64,
}

/// `None` when none of the learner's organisations has an LRS (then nothing more is read).
async fn subject(
    conn: &mut Conn,
    user_id: i64,
    version_id: i64,
) -> Result<Option<Subject>, AppError> {
    let orgs = destinations(conn, user_id).await?;
    if orgs.is_empty() {
        return Ok(None);
    }
    let user = sqlx::query!(
        "SELECT display_name, email, lang FROM users WHERE id = $1",
        user_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let version = sqlx::query!(
        "SELECT version_no, manifest FROM course_versions WHERE id = $1",
        version_id
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(Some(Subject {
        orgs,
        learner: Learner {
            name: user.display_name,
            email: user.email,
        },
        language: Lang::from_tag(&user.lang).unwrap_or(Lang::DEFAULT),
        manifest: parse_manifest(&version.manifest)?,
        version: version.version_no,
    }))
}

impl Subject {
    fn place(&self, module_id: Option<&str>) -> Place {
        let m = &self.manifest;
        Place {
            course: Activity::course(&m.id, &m.title),
            module: module_id
                .and_then(|id| m.modules.iter().find(|x| x.id == id))
                .map(|x| Activity::module(&m.id, &x.id, &x.title)),
            version: self.version,
            language: self.language,
        }
    }

    fn module_of(
        &self,
        has: impl Fn(&model::domain::content::ManifestModule) -> bool,
    ) -> Option<&str> {
        self.manifest
            .modules
            .iter()
            .find(|m| has(m))
            .map(|m| m.id.as_str())
    }

    /// Writes the statement for each destination, with its outbox row.
    async fn queue(
        &self,
        conn: &mut Conn,
        user_id: i64,
        event: &Event,
        place: &Place,
    ) -> Result<(), AppError> {
        let t = now();
        for org in &self.orgs {
            let id = xapi::uuid_v4(rand::random());
            let statement = xapi::statement(&id, &self.learner, event, place, &rfc3339(t));
            let json = statement.to_string();
            let verb = event.verb();
            let row = sqlx::query_scalar!(
                r#"INSERT INTO xapi_statements (organisation_id, user_id, statement_id, verb, statement, created_at)
                   VALUES ($1, $2, $3, $4, $5, $6) RETURNING id AS "id!""#,
                org,
                user_id,
                id,
                verb,
                json,
                t
            )
            .fetch_one(&mut *conn)
            .await?;
            let payload = serde_json::json!({ "statement": row }).to_string();
            let subject = format!("xapi:{org}:person:{user_id}");
            sqlx::query!(
                "INSERT INTO outbox (kind, payload, created_at, available_at, subject) VALUES ($1, $2, $3, $4, $5)",
                KIND_XAPI,
                payload,
                t,
                t,
                subject
            )
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }
}

/// A lesson completed (the first time).
pub async fn lesson_completed(
    conn: &mut Conn,
    user_id: i64,
    version_id: i64,
    lesson_id: &str,
) -> Result<(), AppError> {
    let Some(s) = subject(conn, user_id, version_id).await? else {
        return Ok(());
    };
    let module = s.module_of(|m| m.lessons.iter().any(|l| l.id == lesson_id));
    let title = s
        .manifest
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .find(|l| l.id == lesson_id)
        .map(|l| l.title.clone())
        .unwrap_or_default();
    let event = Event::LessonCompleted {
        lesson: Activity::lesson(&s.manifest.id, lesson_id, &title),
    };
    s.queue(conn, user_id, &event, &s.place(module)).await
}

/// A quiz attempt graded: passed or failed, with its score.
pub async fn quiz_graded(
    conn: &mut Conn,
    user_id: i64,
    version_id: i64,
    quiz_id: &str,
    score: Score,
    passed: bool,
) -> Result<(), AppError> {
    let Some(s) = subject(conn, user_id, version_id).await? else {
        return Ok(());
    };
    let module = s.module_of(|m| m.quizzes.iter().any(|q| q.id == quiz_id));
    let title = s
        .manifest
        .modules
        .iter()
        .flat_map(|m| &m.quizzes)
        .find(|q| q.id == quiz_id)
        .map(|q| q.title.clone())
        .unwrap_or_default();
    let event = Event::QuizGraded {
        quiz: Activity::quiz(&s.manifest.id, quiz_id, &title),
        score,
        passed,
    };
    s.queue(conn, user_id, &event, &s.place(module)).await
}

/// A decision in a case simulation, and when it ends the case, the case completed with its
/// outcome.
pub async fn case_decided(
    conn: &mut Conn,
    user_id: i64,
    version_id: i64,
    case_id: &str,
    node_id: &str,
    choice: &str,
    outcome: Option<&str>,
) -> Result<(), AppError> {
    let Some(s) = subject(conn, user_id, version_id).await? else {
        return Ok(());
    };
    let module = s.module_of(|m| m.cases.iter().any(|c| c.id == case_id));
    let title = s
        .manifest
        .modules
        .iter()
        .flat_map(|m| &m.cases)
        .find(|c| c.id == case_id)
        .map(|c| c.title.clone())
        .unwrap_or_default();
    let course = &s.manifest.id;
    let case = Activity::case(course, case_id, &title);
    let place = s.place(module);
    let event = Event::CaseDecision {
        decision: Activity::decision(course, case_id, node_id, &title),
        case: case.clone(),
        choice: choice.to_string(),
    };
    s.queue(conn, user_id, &event, &place).await?;
    if let Some(outcome) = outcome {
        let event = Event::CaseFinished {
            case,
            outcome: outcome.to_string(),
        };
        s.queue(conn, user_id, &event, &place).await?;
    }
    Ok(())
}

/// A certificate earned.
pub async fn certified(
    conn: &mut Conn,
    user_id: i64,
    version_id: i64,
    code: &str,
    title: &model::domain::content::Localized,
) -> Result<(), AppError> {
    let Some(s) = subject(conn, user_id, version_id).await? else {
        return Ok(());
    };
    let event = Event::Certified {
        certificate: Activity::certificate(code, title),
    };
    s.queue(conn, user_id, &event, &s.place(None)).await
}

/// Posts statement `id` once. `Ok` when the LRS stored it (2xx), already had it (409: a statement
/// with that id exists) or it can never be sent (the connection was removed or turned off);
/// `Err` with what went wrong otherwise, and the outbox tries again later. Every attempt is
/// recorded on the statement for the log.
#[tracing::instrument(skip(state))]
pub async fn deliver(state: &AppState, id: i64) -> Result<(), String> {
    let row = sqlx::query!(
        r#"SELECT s.statement, l.endpoint AS "endpoint?", l.username AS "username?",
                  l.password AS "password?", l.disabled_at
           FROM xapi_statements s LEFT JOIN lrs_connections l ON l.organisation_id = s.organisation_id
           WHERE s.id = $1"#,
        id
    )
    .fetch_optional(crate::db::pool(&state.db))
    .await
    .map_err(|e| format!("database: {e}"))?;
    let Some(row) = row else {
        return Ok(()); // erased with the person's account: nothing to send
    };
    let (Some(endpoint), Some(username), Some(password), None) =
        (row.endpoint, row.username, row.password, row.disabled_at)
    else {
        record(
            state,
            id,
            None,
            Some("the LRS is not connected; not sent"),
            false,
        )
        .await?;
        return Ok(());
    };
    let statement: serde_json::Value =
        serde_json::from_str(&row.statement).map_err(|e| format!("unreadable statement: {e}"))?;
    let body = xapi::with_base(statement, &state.config.base_url).to_string();
    let url = format!("{endpoint}statements");
    let outcome = async {
        let parsed = super::webhooks::public_url(state, &url).await?;
        let res = state
            .webhooks
            .post(parsed)
            .basic_auth(username, Some(password))
            .header(http::header::CONTENT_TYPE, "application/json")
            .header("X-Experience-API-Version", xapi::VERSION)
            .body(body)
            .send()
            .await
            .map_err(super::webhooks::describe)?;
        Ok::<u16, String>(res.status().as_u16())
    }
    .await;
    match outcome {
        Ok(status) if (200..300).contains(&status) || status == 409 => {
            record(state, id, Some(status), None, true).await?;
            Ok(())
        }
        Ok(status) => {
            let error = format!("the LRS answered {status}");
            record(state, id, Some(status), Some(&error), false).await?;
            Err(error)
        }
        Err(error) => {
            record(state, id, None, Some(&error), false).await?;
            Err(error)
        }
    }
}

async fn record(
    state: &AppState,
    id: i64,
    status: Option<u16>,
    error: Option<&str>,
    delivered: bool,
) -> Result<(), String> {
    let t = now();
    let status = status.map(i64::from);
    let delivered_at = delivered.then_some(t);
    sqlx::query!(
        "UPDATE xapi_statements SET attempts = attempts + 1, last_status = $1, last_error = $2,
         last_attempt_at = $3, delivered_at = COALESCE(delivered_at, $4) WHERE id = $5",
        status,
        error,
        t,
        delivered_at,
        id
    )
    .execute(crate::db::pool(&state.db))
    .await
    .map_err(|e| format!("database: {e}"))?;
    Ok(())
}
