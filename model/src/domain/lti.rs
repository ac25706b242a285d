//! LTI 1.3 rules that need no network: reading a verified launch's claims, where a launch may
//! lead, and the score a platform's gradebook receives (Assignment and Grade Services).

use serde_json::{json, Map, Value};

pub const MESSAGE_TYPE: &str = "https://purl.imsglobal.org/spec/lti/claim/message_type";
pub const VERSION: &str = "https://purl.imsglobal.org/spec/lti/claim/version";
pub const DEPLOYMENT_ID: &str = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";
pub const TARGET_LINK_URI: &str = "https://purl.imsglobal.org/spec/lti/claim/target_link_uri";
pub const RESOURCE_LINK: &str = "https://purl.imsglobal.org/spec/lti/claim/resource_link";
pub const AGS_ENDPOINT: &str = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
pub const DL_SETTINGS: &str = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
pub const DL_CONTENT_ITEMS: &str = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
pub const DL_DATA: &str = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
pub const SCOPE_SCORE: &str = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

/// What a verified launch asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Open one of our pages; grades for it go to `lineitem` when the platform allows it.
    ResourceLink {
        resource_link_id: String,
        target_link_uri: String,
        lineitem: Option<String>,
    },
    /// A teacher picks what to embed; the answer goes back to `return_url`.
    DeepLinking {
        return_url: String,
        data: Option<String>,
    },
}

/// A launch's person and request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    pub subject: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub deployment_id: String,
    pub message: Message,
}

/// Why a launch's claims are not a launch we take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchProblem {
    NotLti,
    NoDeployment,
    NoSubject,
    NoResourceLink,
    NoReturnUrl,
}

fn text(claims: &Map<String, Value>, name: &str) -> Option<String> {
    claims
        .get(name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Reads a verified ID token's claims as an LTI 1.3 launch.
pub fn read_launch(claims: &Map<String, Value>) -> Result<Launch, LaunchProblem> {
    if text(claims, VERSION).as_deref() != Some("1.3.0") {
        return Err(LaunchProblem::NotLti);
    }
    let deployment_id = text(claims, DEPLOYMENT_ID).ok_or(LaunchProblem::NoDeployment)?;
    let subject = text(claims, "sub").ok_or(LaunchProblem::NoSubject)?;
    let message = match text(claims, MESSAGE_TYPE).as_deref() {
        Some("LtiResourceLinkRequest") => {
            let link = claims.get(RESOURCE_LINK).and_then(Value::as_object);
            let resource_link_id = link
                .and_then(|l| text(l, "id"))
                .ok_or(LaunchProblem::NoResourceLink)?;
            let target_link_uri = text(claims, TARGET_LINK_URI).ok_or(LaunchProblem::NotLti)?;
            let ags = claims.get(AGS_ENDPOINT).and_then(Value::as_object);
            let may_score = ags
                .and_then(|a| a.get("scope"))
                .and_then(Value::as_array)
                .is_some_and(|s| s.iter().any(|x| x.as_str() == Some(SCOPE_SCORE)));
            let lineitem = ags.and_then(|a| text(a, "lineitem")).filter(|_| may_score);
            Message::ResourceLink {
                resource_link_id,
                target_link_uri,
                lineitem,
            }
        }
        Some("LtiDeepLinkingRequest") => {
            let settings = claims
                .get(DL_SETTINGS)
                .and_then(Value::as_object)
                .ok_or(LaunchProblem::NoReturnUrl)?;
            Message::DeepLinking {
                return_url: text(settings, "deep_link_return_url")
                    .ok_or(LaunchProblem::NoReturnUrl)?,
                data: text(settings, "data"),
            }
        }
        _ => return Err(LaunchProblem::NotLti),
    };
    Ok(Launch {
        subject,
        name: text(claims, "name"),
        email: text(claims, "email"),
        deployment_id,
        message,
    })
}

/// The path a launch may open: one of our course pages, at our own address. A module is its
/// place on the course page (`/courses/<course>#module-<id>`).
pub fn target_path(target_link_uri: &str, base_url: &str) -> Option<String> {
    let rest = target_link_uri.strip_prefix(base_url.trim_end_matches('/'))?;
    let fragment = rest.split_once('#').map(|(_, f)| f);
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let parts: Vec<&str> = path.split('/').collect();
    let slug = |s: &str| {
        !s.is_empty()
            && s.len() <= 100
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    let module = fragment
        .and_then(|f| f.strip_prefix("module-"))
        .filter(|m| slug(m));
    match parts.as_slice() {
        ["", "courses", c] if slug(c) => Some(match module {
            Some(m) => format!("{path}#module-{m}"),
            None => path.to_string(),
        }),
        ["", "courses", c, "lessons" | "quizzes" | "cases", x] if slug(c) && slug(x) => {
            Some(path.to_string())
        }
        _ => None,
    }
}

/// An AGS score: `given` of `maximum`, completed (a quiz graded, a lesson done).
pub fn score_body(user: &str, given: f64, maximum: f64, timestamp: &str) -> Value {
    json!({
        "userId": user,
        "scoreGiven": given.clamp(0.0, maximum),
        "scoreMaximum": maximum,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "timestamp": timestamp,
    })
}

/// The scores address of a line item (its query string kept).
pub fn scores_url(lineitem: &str) -> String {
    match lineitem.split_once('?') {
        Some((path, query)) => format!("{}/scores?{query}", path.trim_end_matches('/')),
        None => format!("{}/scores", lineitem.trim_end_matches('/')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn launch(extra: Value) -> Map<String, Value> {
        let mut c = json!({
            "sub": "moodle-user-7",
            "name": "Kari Nordmann",
            VERSION: "1.3.0",
            DEPLOYMENT_ID: "1",
            MESSAGE_TYPE: "LtiResourceLinkRequest",
            RESOURCE_LINK: {"id": "rl-1"},
            TARGET_LINK_URI: "https://rtw.example/courses/rtw/quizzes/q1",
            AGS_ENDPOINT: {"scope": [SCOPE_SCORE], "lineitem": "https://lms.example/li/4"},
        })
        .as_object()
        .cloned()
        .unwrap();
        for (k, v) in extra.as_object().unwrap() {
            if v.is_null() {
                c.remove(k);
            } else {
                c.insert(k.clone(), v.clone());
            }
        }
        c
    }

    #[test]
    fn a_resource_link_launch_is_read_with_its_line_item() {
        let l = read_launch(&launch(json!({}))).unwrap();
        assert_eq!(l.subject, "moodle-user-7");
        assert_eq!(
            l.message,
            Message::ResourceLink {
                resource_link_id: "rl-1".into(),
                target_link_uri: "https://rtw.example/courses/rtw/quizzes/q1".into(),
                lineitem: Some("https://lms.example/li/4".into()),
            }
        );
        let no_score = read_launch(&launch(
            json!({AGS_ENDPOINT: {"scope": [], "lineitem": "x"}}),
        ))
        .unwrap();
        assert!(matches!(
            no_score.message,
            Message::ResourceLink { lineitem: None, .. }
        ));
    }

    #[test]
    fn claims_that_are_not_an_lti_launch_are_refused_with_the_reason() {
        assert_eq!(
            read_launch(&launch(json!({VERSION: "1.1"}))),
            Err(LaunchProblem::NotLti)
        );
        assert_eq!(
            read_launch(&launch(json!({DEPLOYMENT_ID: null}))),
            Err(LaunchProblem::NoDeployment)
        );
        assert_eq!(
            read_launch(&launch(json!({"sub": ""}))),
            Err(LaunchProblem::NoSubject)
        );
        assert_eq!(
            read_launch(&launch(json!({RESOURCE_LINK: {}}))),
            Err(LaunchProblem::NoResourceLink)
        );
        assert_eq!(
            read_launch(&launch(json!({MESSAGE_TYPE: "LtiDeepLinkingRequest"}))),
            Err(LaunchProblem::NoReturnUrl)
        );
        let dl = read_launch(&launch(json!({MESSAGE_TYPE: "LtiDeepLinkingRequest",
            DL_SETTINGS: {"deep_link_return_url": "https://lms.example/dl", "data": "xyz"}})))
        .unwrap();
        assert_eq!(
            dl.message,
            Message::DeepLinking {
                return_url: "https://lms.example/dl".into(),
                data: Some("xyz".into())
            }
        );
    }

    #[test]
    fn a_launch_opens_only_our_course_pages() {
        let base = "https://rtw.example";
        assert_eq!(
            target_path("https://rtw.example/courses/rtw/lessons/l-1?x=1", base).as_deref(),
            Some("/courses/rtw/lessons/l-1")
        );
        assert_eq!(
            target_path("https://rtw.example/courses/rtw", base).as_deref(),
            Some("/courses/rtw")
        );
        assert_eq!(
            target_path("https://rtw.example/courses/rtw#module-m-2", base).as_deref(),
            Some("/courses/rtw#module-m-2"),
            "a module"
        );
        assert_eq!(
            target_path("https://rtw.example/courses/rtw#other", base).as_deref(),
            Some("/courses/rtw")
        );
        for bad in [
            "https://evil.example/courses/rtw",
            "https://rtw.example.evil/courses/rtw",
            "https://rtw.example/account",
            "https://rtw.example/courses/rtw/lessons/../x",
            "https://rtw.example/courses//lessons/x",
        ] {
            assert_eq!(target_path(bad, base), None, "{bad}");
        }
    }

    #[test]
    fn scores_are_sent_to_the_line_items_scores_address() {
        assert_eq!(
            scores_url("https://lms.example/li/4"),
            "https://lms.example/li/4/scores"
        );
        assert_eq!(
            scores_url("https://lms.example/li/4?type_id=2"),
            "https://lms.example/li/4/scores?type_id=2"
        );
        let body = score_body("u", 12.0, 10.0, "2026-12-04T10:00:00Z");
        assert_eq!(body["scoreGiven"], 10.0);
        assert_eq!(body["activityProgress"], "Completed");
    }
}
