//! The one error type that crosses from server to browser.
//!
//! It carries message keys (translated on the page), never internal text: causes are logged on
//! the server where they happen.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one form field: the field's name and the message key to show beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The input was refused; each field says why.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// The request itself was malformed (missing or wrong-typed arguments, too large).
    #[error("bad request")]
    BadRequest,
    #[error("not signed in")]
    Unauthenticated,
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Wrong email or password: one answer for both, so accounts cannot be discovered.
    #[error("wrong email or password")]
    BadCredentials,
    /// Too many failed sign-ins for the account or from the address; wait, or reset the password.
    #[error("too many attempts")]
    TooManyAttempts,
    /// A link (password reset) that is unknown, used or expired.
    #[error("link expired")]
    LinkExpired,
    /// The quiz cannot be taken now (no attempts left, a wait, or the attempt is closed).
    #[error("quiz closed")]
    QuizClosed,
    /// The case does not offer that choice now (its condition does not hold).
    #[error("choice unavailable")]
    ChoiceUnavailable,
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn field(field: &str, key: &str) -> Self {
        AppError::Invalid(vec![FieldError {
            field: field.into(),
            key: key.into(),
        }])
    }

    /// The message key for a field, if this error is about that field.
    pub fn field_key(&self, name: &str) -> Option<&str> {
        match self {
            AppError::Invalid(fields) => fields
                .iter()
                .find(|f| f.field == name)
                .map(|f| f.key.as_str()),
            _ => None,
        }
    }

    /// The message key for the error as a whole, shown at the top of a form or page.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::Invalid(_) => "error-invalid-form",
            AppError::BadRequest => "error-bad-request",
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::BadCredentials => "error-bad-credentials",
            AppError::TooManyAttempts => "error-too-many-attempts",
            AppError::LinkExpired => "error-link-expired",
            AppError::QuizClosed => "error-quiz-closed",
            AppError::ChoiceUnavailable => "error-choice-unavailable",
            AppError::Internal => "error-internal",
        }
    }

    /// The HTTP status for API callers (plain form posts are redirected back instead).
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(_) => 422,
            AppError::BadRequest => 400,
            AppError::Unauthenticated | AppError::BadCredentials => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::LinkExpired => 410,
            AppError::TooManyAttempts => 429,
            AppError::QuizClosed | AppError::ChoiceUnavailable => 409,
            AppError::Internal => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The client sent something we could not read: its fault, and safe to say so.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::BadRequest,
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        // Text PostgreSQL cannot store (a NUL byte, from a path such as `/courses/%00`) is the
        // request's mistake, not the server's. SQLite stores it, and then finds nothing.
        let code = e.as_database_error().and_then(|d| d.code());
        if matches!(code.as_deref(), Some("22021" | "22P05")) {
            tracing::info!(error = %e, "text the database cannot store");
            return AppError::BadRequest;
        }
        tracing::error!(error = %e, "database error");
        AppError::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_are_found_by_field_name() {
        let e = AppError::Invalid(vec![
            FieldError {
                field: "email".into(),
                key: "error-email-taken".into(),
            },
            FieldError {
                field: "name".into(),
                key: "error-name-empty".into(),
            },
        ]);
        assert_eq!(e.field_key("name"), Some("error-name-empty"));
        assert_eq!(e.field_key("password"), None);
    }

    #[test]
    fn malformed_arguments_are_the_clients_fault() {
        let e = AppError::from_server_fn_error(ServerFnErrorErr::Args("bad".into()));
        assert_eq!(e, AppError::BadRequest);
        assert_eq!(e.status(), 400);
    }

    #[test]
    fn errors_survive_the_wire() {
        let e = AppError::field("email", "error-email-taken");
        assert_eq!(AppError::de(e.ser()), e);
    }
}
