//! A quiz: which items, the pass mark, and the rules for attempts, time and feedback.

use super::grading::FULL;
use super::item::Jurisdiction;
use crate::domain::content::Localized;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub id: String,
    pub title: Localized,
    pub intro: Localized,
    pub selection: Selection,
    /// Percent of the points needed to pass (0–100).
    pub pass_mark: u8,
    /// `None`: unlimited.
    pub max_attempts: Option<u32>,
    /// Wait after a failed attempt before the next may start.
    pub wait_minutes: u32,
    /// `None`: untimed. Enforced on the server.
    pub time_limit_minutes: Option<u32>,
    pub feedback: FeedbackMode,
    pub shuffle_items: bool,
    pub shuffle_options: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Selection {
    /// These items, in this order.
    Fixed(Vec<String>),
    /// Random items per competency area (and, optionally, jurisdiction).
    Pools(Vec<Pool>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pool {
    pub area: String,
    pub jurisdiction: Option<Jurisdiction>,
    pub count: usize,
}

/// When a learner learns whether an answer was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackMode {
    /// After each item is answered (the answer is then locked).
    Immediate,
    /// On the review after submitting.
    #[default]
    AfterSubmission,
    /// Only the score: for exams whose items must stay secret.
    Never,
}

/// A finished attempt, as the attempt rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PastAttempt {
    pub submitted_at: i64,
    pub passed: bool,
}

/// Why a new attempt cannot start now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// Every allowed attempt is used.
    NoAttemptsLeft,
    /// The wait after the last attempt has not passed: the next may start at this time.
    WaitUntil(i64),
}

impl Quiz {
    /// Whether a new attempt may start at `now`, given the finished attempts.
    pub fn may_start(&self, past: &[PastAttempt], now: i64) -> Result<(), Refusal> {
        if let Some(max) = self.max_attempts {
            if past.len() as u64 >= u64::from(max) {
                return Err(Refusal::NoAttemptsLeft);
            }
        }
        if let Some(last) = past.iter().max_by_key(|a| a.submitted_at) {
            let ready = last.submitted_at + i64::from(self.wait_minutes) * 60;
            if !last.passed && now < ready {
                return Err(Refusal::WaitUntil(ready));
            }
        }
        Ok(())
    }

    /// When an attempt started at `started_at` must be in, if the quiz is timed.
    pub fn deadline(&self, started_at: i64) -> Option<i64> {
        self.time_limit_minutes
            .map(|m| started_at + i64::from(m) * 60)
    }

    /// Whether answers may still be saved at `now`. A little grace covers the network.
    pub fn accepts_answers(&self, started_at: i64, now: i64) -> bool {
        self.deadline(started_at)
            .is_none_or(|d| now <= d + GRACE_SECS)
    }
}

/// Seconds after the deadline in which answers sent before it still count.
pub const GRACE_SECS: i64 = 15;

/// The result of an attempt from its items' points and credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// Points earned, in thousandths of a point.
    pub earned_milli: u64,
    pub possible: u64,
    /// Rounded down: 79.9 % is not 80 %.
    pub percent: u8,
    pub passed: bool,
}

/// Scores graded items `(points, credit)`; unanswered items count as zero credit.
pub fn score(items: &[(u32, Option<u16>)], pass_mark: u8) -> Score {
    let possible: u64 = items.iter().map(|(p, _)| u64::from(*p)).sum();
    let earned_milli: u64 = items
        .iter()
        .map(|(p, c)| u64::from(*p) * u64::from(c.unwrap_or(0)))
        .sum();
    let percent = if possible == 0 {
        0
    } else {
        ((earned_milli * 100) / (possible * u64::from(FULL))).min(100) as u8
    };
    // Compare exactly, not through the rounded percent.
    let passed =
        possible > 0 && earned_milli * 100 >= u64::from(pass_mark) * possible * u64::from(FULL);
    Score {
        earned_milli,
        possible,
        percent,
        passed,
    }
}
