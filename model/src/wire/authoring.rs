//! What the authoring pages show: courses with their versions and drafts, a draft with its
//! files and problems, and one file in the editor.

use serde::{Deserialize, Serialize};

/// Where a draft is in its life: edited, waiting for a second author, published, or discarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftState {
    Draft,
    InReview,
    Published,
    Discarded,
}

impl DraftState {
    pub fn as_str(self) -> &'static str {
        match self {
            DraftState::Draft => "draft",
            DraftState::InReview => "in_review",
            DraftState::Published => "published",
            DraftState::Discarded => "discarded",
        }
    }

    pub fn parse(s: &str) -> Option<DraftState> {
        [
            DraftState::Draft,
            DraftState::InReview,
            DraftState::Published,
            DraftState::Discarded,
        ]
        .into_iter()
        .find(|d| d.as_str() == s)
    }

    /// The message key of the state's name.
    pub fn key(self) -> &'static str {
        match self {
            DraftState::Draft => "author-state-draft",
            DraftState::InReview => "author-state-in-review",
            DraftState::Published => "author-state-published",
            DraftState::Discarded => "author-state-discarded",
        }
    }
}

/// A course on the authors' page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorCourse {
    pub id: String,
    pub title: String,
    /// Newest first.
    pub versions: Vec<AuthorVersion>,
    /// Newest first.
    pub drafts: Vec<DraftSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorVersion {
    pub version_no: i64,
    pub published_at: i64,
    /// Whether its files were kept (a draft can be started from it).
    pub has_sources: bool,
    /// Withdrawn: newcomers no longer start on it.
    pub withdrawn: bool,
    /// How many learners are on this version.
    pub learners: i64,
    /// Published as compatible with this earlier version: its learners moved here.
    pub compatible_with: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub id: i64,
    pub state: DraftState,
    pub base_version_no: i64,
    pub created_by: String,
    pub updated_at: i64,
    pub published_version_no: Option<i64>,
}

/// One problem the validator found, as the editor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentProblem {
    pub file: String,
    pub line: Option<u32>,
    pub message: String,
    pub hint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftFile {
    pub path: String,
    /// Changed from the version the draft started from (or new in the draft).
    pub changed: bool,
    pub problems: u32,
}

/// A line of a file's difference from the version the draft started from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiffLine {
    Same(String),
    Added(String),
    Removed(String),
    /// Unchanged lines left out between changes.
    Skipped(u32),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileDiff {
    pub path: String,
    pub lines: Vec<DiffLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftView {
    pub id: i64,
    pub course_id: String,
    pub course_title: String,
    pub state: DraftState,
    pub base_version_no: i64,
    pub published_version_no: Option<i64>,
    pub created_by: String,
    /// Everyone who changed a file, by name.
    pub editors: Vec<String>,
    pub review_comment: Option<String>,
    pub files: Vec<DraftFile>,
    pub problems: Vec<ContentProblem>,
    /// What changed, file by file, against the version the draft started from.
    pub diffs: Vec<FileDiff>,
    pub can_edit: bool,
    pub can_submit: bool,
    /// The signed-in author may approve or send back (in review, and they changed nothing).
    pub can_review: bool,
    /// In review, but the signed-in author changed it: a second author must review it.
    pub needs_other_reviewer: bool,
    /// The course lets one author publish alone (`[publishing] second_author = false`).
    pub review_waived: bool,
    /// Sent for review as compatible: learners on the version it started from move to it.
    pub compatible: bool,
    /// How many learners are on the version it started from (or on one that counts there).
    pub learners_on_base: i64,
    /// Images and attachments beside the lessons.
    pub assets: Vec<DraftAsset>,
    /// The modules' folders, where a new image or attachment can go.
    pub folders: Vec<String>,
}

/// An image or attachment in a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftAsset {
    pub path: String,
    /// Where it can be seen (`/content/<sha256>.<ext>`).
    pub url: String,
    pub bytes: i64,
    pub image: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftFileView {
    pub draft_id: i64,
    pub course_id: String,
    pub state: DraftState,
    pub path: String,
    pub content: String,
    /// A short digest of `content`, which a form sends back so that it is saved only over the
    /// text it was made from.
    pub digest: String,
    /// For a structured (TOML) file that parses: its fields, to edit in a form.
    pub form: Option<Vec<FormPart>>,
    /// For a lesson file: its title and body as a learner would see them.
    pub preview_title: Option<String>,
    pub preview_html: Option<String>,
    /// For a quiz, an item bank or a case, when the draft loads: what a learner would see.
    pub preview: Option<FilePreview>,
    pub problems: Vec<ContentProblem>,
    pub can_edit: bool,
}

/// What changed between two published versions of a course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionChanges {
    pub course_id: String,
    pub course_title: String,
    pub from: i64,
    pub to: i64,
    /// The versions that can be compared (they kept their files), newest first.
    pub versions: Vec<i64>,
    pub diffs: Vec<FileDiff>,
}

/// How a field of a structured file is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    /// A short text on one line.
    Text,
    /// A longer text, or one with line breaks (Markdown in a case node).
    LongText,
    Number,
    /// Yes or no (a checkbox).
    Flag,
    /// A list of names or ids, one per line.
    List,
    /// Anything else, written as TOML (a list of sources, a date).
    Raw,
}

/// One field of a structured file, named by its path in the file (`items/0/prompt/nb`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormField {
    pub path: String,
    /// The key in the file (with its parent's key for nested tables).
    pub label: String,
    /// For a text per language: the language's code.
    pub lang: Option<String>,
    pub kind: FieldKind,
    pub value: String,
}

/// The fields of one table: the file's top level, or one entry of a list (a quiz item, an
/// option, a case node, a choice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormGroup {
    pub path: String,
    /// The list's key, the entry's number and its id (`options 2: yes`); empty at the top.
    pub title: String,
    /// How deeply the entry is nested (0 at the top).
    pub depth: u8,
    pub fields: Vec<FormField>,
    pub removable: bool,
}

/// The form of a structured file, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormPart {
    Group(FormGroup),
    /// A button that adds an entry to the list at `path` (after its last entry).
    Add {
        path: String,
        key: String,
        depth: u8,
    },
}

/// A learner's view of a structured file of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FilePreview {
    Quiz(QuizPreview),
    Case(CasePreview),
}

/// A quiz drawn as for one attempt, or an item bank's items, as the learner sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizPreview {
    pub title: String,
    pub lang: crate::domain::Lang,
    pub items: Vec<crate::wire::ShownItem>,
}

/// Every node of a case, in the file's order, with where each choice leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePreview {
    pub title: String,
    pub summary_html: String,
    pub start: String,
    pub nodes: Vec<PreviewNode>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewNode {
    pub id: String,
    pub actor_name: Option<String>,
    /// The node's text, rendered and sanitised as for learners.
    pub html: String,
    /// The titles of the documents the node hands out.
    pub documents: Vec<String>,
    pub choices: Vec<PreviewChoice>,
    /// A node without choices moves on by itself to one of these (the first that holds).
    pub routes: Vec<String>,
    pub ending: Option<PreviewEnding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewChoice {
    pub text: String,
    pub next: String,
    pub expert: bool,
    /// Offered only when its condition holds.
    pub conditional: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewEnding {
    /// `full_return`, `graded_return`, …
    pub outcome: String,
    pub score: u8,
}
