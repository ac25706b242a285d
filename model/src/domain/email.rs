//! An email address as the platform stores it: trimmed, lower-cased, plausibly deliverable.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why an email address was refused. Each variant maps to a message key shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("email is empty")]
    Empty,
    #[error("email is too long")]
    TooLong,
    #[error("email is not a valid address")]
    Invalid,
}

impl EmailError {
    pub fn message_key(self) -> &'static str {
        match self {
            EmailError::Empty => "error-email-empty",
            EmailError::TooLong | EmailError::Invalid => "error-email-invalid",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Longest address SMTP can carry (RFC 5321 path limit).
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.len() > Self::MAX_LEN {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(EmailError::Invalid)?;
        let well_formed = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        if !well_formed {
            return Err(EmailError::Invalid);
        }
        Ok(Email(s.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn address_is_trimmed_and_lower_cased() {
        let email = Email::parse("  Kari.Nordmann@Example.NO ").unwrap();
        assert_eq!(email.as_str(), "kari.nordmann@example.no");
    }

    #[test]
    fn empty_input_is_reported_as_empty() {
        assert_eq!(Email::parse("   "), Err(EmailError::Empty));
    }

    #[test]
    fn addresses_without_a_domain_are_refused() {
        for bad in [
            "kari",
            "kari@",
            "@example.no",
            "kari@example",
            "kari@.no",
            "kari@example..no",
            "ka ri@example.no",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad}");
        }
    }

    #[test]
    fn nordic_letters_in_the_domain_are_accepted() {
        assert!(Email::parse("ola@bærum.kommune.no").is_ok());
    }

    proptest! {
        #[test]
        fn parsing_never_panics_and_accepted_addresses_reparse_to_themselves(s in "\\PC{0,300}") {
            if let Ok(email) = Email::parse(&s) {
                prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()));
                prop_assert!(email.as_str().len() <= Email::MAX_LEN);
            }
        }

        #[test]
        fn simple_addresses_are_accepted(local in "[a-z0-9._-]{1,30}", domain in "[a-z0-9-]{1,20}\\.[a-z]{2,6}") {
            let raw = format!("{local}@{domain}");
            prop_assert_eq!(Email::parse(&raw).map(|e| e.as_str().to_string()), Ok(raw));
        }
    }
}
