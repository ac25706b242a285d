//! Types sent between server functions and pages. Text in them is already in the page's language.

use crate::domain::Lang;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Learner,
    Author,
    OrgAdmin,
    PlatformAdmin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Author => "author",
            Role::OrgAdmin => "org_admin",
            Role::PlatformAdmin => "platform_admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [
            Role::Learner,
            Role::Author,
            Role::OrgAdmin,
            Role::PlatformAdmin,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// The signed-in user as pages see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    pub lang: Lang,
}

/// A course as listed on the front page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub lang: Lang,
    pub modules: u32,
    pub lessons: u32,
    pub minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonLink {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonRow {
    pub id: String,
    pub title: String,
    pub lang: Lang,
    pub minutes: u32,
    pub completed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleProgress {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub summary: String,
    pub lang: Lang,
    pub minutes: u32,
    pub done: u32,
    pub total: u32,
    pub lessons: Vec<LessonRow>,
}

/// The programme overview: modules in order, time, and the learner's own progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeOverview {
    pub course_id: String,
    pub title: String,
    pub summary: String,
    pub lang: Lang,
    pub version_no: i64,
    pub minutes: u32,
    pub done: u32,
    pub total: u32,
    pub percent: u8,
    /// The lesson to continue with; `None` when everything is done.
    pub resume: Option<LessonLink>,
    /// True once the learner has opened or finished any lesson.
    pub started: bool,
    pub modules: Vec<ModuleProgress>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub title: String,
    pub url: Option<String>,
}

/// One lesson as a learner reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonPage {
    pub course_id: String,
    pub course_title: String,
    pub module_title: String,
    pub module_number: u32,
    pub id: String,
    pub title: String,
    /// The language the lesson text is in.
    pub lang: Lang,
    /// True when the text is not in the language the learner asked for.
    pub fallback: bool,
    pub minutes: u32,
    pub objectives: Vec<String>,
    pub sources: Vec<SourceRef>,
    /// Rendered from Markdown and sanitised when the course was published.
    pub html: String,
    pub completed: bool,
    pub position: u32,
    pub count: u32,
    pub prev: Option<LessonLink>,
    pub next: Option<LessonLink>,
}
