//! Email: one interface with backends (SMTP, `.eml` files, memory), templates per language,
//! and an outbox so that a restart loses nothing.

pub mod outbox;
mod templates;

pub use platform::mailer::{EmailMessage, Mailer};
pub use templates::{invitation_email, password_reset_email};
