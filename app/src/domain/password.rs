//! Rules for a new password (OWASP ASVS 2.1: length over composition, no truncation).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password is too short")]
    TooShort,
    #[error("password is too long")]
    TooLong,
}

impl PasswordError {
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordError::TooShort => "error-password-too-short",
            PasswordError::TooLong => "error-password-too-long",
        }
    }
}

/// A password that meets the rules. Never printed: `Debug` hides it.
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    /// ASVS 2.1.1: at least 12 characters.
    pub const MIN_CHARS: usize = 12;
    /// ASVS 2.1.2: at least 64 allowed; longer input is refused rather than silently cut.
    pub const MAX_CHARS: usize = 128;

    /// Counts characters, not bytes, and keeps spaces (ASVS 2.1.3, 2.1.4).
    pub fn parse(input: &str) -> Result<Self, PasswordError> {
        let n = input.chars().count();
        if n < Self::MIN_CHARS {
            Err(PasswordError::TooShort)
        } else if n > Self::MAX_CHARS {
            Err(PasswordError::TooLong)
        } else {
            Ok(NewPassword(input.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_characters_are_too_short_and_twelve_are_enough() {
        assert_eq!(
            NewPassword::parse("abcdefghijk").unwrap_err(),
            PasswordError::TooShort
        );
        assert!(NewPassword::parse("abcdefghijkl").is_ok());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 12 characters, 24 bytes.
        assert!(NewPassword::parse("æøåæøåæøåæøå").is_ok());
        assert_eq!(
            NewPassword::parse("æøåæøåæøåæø").unwrap_err(),
            PasswordError::TooShort
        );
    }

    #[test]
    fn overlong_passwords_are_refused_not_truncated() {
        assert_eq!(
            NewPassword::parse(&"x".repeat(129)).unwrap_err(),
            PasswordError::TooLong
        );
    }

    #[test]
    fn debug_output_does_not_reveal_the_password() {
        let p = NewPassword::parse("correct horse battery").unwrap();
        assert!(!format!("{p:?}").contains("horse"));
    }
}
