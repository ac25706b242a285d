//! Renewal: when a certificate can be renewed, what renewal asks for (continuing professional
//! development logged since the certificate was issued, refresher modules), how long the renewed
//! certificate lasts, and when reminders are due. Pure: no Leptos, no database.

use crate::domain::certification::{add_months, expiry, Record};
use serde::{Deserialize, Serialize};

/// A programme's rule for renewing one certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalRule {
    /// Renewal opens this many months before the certificate expires.
    pub window_months: u32,
    /// Hours of continuing professional development (CPD) logged since the certificate was issued.
    pub cpd_hours: u32,
    /// Refresher modules: every lesson of each must be completed.
    pub modules: Vec<String>,
    /// Reminder emails go out this many days before expiry.
    pub reminder_days: Vec<u32>,
}

/// Where a certificate stands with renewal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Renewal opens at this moment.
    NotYet { opens_at: i64 },
    /// Renewal is possible now (also after expiry: the learner need not start over).
    Open,
    /// Revoked, suspended or already renewed: no renewal.
    Closed,
}

impl RenewalRule {
    pub fn opens_at(&self, expires_at: i64) -> i64 {
        add_months(expires_at, -i64::from(self.window_months))
    }

    /// `stored_status` is the certificate's stored status (`valid`, `revoked`, `suspended`).
    pub fn window(&self, stored_status: &str, renewed: bool, expires_at: i64, now: i64) -> Window {
        if stored_status != "valid" || renewed {
            return Window::Closed;
        }
        let opens_at = self.opens_at(expires_at);
        if now < opens_at {
            Window::NotYet { opens_at }
        } else {
            Window::Open
        }
    }

    /// What renewal still needs, given the CPD logged since issue (tenths of an hour) and the
    /// learner's record in the certificate's programme version.
    pub fn progress(
        &self,
        cpd_tenths: i64,
        record: &Record,
        lessons_of: impl Fn(&str) -> Vec<String>,
    ) -> Progress {
        let modules_missing = self
            .modules
            .iter()
            .filter(|m| {
                let lessons = lessons_of(m);
                lessons.is_empty() || !lessons.iter().all(|l| record.completed_lessons.contains(l))
            })
            .cloned()
            .collect();
        Progress {
            cpd_tenths,
            cpd_required_tenths: i64::from(self.cpd_hours) * 10,
            modules_missing,
        }
    }

    /// Reminder intervals (days before expiry) that are due at `now`, largest first.
    pub fn reminders_due(&self, expires_at: i64, now: i64) -> Vec<u32> {
        let mut due: Vec<u32> = self
            .reminder_days
            .iter()
            .copied()
            .filter(|d| now >= expires_at - i64::from(*d) * 86_400 && now < expires_at)
            .collect();
        due.sort_unstable_by(|a, b| b.cmp(a));
        due.dedup();
        due
    }
}

/// Renewal requirements against what the learner has done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub cpd_tenths: i64,
    pub cpd_required_tenths: i64,
    pub modules_missing: Vec<String>,
}

impl Progress {
    pub fn met(&self) -> bool {
        self.cpd_tenths >= self.cpd_required_tenths && self.modules_missing.is_empty()
    }
}

/// The renewed certificate runs `months` from the old expiry, or from now if that has passed,
/// so renewing early loses nothing and renewing late does not backdate.
pub fn renewed_expiry(old_expires_at: i64, now: i64, months: u32) -> i64 {
    expiry(old_expires_at.max(now), months)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::days_from_civil;

    fn at(y: i64, m: u32, d: u32) -> i64 {
        days_from_civil(y, m, d) * 86_400
    }

    fn rule() -> RenewalRule {
        RenewalRule {
            window_months: 6,
            cpd_hours: 8,
            modules: vec!["refresher".into()],
            reminder_days: vec![30, 90, 7],
        }
    }

    #[test]
    fn renewal_opens_the_given_months_before_expiry_and_never_for_revoked_or_renewed() {
        let expires = at(2029, 11, 23);
        let r = rule();
        assert_eq!(
            r.window("valid", false, expires, at(2029, 5, 22)),
            Window::NotYet {
                opens_at: at(2029, 5, 23)
            }
        );
        assert_eq!(
            r.window("valid", false, expires, at(2029, 5, 23)),
            Window::Open
        );
        assert_eq!(
            r.window("valid", false, expires, at(2030, 1, 1)),
            Window::Open
        );
        assert_eq!(
            r.window("revoked", false, expires, at(2029, 8, 1)),
            Window::Closed
        );
        assert_eq!(
            r.window("suspended", false, expires, at(2029, 8, 1)),
            Window::Closed
        );
        assert_eq!(
            r.window("valid", true, expires, at(2029, 8, 1)),
            Window::Closed
        );
    }

    #[test]
    fn renewal_needs_the_cpd_hours_and_every_refresher_lesson() {
        let r = rule();
        let lessons = |m: &str| {
            if m == "refresher" {
                vec!["r1".to_string(), "r2".to_string()]
            } else {
                vec![]
            }
        };
        let mut record = Record::default();
        record.completed_lessons.insert("r1".into());
        let p = r.progress(80, &record, lessons);
        assert_eq!(p.modules_missing, ["refresher"]);
        assert!(!p.met());
        record.completed_lessons.insert("r2".into());
        assert!(r.progress(80, &record, lessons).met());
        assert!(!r.progress(79, &record, lessons).met());
    }

    #[test]
    fn a_renewed_certificate_runs_from_the_old_expiry_or_from_now_if_later() {
        let old = at(2029, 11, 23);
        assert_eq!(renewed_expiry(old, at(2029, 8, 1), 36), at(2032, 11, 23));
        assert_eq!(renewed_expiry(old, at(2030, 2, 1), 36), at(2033, 2, 1));
    }

    #[test]
    fn reminders_are_due_from_their_day_until_expiry_most_distant_first() {
        let expires = at(2029, 11, 23);
        let r = rule();
        assert!(r.reminders_due(expires, at(2029, 8, 1)).is_empty());
        assert_eq!(r.reminders_due(expires, at(2029, 8, 25)), [90]);
        assert_eq!(r.reminders_due(expires, at(2029, 11, 20)), [90, 30, 7]);
        assert!(r.reminders_due(expires, expires).is_empty());
    }
}
