//! Rules for a new password (OWASP ASVS 2.1: length over composition, no truncation).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password is too short")]
    TooShort,
    #[error("password is too long")]
    TooLong,
    /// The password is one that was leaked in a data breach (ASVS 2.1.7).
    #[error("password is known from data breaches")]
    Breached,
}

impl PasswordError {
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordError::TooShort => "error-password-too-short",
            PasswordError::TooLong => "error-password-too-long",
            PasswordError::Breached => "error-password-breached",
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
        } else if is_breached(input) {
            Err(PasswordError::Breached)
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

/// True when the whole password, ignoring case (and common letter-for-digit swaps and reversal),
/// is in the list of passwords leaked in data breaches that zxcvbn bundles (its "passwords"
/// frequency list, from leaked password sets). Only the server checks; the browser build does not
/// carry the list.
#[cfg(feature = "ssr")]
pub fn is_breached(password: &str) -> bool {
    use zxcvbn::matching::patterns::MatchPattern;
    // zxcvbn reads the first 100 characters; a longer password is not a leaked one we could know.
    if password.chars().count() > 100 {
        return false;
    }
    let entropy = zxcvbn::zxcvbn(password, &[]);
    matches!(
        entropy.sequence(),
        [only] if matches!(&only.pattern, MatchPattern::Dictionary(d)
            if format!("{:?}", d.dictionary_name) == "Passwords")
    )
}

#[cfg(not(feature = "ssr"))]
pub fn is_breached(_password: &str) -> bool {
    false
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

    #[cfg(feature = "ssr")]
    #[test]
    fn passwords_from_breaches_are_refused_in_any_case_and_others_pass() {
        for leaked in [
            "1qaz2wsx3edc",
            "Qwerty123456",
            "q1w2e3r4t5y6",
            "qazwsxedcrfv",
            "123QWEASDZXC",
        ] {
            assert_eq!(
                NewPassword::parse(leaked).unwrap_err(),
                PasswordError::Breached,
                "{leaked}"
            );
        }
        for fine in [
            "correct horse battery",
            "en lang og trygg setning",
            "qwerty123456 kaffe",
        ] {
            assert!(NewPassword::parse(fine).is_ok(), "{fine}");
        }
    }

    #[test]
    fn debug_output_does_not_reveal_the_password() {
        let p = NewPassword::parse("correct horse battery").unwrap();
        assert!(!format!("{p:?}").contains("horse"));
    }
}
