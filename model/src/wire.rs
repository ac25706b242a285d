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
    pub quizzes: Vec<QuizRow>,
    pub cases: Vec<CaseRow>,
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
    /// The version the learner was moved from when this one was published as compatible.
    pub moved_from: Option<i64>,
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

/// A quiz link on the programme overview, with the learner's best result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizRow {
    pub id: String,
    pub title: String,
    pub lang: Lang,
    pub passed: bool,
    pub best_percent: Option<u8>,
}

/// What the learner may do with a quiz now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuizState {
    Ready,
    /// An attempt is open: continue it.
    InProgress(i64),
    /// After a failed attempt: the next may start at this time (unix seconds).
    WaitUntil(i64),
    NoAttemptsLeft,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptSummary {
    pub id: i64,
    pub number: u32,
    pub started_at: i64,
    pub submitted_at: Option<i64>,
    pub percent: Option<u8>,
    pub passed: Option<bool>,
}

/// The quiz's front page: its rules, the learner's attempts, and what they can do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizOverview {
    pub course_id: String,
    pub course_title: String,
    pub id: String,
    pub title: String,
    pub intro: String,
    pub lang: Lang,
    pub items: u32,
    pub pass_mark: u8,
    pub max_attempts: Option<u32>,
    pub wait_minutes: u32,
    pub time_limit_minutes: Option<u32>,
    pub passed: bool,
    pub state: QuizState,
    pub attempts: Vec<AttemptSummary>,
}

/// The attempt form sends `a[<prefix><item>]` with every question it shows, so an answer the learner
/// has emptied (boxes unticked, text deleted) replaces the one saved before.
pub const SHOWN_FIELD_PREFIX: &str = "_shown.";

/// One choice as shown: an id and its text. Never whether it is right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub text: String,
}

/// An item as the learner sees it during an attempt. Keys and feedback stay on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShownKind {
    SingleChoice(Vec<Choice>),
    MultipleResponse(Vec<Choice>),
    TrueFalse,
    /// Prompts, and the answers to pick from for each.
    Matching(Vec<Choice>, Vec<Choice>),
    /// Steps (in shuffled order) to put in order.
    Ordering(Vec<Choice>),
    Numeric(Option<String>),
    ShortText,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownItem {
    pub id: String,
    pub number: u32,
    pub points: u32,
    pub prompt: String,
    pub kind: ShownKind,
    /// Immediate feedback: set once the learner has checked this item (its answer is then locked).
    pub checked: Option<ReviewedItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptPage {
    pub id: i64,
    pub number: u32,
    pub course_id: String,
    pub quiz_id: String,
    pub quiz_title: String,
    pub lang: Lang,
    /// Unix seconds; `None` when untimed.
    pub deadline: Option<i64>,
    pub now: i64,
    /// Each item can be checked on its own, with feedback at once.
    pub immediate: bool,
    pub items: Vec<ShownItem>,
    /// Answers saved so far, as form fields (`a[<key>]`), to fill the form in again.
    pub saved: std::collections::BTreeMap<String, String>,
}

/// One item on the review after submitting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewedItem {
    pub number: u32,
    pub prompt: String,
    pub given: Option<String>,
    pub right_answer: String,
    /// Thousandths of the item's points.
    pub credit: u16,
    pub feedback: Vec<String>,
    pub explanation: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptReview {
    pub id: i64,
    pub number: u32,
    pub course_id: String,
    pub quiz_id: String,
    pub quiz_title: String,
    pub lang: Lang,
    pub percent: u8,
    pub pass_mark: u8,
    pub passed: bool,
    /// Submitted after the time limit: only answers saved in time were graded.
    pub late: bool,
    /// Empty when the quiz shows no feedback (exams).
    pub items: Vec<ReviewedItem>,
}

/// One item's row in the statistics for authors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemStatRow {
    pub item_id: String,
    pub prompt: String,
    pub attempts: u32,
    /// Average credit, percent.
    pub facility: f64,
    /// Correlation with the rest of the attempt, ×100; `None` when it cannot be computed yet.
    pub discrimination: Option<f64>,
    /// For choice items: each option's text, whether it is right, and how often it was chosen.
    pub options: Vec<(String, bool, u32)>,
}

/// Item statistics of one quiz in one published version (for authors).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizStatistics {
    pub course_id: String,
    pub quiz_id: String,
    pub title: String,
    pub version_no: i64,
    pub attempts: u32,
    pub mean_percent: f64,
    /// Average time from start to submission.
    pub mean_seconds: f64,
    pub items: Vec<ItemStatRow>,
}

/// A case link on the programme overview, with the learner's best result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRow {
    pub id: String,
    pub title: String,
    pub lang: Lang,
    pub minutes: u32,
    pub best_score: Option<u8>,
    pub in_progress: bool,
}

/// One run of a case, as the case page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSummary {
    pub id: i64,
    pub number: u32,
    pub started_at: i64,
    pub decisions: u32,
    /// Set once the run has ended.
    pub ending: Option<CaseEnding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEnding {
    /// `full_return`, `graded_return`, `other_work`, `long_term_absence` or `dropped_out`.
    pub outcome: String,
    pub score: u8,
    /// The week of sick leave the case ended in.
    pub week: u32,
}

/// A case's page: what it is about and the learner's runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseOverview {
    pub course_id: String,
    pub course_title: String,
    pub id: String,
    pub title: String,
    /// Rendered from Markdown and sanitised.
    pub summary_html: String,
    pub lang: Lang,
    pub minutes: u32,
    /// `NO` or `SE`.
    pub jurisdiction: String,
    pub runs: Vec<RunSummary>,
    /// The unfinished run to continue, if any.
    pub open_run: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDocument {
    pub id: String,
    pub title: String,
    pub html: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseChoice {
    pub id: String,
    pub text: String,
}

/// A variable the case shows the learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownVar {
    pub id: String,
    pub label: String,
    pub value: ShownValue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShownValue {
    Number {
        value: i64,
        min: Option<i64>,
        max: Option<i64>,
    },
    Flag(bool),
}

/// A milestone of the rule pack on the case's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub day: u32,
    pub week: u32,
    pub title: String,
    pub passed: bool,
    pub source: SourceRef,
}

/// Something that happened in the case: a reaction to a milestone, or a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEvent {
    pub day: u32,
    pub week: u32,
    pub text: String,
    pub decision: bool,
}

/// A choice with the reasoning behind it, for the debrief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonedChoice {
    pub text: String,
    pub why: String,
    pub sources: Vec<SourceRef>,
}

/// One decision of the learner's run beside the expert's choice at the same point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DebriefRow {
    pub step: u32,
    pub week: u32,
    /// The actor code of the node the decision was made at.
    pub actor: String,
    pub chosen: ReasonedChoice,
    /// `None` when the learner made the expert's choice.
    pub expert: Option<ReasonedChoice>,
}

/// A run of a case as the learner plays it, and its debrief once it has ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePlay {
    pub course_id: String,
    pub case_id: String,
    pub case_title: String,
    pub lang: Lang,
    pub run_id: i64,
    pub number: u32,
    /// Decisions made so far; a decision posts it back so a double post counts once.
    pub step: u32,
    pub day: u32,
    pub week: u32,
    /// The actor code of the current node, and that person's (fictional) name.
    pub actor: String,
    pub actor_name: Option<String>,
    pub html: String,
    pub documents: Vec<CaseDocument>,
    pub choices: Vec<CaseChoice>,
    pub vars: Vec<ShownVar>,
    pub timeline: Vec<TimelineEntry>,
    /// Newest first.
    pub events: Vec<CaseEvent>,
    pub ending: Option<CaseEnding>,
    pub debrief: Vec<DebriefRow>,
    /// Where always taking the expert's choice ends.
    pub expert_ending: Option<CaseEnding>,
}

/// Path analytics of a case version, for authors: where learners went and where they stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseAnalytics {
    pub course_id: String,
    pub case_id: String,
    pub title: String,
    pub lang: Lang,
    pub version_no: i64,
    pub runs: u32,
    pub finished: u32,
    pub nodes: Vec<AnalyticsNode>,
    pub edges: Vec<AnalyticsEdge>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyticsNode {
    pub id: String,
    /// Actor code.
    pub actor: String,
    /// Set for endings: the outcome code.
    pub outcome: Option<String>,
    /// Column (steps from the start) and row in the graph.
    pub depth: u32,
    pub row: u32,
    /// Decisions made here (choice nodes) or runs that ended here (endings).
    pub count: u32,
    /// Unfinished runs that stand here now: learners who stopped (or have not yet gone on).
    pub waiting: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyticsEdge {
    pub from: String,
    pub to: String,
    /// The choice's id and text; `None` for a route the case takes by itself.
    pub choice: Option<String>,
    pub text: String,
    pub expert: bool,
    /// How many decisions took this choice (routes: not counted).
    pub count: Option<u32>,
}

/// A certificate as its holder and a verifier see it. Nothing else about the holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateView {
    /// `RTW-XXXX-XXXX-XXXX-XXXX`.
    pub code: String,
    pub holder: String,
    pub title: String,
    /// The programme's qualification (not a certificate of part of it).
    pub qualification: bool,
    pub programme: String,
    pub course_id: String,
    pub issued_at: i64,
    pub expires_at: i64,
    /// `valid`, `expired`, `revoked` or `suspended`.
    pub status: String,
    /// Why it was revoked or suspended (only to the holder).
    pub status_reason: Option<String>,
    pub status_at: Option<i64>,
    /// Where renewal stands (only to the holder, and only for renewable certificates).
    #[serde(default)]
    pub renewal: Option<RenewalView>,
}

/// A certificate's renewal as its holder sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalView {
    /// `not_yet`, `open`, `closed` (revoked or suspended) or `renewed`.
    pub state: String,
    pub opens_at: i64,
    /// Continuing professional development logged since the certificate was issued.
    pub cpd_tenths: i64,
    pub cpd_required_tenths: i64,
    /// Titles of the refresher modules not completed yet.
    pub modules_missing: Vec<String>,
    /// Everything renewal asks for is done and the window is open.
    pub ready: bool,
    /// The code of the certificate that renewed this one.
    pub renewed_by: Option<String>,
}

/// One entry of a learner's continuing professional development log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CpdEntryView {
    pub id: i64,
    pub activity: String,
    pub provider: String,
    /// `YYYY-MM-DD`.
    pub done_on: String,
    pub hours_tenths: i64,
    pub attested_by: String,
}

/// An organisation as listed for one of its administrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgCard {
    pub id: i64,
    pub name: String,
    pub kind: crate::domain::organisation::OrgKind,
    pub members: i64,
}

/// What an organisation sees about one of its people: this and nothing more, both on the
/// administrator's page and on the person's own account page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRecord {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: crate::domain::organisation::OrgRole,
    pub joined_at: i64,
    pub lessons_completed: i64,
    pub quizzes_passed: i64,
    /// Modules with every lesson, quiz and case done (what the HR feed reports as completions).
    pub modules_completed: i64,
    /// Certificates: their code, title-free status (`valid`, `expired`, `revoked`, `suspended`)
    /// and expiry.
    pub certificates: Vec<MemberCertificate>,
    /// The organisation's cohorts the person is in, with where they stand.
    #[serde(default)]
    pub cohorts: Vec<MemberCohort>,
}

/// One person as their organisation's administrators see them: the record (the same the person
/// sees on their account page) and each module of each programme, completed or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgPersonView {
    pub org_id: i64,
    pub org_name: String,
    pub record: MemberRecord,
    pub modules: Vec<PersonModule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonModule {
    pub course_title: String,
    pub module_id: String,
    pub module_title: String,
    /// When the person completed it (on any version), if they have.
    pub completed_at: Option<i64>,
}

/// A cohort as one of its people's records shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberCohort {
    pub name: String,
    pub course_title: String,
    pub deadline_day: i64,
    pub done: i64,
    pub total: i64,
    pub state: crate::domain::cohort::CohortState,
}

/// A cohort with its figures, for the organisation page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortSummary {
    pub id: i64,
    pub name: String,
    pub course_id: String,
    pub course_title: String,
    /// A calendar day, as days since 1970.
    pub deadline_day: i64,
    pub members: i64,
    pub done: i64,
    pub in_progress: i64,
    pub not_started: i64,
    pub overdue: i64,
}

/// One cohort's page: its people and where each stands, and who could be added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortView {
    pub org_id: i64,
    pub org_name: String,
    pub cohort: CohortSummary,
    pub members: Vec<CohortMemberRow>,
    /// The organisation's people not in the cohort.
    pub candidates: Vec<CohortCandidate>,
    /// Today, as days since 1970 (local calendar).
    pub today: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortMemberRow {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub done: i64,
    pub total: i64,
    pub state: crate::domain::cohort::CohortState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortCandidate {
    pub user_id: i64,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberCertificate {
    pub code: String,
    pub status: String,
    pub expires_at: i64,
}

/// An invitation as its organisation's administrators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: crate::domain::organisation::OrgRole,
    pub created_at: i64,
    pub expires_at: i64,
    /// `open`, `expired`, `accepted` or `revoked`.
    pub state: String,
}

/// An HR API token as its organisation's administrators see it (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiTokenRow {
    pub id: i64,
    pub name: String,
    pub scopes: Vec<crate::domain::hr_api::Scope>,
    pub created_by: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    /// `active`, `expired` or `revoked`.
    pub state: String,
}

/// A token just created: the only time its value is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApiToken {
    pub id: i64,
    pub name: String,
    pub token: String,
    pub expires_at: i64,
}

/// The organisation's HR integration page: its API tokens, and a token just created (once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgApiView {
    pub org_id: i64,
    pub org_name: String,
    pub tokens: Vec<ApiTokenRow>,
    pub revealed: Option<NewApiToken>,
    /// Where the API is, for the examples on the page.
    pub base_url: String,
}

/// A webhook as its organisation's administrators see it (never its secret, after the first time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookRow {
    pub id: i64,
    pub url: String,
    pub events: Vec<crate::domain::webhook::WebhookEvent>,
    pub created_at: i64,
    pub disabled: bool,
}

/// One delivery of an event to a webhook: the log line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryRow {
    pub id: i64,
    pub webhook_id: i64,
    pub event: String,
    pub event_id: String,
    pub created_at: i64,
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub last_attempt_at: Option<i64>,
    pub delivered_at: Option<i64>,
    pub replay_of: Option<i64>,
}

/// The organisation's webhooks page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgWebhooksView {
    pub org_id: i64,
    pub org_name: String,
    pub hooks: Vec<WebhookRow>,
    /// The newest deliveries first.
    pub deliveries: Vec<DeliveryRow>,
    /// A webhook just created and its signing secret, the one time it is shown.
    pub revealed: Option<(i64, String)>,
    /// Whether `http://` and internal addresses are allowed here.
    pub allow_internal: bool,
}

/// The answer to a bulk verification: one row per code or address given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkReport {
    pub org_id: i64,
    pub org_name: String,
    /// `None` before a list is given (the empty form).
    pub check_id: Option<i64>,
    /// The list as it was given (to check another list starting from it).
    pub input: String,
    pub rows: Vec<BulkRow>,
    /// The server's time when this was read.
    pub now: i64,
}

/// One code or address of a bulk verification and what was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkRow {
    pub line: usize,
    /// As it was read: a normalised code, a lower-cased address, or the text that was neither.
    pub input: String,
    /// `code`, `email` or `unreadable`.
    pub kind: String,
    /// For a code: its status (`valid`, `expired`, `revoked`, `suspended`) or `not_found`. For an
    /// address: the person's standing (`valid`, `expiring` within 90 days, `lapsed`, `missing`) or
    /// `not_member` (nobody in this organisation has it). `unreadable` otherwise.
    pub outcome: String,
    pub person: Option<String>,
    pub certificates: Vec<BulkCertificate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkCertificate {
    pub code: String,
    pub title: String,
    pub status: String,
    pub expires_at: i64,
}

/// The learning networks one may see, and whether one may make them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworksView {
    pub networks: Vec<NetworkCard>,
    pub can_create: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkCard {
    pub id: i64,
    pub name: String,
    pub organisations: i64,
}

/// A learning network's page: counts per organisation and per module, never people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkView {
    pub id: i64,
    pub name: String,
    pub organisations: Vec<NetworkOrg>,
    /// Completion per module, summed over the organisations.
    pub modules: Vec<ModuleFigure>,
    /// Organisations not in the network (platform administrators, to add one).
    pub candidates: Vec<OrgCard>,
    pub can_manage: bool,
}

/// One organisation of a network, as counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkOrg {
    pub id: i64,
    pub name: String,
    pub kind: crate::domain::organisation::OrgKind,
    pub people: i64,
    pub lessons: i64,
    pub modules: i64,
    /// People holding at least one valid certificate.
    pub certified: i64,
    /// Whether the viewer administers it (and so may open its page).
    pub mine: bool,
}

/// An organisation's learning record store page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgLrsView {
    pub org_id: i64,
    pub org_name: String,
    pub connection: Option<LrsConnection>,
    /// The newest statements first.
    pub statements: Vec<StatementRow>,
    /// Statements the LRS has taken, and statements waiting (or being retried).
    pub sent: i64,
    pub waiting: i64,
    /// Whether `http://` and internal addresses are allowed here.
    pub allow_internal: bool,
}

/// A connected learning record store, without its password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LrsConnection {
    pub endpoint: String,
    pub username: String,
    pub updated_at: i64,
    pub enabled: bool,
}

/// One xAPI statement in the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementRow {
    pub id: i64,
    pub statement_id: String,
    /// The verb's last word: `completed`, `passed`, `failed`, `answered`, `earned`.
    pub verb: String,
    /// The activity, relative to the platform (`/courses/…`).
    pub object: String,
    pub person: String,
    pub created_at: i64,
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub delivered_at: Option<i64>,
}

/// An organisation's page for its administrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgOverview {
    pub id: i64,
    pub name: String,
    pub kind: crate::domain::organisation::OrgKind,
    /// One page of the people (those with `standing` when it is set), in name order.
    pub members: Vec<MemberRecord>,
    /// How many people have each standing, in `Standing::ALL` order.
    pub standings: Vec<(crate::domain::organisation::Standing, i64)>,
    /// How many people the list has over all its pages.
    pub member_total: i64,
    /// The page shown (from 1) and how many people a page holds.
    pub page: i64,
    pub per_page: i64,
    /// The standing the list is limited to, and the window (days) "expiring" counts with.
    pub standing: Option<crate::domain::organisation::Standing>,
    pub within: i64,
    pub invitations: Vec<InvitationRow>,
    /// Each module of each course with how many of the people completed it.
    pub modules: Vec<ModuleFigure>,
    /// Lessons and modules completed week by week, oldest first.
    pub weeks: Vec<WeekFigure>,
    pub cohorts: Vec<CohortSummary>,
    /// The programmes a cohort can take: (id, title).
    pub courses: Vec<(String, String)>,
    /// Today, as days since 1970 (local calendar).
    pub today: i64,
    /// The server's time when this was read (what "expires within" counts from).
    pub now: i64,
}

/// Which part of an organisation's people its page lists: those with a standing (all without
/// one), "expiring" counted with a window of `within` days, page `page` (from 1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberList {
    pub standing: Option<crate::domain::organisation::Standing>,
    pub within: Option<i64>,
    pub page: Option<i64>,
}

/// How many of an organisation's people completed one module (out of how many people it has).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleFigure {
    pub course_id: String,
    pub course_title: String,
    pub module_id: String,
    pub module_title: String,
    pub completed: i64,
    pub members: i64,
}

/// What an organisation's people completed in one week (starting Monday 00:00 UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekFigure {
    pub starts_at: i64,
    pub lessons: i64,
    pub modules: i64,
}

/// What an invitation link leads to, as the invited person sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub organisation: String,
    pub name: String,
    pub email: String,
    pub role: crate::domain::organisation::OrgRole,
    /// `open`, `expired`, `accepted` or `revoked`.
    pub state: String,
    pub expires_at: i64,
}

/// One row of a roster import: what will happen (dry run) or what happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    pub line: usize,
    pub name: String,
    pub email: String,
    pub role: crate::domain::organisation::OrgRole,
    /// `invite` (new), `renew` (an open invitation is sent again) or `member` (already in, skipped).
    pub outcome: String,
}

/// A row that cannot be imported, with every reason, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    pub line: usize,
    pub messages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub rows: Vec<ImportRow>,
    pub problems: Vec<ImportProblem>,
    /// False for a dry run, and for an import refused because a row has a problem.
    pub applied: bool,
}

/// An organisation the signed-in person belongs to, and exactly what it sees about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyOrganisation {
    pub name: String,
    pub record: MemberRecord,
}

mod authoring;
pub use authoring::*;

/// An organisation's single sign-on page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSsoView {
    pub org_id: i64,
    pub org_name: String,
    pub provider: Option<SsoProviderView>,
    /// The address to register at the provider as the redirect URI.
    pub redirect_uri: String,
    /// A link that starts a sign-in through this organisation (for an intranet page).
    pub start_url: String,
    /// People who have signed in through the provider.
    pub people: i64,
    /// Whether `http://` and internal addresses are allowed for the issuer.
    pub allow_internal: bool,
}

/// An organisation's OpenID provider settings, without the client secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoProviderView {
    pub issuer: String,
    pub client_id: String,
    pub subject_claim: String,
    pub name_claim: String,
    pub email_claim: String,
    pub org_claim: String,
    pub org_value: String,
    pub enabled: bool,
    pub updated_at: i64,
}

/// An organisation people can sign in through (the sign-in page's list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoChoice {
    pub org_id: i64,
    pub name: String,
}

/// A sign-in through an organisation waiting to be linked to an existing account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoLinkView {
    pub org_name: String,
    pub email: String,
}

/// The platform administrators' LTI page: what to give an LMS, and the registered platforms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LtiPlatformsView {
    pub login_url: String,
    pub launch_url: String,
    pub jwks_url: String,
    pub platforms: Vec<LtiPlatformRow>,
    /// The organisations a platform's people may join.
    pub organisations: Vec<SsoChoice>,
    /// Whether `http://` and internal addresses are allowed.
    pub allow_internal: bool,
}

/// A registered LMS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LtiPlatformRow {
    pub id: i64,
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub deployments: String,
    pub organisation: String,
    pub enabled: bool,
    /// People it has launched.
    pub people: i64,
}
