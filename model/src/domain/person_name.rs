//! The name a learner is shown and certified under.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PersonNameError {
    #[error("name is empty")]
    Empty,
    #[error("name is too long")]
    TooLong,
    #[error("name contains characters that are not allowed")]
    Invalid,
}

impl PersonNameError {
    pub fn message_key(self) -> &'static str {
        match self {
            PersonNameError::Empty => "error-name-empty",
            PersonNameError::TooLong => "error-name-too-long",
            PersonNameError::Invalid => "error-name-invalid",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(input: &str) -> Result<Self, PersonNameError> {
        // Collapse runs of whitespace so "Kari   Nordmann" and "Kari Nordmann" are one name.
        let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err(PersonNameError::Empty);
        }
        if s.chars().count() > Self::MAX_CHARS {
            return Err(PersonNameError::TooLong);
        }
        if s.chars().any(|c| c.is_control() || c == '<' || c == '>') {
            return Err(PersonNameError::Invalid);
        }
        Ok(PersonName(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn whitespace_is_collapsed() {
        assert_eq!(
            PersonName::parse("  Kari \t Nordmann ").unwrap().as_str(),
            "Kari Nordmann"
        );
    }

    #[test]
    fn blank_names_are_refused() {
        assert_eq!(
            PersonName::parse(" \n ").unwrap_err(),
            PersonNameError::Empty
        );
    }

    #[test]
    fn markup_characters_are_refused() {
        assert_eq!(
            PersonName::parse("<b>Kari</b>").unwrap_err(),
            PersonNameError::Invalid
        );
    }

    proptest! {
        #[test]
        fn accepted_names_are_stable_under_reparsing(s in "\\PC{0,150}") {
            if let Ok(name) = PersonName::parse(&s) {
                prop_assert_eq!(PersonName::parse(name.as_str()), Ok(name.clone()));
            }
        }
    }
}
