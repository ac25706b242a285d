//! Plain results the data layer gives to callers outside it, one type for every backend (a type
//! defined in the data layer is a different type in each backend's copy).

/// How long a sign-in may stay at the provider.
pub const LOGIN_TTL_SECS: i64 = 600;
/// How long a pending link waits for the account's password.
pub const LINK_TTL_SECS: i64 = 900;

/// What publishing one course did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishOutcome {
    pub course_id: String,
    pub version_no: i64,
    pub version_id: i64,
    /// False when this exact content was already published (nothing was written).
    pub created: bool,
    pub lessons: usize,
}

/// The login request a platform sends first (OIDC third-party initiated login).
#[derive(Debug, Default, serde::Deserialize)]
pub struct LoginRequest {
    pub iss: Option<String>,
    pub login_hint: Option<String>,
    pub target_link_uri: Option<String>,
    pub lti_message_hint: Option<String>,
    pub client_id: Option<String>,
    pub lti_deployment_id: Option<String>,
}

/// How a launch ends.
#[derive(Debug, PartialEq, Eq)]
pub enum Launched {
    /// Signed in (or waiting to link an account), as after single sign-on.
    Person(Finished),
    /// A teacher's deep-linking request: the choice page, with this token.
    DeepLink { token: String },
}

/// A sign-in sent to the provider: the browser goes to `url`, and keeps `state` in a cookie.
#[derive(Debug)]
pub struct Begun {
    pub url: String,
    pub state: String,
}

/// What the browser brings back from the provider.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Callback {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    /// The issuer of the answer (RFC 9207), when the provider says: it must be ours.
    pub iss: Option<String>,
}

/// How a return from the provider ends.
#[derive(Debug, PartialEq, Eq)]
pub enum Finished {
    /// Sign in as this user and go to `next`.
    SignedIn { user_id: i64, next: String },
    /// An account has this email: its owner must sign in with the password to link (the token
    /// goes in a cookie).
    Link { token: String },
}

/// What saving a form did.
#[derive(Debug)]
pub struct FormSaved {
    /// The digest of the saved text.
    pub saved: String,
    /// Fields whose value was refused (not a number, not TOML); the rest were saved.
    pub invalid: Vec<String>,
    /// The entry to show (one just added).
    pub focus: Option<String>,
}

/// A key as the JWKS publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    pub kid: String,
    pub x: String,
    pub retired: bool,
}

/// A certificate its holder (or a platform administrator) may download.
pub struct Holding {
    pub view: model::wire::CertificateView,
    pub facts: model::domain::credential::BadgeFacts,
}

/// Something a teacher can embed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pickable {
    /// Our path, e.g. `/courses/c/quizzes/q`.
    pub path: String,
    pub title: String,
    /// `module`, `lesson`, `quiz` or `case`.
    pub kind: &'static str,
    /// The module's title, for grouping.
    pub module: String,
    /// Whether it gives a score (then the LMS gets a gradebook column).
    pub scored: bool,
}

/// What one clean-up deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub password_resets: u64,
    pub emails: u64,
    /// Roster files uploaded for an import that was never made (kept a day, whatever `days` is).
    pub roster_files: u64,
    /// Lists pasted for bulk verification (kept a day, like roster files).
    pub bulk_checks: u64,
}

impl Purged {
    pub fn total(&self) -> u64 {
        self.sessions + self.password_resets + self.emails + self.roster_files + self.bulk_checks
    }
}
