//! xAPI 1.0.3 statements about a learner's learning, built from plain facts. Activity ids are
//! written relative to the platform (`/courses/…`) and made absolute with [`with_base`] when the
//! statement is sent, so a statement stays right whatever address the platform is served from.
//!
//! Verbs are ADL's (`completed`, `passed`, `failed`, `answered`) and, for certificates, the xAPI
//! registry's `earned`. Activity types are ADL's (`lesson`, `assessment`, `simulation`,
//! `interaction`, `module`, `course`) and the registry's `certificate`.

use super::content::Localized;
use super::Lang;
use serde_json::{json, Map, Value};

pub const VERSION: &str = "1.0.3";

pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
pub const EARNED: &str = "http://id.tincanapi.com/verb/earned";

const LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/interaction";
const MODULE: &str = "http://adlnet.gov/expapi/activities/module";
const COURSE: &str = "http://adlnet.gov/expapi/activities/course";
const CERTIFICATE: &str = "http://id.tincanapi.com/activitytype/certificate";

/// The RFC 5646 tag of a language map key.
pub fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "nb-NO",
        Lang::Nn => "nn-NO",
        Lang::Sv => "sv-SE",
        Lang::En => "en",
    }
}

fn language_map(names: &Localized) -> Value {
    Value::Object(
        names
            .iter()
            .filter(|(_, s)| !s.is_empty())
            .map(|(l, s)| (tag(*l).to_string(), Value::String(s.clone())))
            .collect::<Map<_, _>>(),
    )
}

fn verb_display(verb: &str) -> Value {
    let word = verb.rsplit('/').next().unwrap_or(verb);
    json!({ "en-US": word })
}

/// An activity: a relative id (`/courses/…`), its type and its name in each language.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub id: String,
    pub kind: &'static str,
    pub name: Localized,
}

impl Activity {
    pub fn course(course_id: &str, name: &Localized) -> Self {
        Self::new(format!("/courses/{course_id}"), COURSE, name)
    }
    pub fn module(course_id: &str, module_id: &str, name: &Localized) -> Self {
        Self::new(
            format!("/courses/{course_id}#module-{module_id}"),
            MODULE,
            name,
        )
    }
    pub fn lesson(course_id: &str, lesson_id: &str, name: &Localized) -> Self {
        Self::new(
            format!("/courses/{course_id}/lessons/{lesson_id}"),
            LESSON,
            name,
        )
    }
    pub fn quiz(course_id: &str, quiz_id: &str, name: &Localized) -> Self {
        Self::new(
            format!("/courses/{course_id}/quizzes/{quiz_id}"),
            ASSESSMENT,
            name,
        )
    }
    pub fn case(course_id: &str, case_id: &str, name: &Localized) -> Self {
        Self::new(
            format!("/courses/{course_id}/cases/{case_id}"),
            SIMULATION,
            name,
        )
    }
    /// One decision point of a case.
    pub fn decision(course_id: &str, case_id: &str, node_id: &str, name: &Localized) -> Self {
        Self::new(
            format!("/courses/{course_id}/cases/{case_id}#{node_id}"),
            INTERACTION,
            name,
        )
    }
    /// A certificate, identified by where it is verified.
    pub fn certificate(code: &str, name: &Localized) -> Self {
        Self::new(format!("/verify/{code}"), CERTIFICATE, name)
    }

    fn new(id: String, kind: &'static str, name: &Localized) -> Self {
        Self {
            id,
            kind,
            name: name.clone(),
        }
    }

    fn to_json(&self) -> Value {
        let mut definition = json!({ "type": self.kind });
        let names = language_map(&self.name);
        if names.as_object().is_some_and(|m| !m.is_empty()) {
            definition["name"] = names;
        }
        if self.kind == INTERACTION {
            definition["interactionType"] = json!("choice");
        }
        json!({ "objectType": "Activity", "id": self.id, "definition": definition })
    }
}

/// The learner a statement is about: identified by their email address (`mbox`).
#[derive(Debug, Clone, PartialEq)]
pub struct Learner {
    pub name: String,
    pub email: String,
}

/// A quiz's score: `earned_milli` thousandths of a point out of `possible` points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub earned_milli: i64,
    pub possible: i64,
}

impl Score {
    fn to_json(self) -> Value {
        let max = self.possible.max(0) as f64;
        let raw = (self.earned_milli.max(0) as f64 / 1000.0).min(max);
        let scaled = if max > 0.0 { raw / max } else { 0.0 };
        // Rounded so the JSON shows 0.667, not 0.6666666666666666.
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        json!({ "scaled": round(scaled), "raw": round(raw), "min": 0, "max": max })
    }
}

/// What a statement says happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    LessonCompleted {
        lesson: Activity,
    },
    QuizGraded {
        quiz: Activity,
        score: Score,
        passed: bool,
    },
    CaseDecision {
        decision: Activity,
        case: Activity,
        choice: String,
    },
    CaseFinished {
        case: Activity,
        outcome: String,
    },
    Certified {
        certificate: Activity,
    },
}

impl Event {
    pub fn verb(&self) -> &'static str {
        match self {
            Event::LessonCompleted { .. } | Event::CaseFinished { .. } => COMPLETED,
            Event::QuizGraded { passed: true, .. } => PASSED,
            Event::QuizGraded { passed: false, .. } => FAILED,
            Event::CaseDecision { .. } => ANSWERED,
            Event::Certified { .. } => EARNED,
        }
    }
}

/// Where the activity sits: its module and course (and, for a decision, its case).
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub course: Activity,
    pub module: Option<Activity>,
    /// The course version the learner is on, as `context.revision`.
    pub version: i64,
    pub language: Lang,
}

/// The statement, with relative activity ids (see [`with_base`]). `timestamp` is RFC 3339.
pub fn statement(id: &str, who: &Learner, event: &Event, place: &Place, timestamp: &str) -> Value {
    let (object, result, parent) = match event {
        Event::LessonCompleted { lesson } => (lesson, json!({ "completion": true }), None),
        Event::QuizGraded {
            quiz,
            score,
            passed,
        } => (
            quiz,
            json!({ "score": score.to_json(), "success": passed, "completion": true }),
            None,
        ),
        Event::CaseDecision {
            decision,
            case,
            choice,
        } => (decision, json!({ "response": choice }), Some(case)),
        Event::CaseFinished { case, outcome } => (
            case,
            json!({ "completion": true, "response": outcome }),
            None,
        ),
        Event::Certified { certificate } => (certificate, json!({ "completion": true }), None),
    };
    let mut parents: Vec<Value> = parent.into_iter().map(Activity::to_json).collect();
    let mut grouping = vec![place.course.to_json()];
    match (&place.module, parent) {
        (Some(m), None) => parents.push(m.to_json()),
        (Some(m), Some(_)) => grouping.push(m.to_json()),
        (None, _) => {}
    }
    let mut context_activities = json!({ "grouping": grouping });
    if !parents.is_empty() {
        context_activities["parent"] = Value::Array(parents);
    }
    let verb = event.verb();
    json!({
        "id": id,
        "actor": { "objectType": "Agent", "name": who.name, "mbox": format!("mailto:{}", who.email) },
        "verb": { "id": verb, "display": verb_display(verb) },
        "object": object.to_json(),
        "result": result,
        "context": {
            "platform": "RTW Academy",
            "language": tag(place.language),
            "revision": place.version.to_string(),
            "contextActivities": context_activities,
        },
        "timestamp": timestamp,
        "version": VERSION,
    })
}

/// Makes every relative activity id in `statement` absolute under `base` (the platform's
/// address, without a trailing slash).
pub fn with_base(mut statement: Value, base: &str) -> Value {
    fn fix(activity: &mut Value, base: &str) {
        if let Some(id) = activity.get_mut("id") {
            if let Some(s) = id.as_str().filter(|s| s.starts_with('/')) {
                *id = Value::String(format!("{base}{s}"));
            }
        }
    }
    fix(&mut statement["object"], base);
    if let Some(activities) = statement
        .pointer_mut("/context/contextActivities")
        .and_then(Value::as_object_mut)
    {
        for list in activities.values_mut() {
            if let Some(list) = list.as_array_mut() {
                list.iter_mut().for_each(|a| fix(a, base));
            }
        }
    }
    statement
}

/// A random (version 4) UUID from 16 random bytes.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = hex_lower(&bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn hex_lower(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(nb: &str, en: &str) -> Localized {
        [(Lang::Nb, nb.to_string()), (Lang::En, en.to_string())]
            .into_iter()
            .collect()
    }

    fn place() -> Place {
        Place {
            course: Activity::course("rtw", &names("Koordinator", "Coordinator")),
            module: Some(Activity::module("rtw", "m1", &names("Roller", "Roles"))),
            version: 3,
            language: Lang::Nb,
        }
    }

    fn kari() -> Learner {
        Learner {
            name: "Kari Nordmann".into(),
            email: "kari@example.org".into(),
        }
    }

    #[test]
    fn a_uuid_is_version_4_with_the_rfc_variant() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = uuid_v4([0; 16]);
        assert_eq!(id, "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn a_completed_lesson_names_its_module_as_parent_and_course_as_grouping() {
        let lesson = Activity::lesson("rtw", "l1", &names("Første", "First"));
        let s = statement(
            "00000000-0000-4000-8000-000000000000",
            &kari(),
            &Event::LessonCompleted { lesson },
            &place(),
            "2026-12-03T10:00:00Z",
        );
        assert_eq!(s["verb"]["id"], COMPLETED);
        assert_eq!(s["actor"]["mbox"], "mailto:kari@example.org");
        assert_eq!(s["object"]["id"], "/courses/rtw/lessons/l1");
        assert_eq!(s["object"]["definition"]["name"]["nb-NO"], "Første");
        assert_eq!(s["object"]["definition"]["name"]["en"], "First");
        assert_eq!(
            s["context"]["contextActivities"]["parent"][0]["id"],
            "/courses/rtw#module-m1"
        );
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            "/courses/rtw"
        );
        assert_eq!(s["context"]["revision"], "3");
        assert_eq!(s["result"]["completion"], true);
    }

    #[test]
    fn a_quiz_score_is_scaled_between_zero_and_one_and_never_above_its_maximum() {
        let quiz = Activity::quiz("rtw", "q", &names("Prøve", "Quiz"));
        let graded = |earned_milli, possible, passed| {
            statement(
                "id",
                &kari(),
                &Event::QuizGraded {
                    quiz: quiz.clone(),
                    score: Score {
                        earned_milli,
                        possible,
                    },
                    passed,
                },
                &place(),
                "t",
            )
        };
        let s = graded(2_000, 3, false);
        assert_eq!(s["verb"]["id"], FAILED);
        assert_eq!(s["result"]["score"]["scaled"], 0.667);
        assert_eq!(s["result"]["score"]["raw"], 2.0);
        assert_eq!(s["result"]["score"]["max"], 3.0);
        assert_eq!(s["result"]["success"], false);
        let s = graded(5_000, 3, true);
        assert_eq!(s["verb"]["id"], PASSED);
        assert_eq!(s["result"]["score"]["raw"], 3.0);
        assert_eq!(s["result"]["score"]["scaled"], 1.0);
        let s = graded(0, 0, false);
        assert_eq!(s["result"]["score"]["scaled"], 0.0);
    }

    #[test]
    fn a_decision_is_a_choice_inside_its_case_inside_module_and_course() {
        let case = Activity::case("rtw", "c", &names("Saken", "The case"));
        let decision = Activity::decision("rtw", "c", "start", &names("Saken", "The case"));
        let s = statement(
            "id",
            &kari(),
            &Event::CaseDecision {
                decision,
                case,
                choice: "call-gp".into(),
            },
            &place(),
            "t",
        );
        assert_eq!(s["verb"]["id"], ANSWERED);
        assert_eq!(s["object"]["id"], "/courses/rtw/cases/c#start");
        assert_eq!(s["object"]["definition"]["interactionType"], "choice");
        assert_eq!(s["result"]["response"], "call-gp");
        let ctx = &s["context"]["contextActivities"];
        assert_eq!(ctx["parent"][0]["id"], "/courses/rtw/cases/c");
        assert_eq!(ctx["grouping"][1]["id"], "/courses/rtw#module-m1");
    }

    #[test]
    fn ids_are_made_absolute_when_sent_and_verbs_are_left_alone() {
        let s = statement(
            "id",
            &kari(),
            &Event::Certified {
                certificate: Activity::certificate("ABCD-EFGH", &names("Bevis", "Certificate")),
            },
            &place(),
            "t",
        );
        let s = with_base(s, "https://rtw.example.org");
        assert_eq!(
            s["object"]["id"],
            "https://rtw.example.org/verify/ABCD-EFGH"
        );
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            "https://rtw.example.org/courses/rtw"
        );
        assert_eq!(
            s["context"]["contextActivities"]["parent"][0]["id"],
            "https://rtw.example.org/courses/rtw#module-m1"
        );
        assert_eq!(s["verb"]["id"], EARNED);
    }
}
