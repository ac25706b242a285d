//! Cohorts: a group of an organisation's people who take one programme by a deadline (a calendar
//! day). Where each person stands, and the rules for a cohort's name and deadline.

use serde::{Deserialize, Serialize};

/// Where a person in a cohort stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CohortState {
    /// Every module of the programme completed (on time or not).
    Done,
    /// Some progress, deadline not passed.
    InProgress,
    /// Nothing completed yet, deadline not passed.
    NotStarted,
    /// Not done and the deadline day has passed.
    Overdue,
}

impl CohortState {
    pub const ALL: [CohortState; 4] = [
        CohortState::Done,
        CohortState::InProgress,
        CohortState::NotStarted,
        CohortState::Overdue,
    ];

    /// `done` of `total` modules completed; days counted since 1970 (local calendar days). The
    /// deadline day itself still counts as in time.
    pub fn of(done: i64, total: i64, deadline_day: i64, today: i64) -> CohortState {
        if total > 0 && done >= total {
            CohortState::Done
        } else if today > deadline_day {
            CohortState::Overdue
        } else if done > 0 {
            CohortState::InProgress
        } else {
            CohortState::NotStarted
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CohortState::Done => "done",
            CohortState::InProgress => "in_progress",
            CohortState::NotStarted => "not_started",
            CohortState::Overdue => "overdue",
        }
    }
}

/// A cohort's name: trimmed, spaces collapsed, 2 to 80 characters, no markup characters.
pub fn parse_name(input: &str) -> Result<String, &'static str> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err("error-cohort-name-empty");
    }
    let n = name.chars().count();
    if !(2..=80).contains(&n) {
        return Err("error-cohort-name-length");
    }
    if name
        .chars()
        .any(|c| matches!(c, '<' | '>') || c.is_control())
    {
        return Err("error-cohort-name-invalid");
    }
    Ok(name)
}

/// A deadline as a calendar day: `YYYY-MM-DD`, a real date, today or later (a cohort made with a
/// deadline already passed would start out overdue).
pub fn parse_deadline(input: &str, today: i64) -> Result<i64, &'static str> {
    let day = super::clock::parse_date(input).ok_or("error-cohort-deadline")?;
    if day < today {
        return Err("error-cohort-deadline-past");
    }
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::days_from_civil;

    #[test]
    fn a_person_is_done_in_progress_not_started_or_overdue() {
        let deadline = days_from_civil(2027, 3, 1);
        use CohortState::*;
        assert_eq!(
            CohortState::of(8, 8, deadline, deadline + 10),
            Done,
            "late but done"
        );
        assert_eq!(
            CohortState::of(3, 8, deadline, deadline),
            InProgress,
            "the day itself"
        );
        assert_eq!(CohortState::of(3, 8, deadline, deadline + 1), Overdue);
        assert_eq!(CohortState::of(0, 8, deadline, deadline - 1), NotStarted);
        assert_eq!(CohortState::of(0, 8, deadline, deadline + 1), Overdue);
        assert_eq!(
            CohortState::of(0, 0, deadline, deadline),
            NotStarted,
            "an empty programme is never done"
        );
    }

    #[test]
    fn names_and_deadlines_are_checked() {
        assert_eq!(parse_name("  Kull   høst 2026 ").unwrap(), "Kull høst 2026");
        assert_eq!(parse_name(" "), Err("error-cohort-name-empty"));
        assert_eq!(parse_name("x"), Err("error-cohort-name-length"));
        assert_eq!(parse_name("<b>kull</b>"), Err("error-cohort-name-invalid"));
        let today = days_from_civil(2026, 12, 3);
        assert_eq!(
            parse_deadline("2027-03-01", today),
            Ok(days_from_civil(2027, 3, 1))
        );
        assert_eq!(parse_deadline("2026-12-03", today), Ok(today));
        assert_eq!(
            parse_deadline("2026-12-02", today),
            Err("error-cohort-deadline-past")
        );
        assert_eq!(
            parse_deadline("2027-02-30", today),
            Err("error-cohort-deadline")
        );
        assert_eq!(
            parse_deadline("1. mars", today),
            Err("error-cohort-deadline")
        );
    }
}
