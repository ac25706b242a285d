//! A problem found in course files, said so that an author can fix it.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path relative to the directory being checked.
    pub file: PathBuf,
    /// 1-based line, where the problem has one.
    pub line: Option<usize>,
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

impl Problem {
    pub fn new(
        file: impl Into<PathBuf>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.into(),
            line: None,
            message: message.into(),
            hint: hint.into(),
        }
    }

    pub fn at_line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message)?,
            None => write!(f, "{}: {}", self.file.display(), self.message)?,
        }
        if !self.hint.is_empty() {
            write!(f, "\n    → {}", self.hint)?;
        }
        Ok(())
    }
}
