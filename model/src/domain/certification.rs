//! Certification rules: what a learner's records must show to earn a certificate, when it
//! expires, and the codes that identify certificates. Pure: no Leptos, no database.

use crate::domain::clock::{civil_from_days, days_from_civil, days_in_month};
use crate::domain::content::Localized;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One certificate a programme version awards (a module certificate or the full qualification).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateRule {
    pub id: String,
    pub title: Localized,
    /// True for the programme's qualification; false for a certificate of part of it.
    pub qualification: bool,
    /// Every lesson of these modules must be completed.
    pub modules: Vec<String>,
    /// Each of these quizzes must be passed.
    pub quizzes: Vec<String>,
    /// Each of these cases must be finished with at least this score.
    pub cases: Vec<CaseMinimum>,
    /// How long the certificate is valid, in months from the day it is issued.
    pub validity_months: u32,
    /// How the certificate is renewed; without it, it is not renewable.
    #[serde(default)]
    pub renewal: Option<crate::domain::renewal::RenewalRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseMinimum {
    pub id: String,
    pub min_score: u8,
}

/// What a learner has done in one programme version, as the rules need it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub completed_lessons: BTreeSet<String>,
    pub passed_quizzes: BTreeSet<String>,
    /// The best score of a finished run, per case.
    pub case_scores: BTreeMap<String, u8>,
}

impl Record {
    /// Whether `module` is complete: every lesson done, every quiz passed and every case finished
    /// (at any score). A module with nothing in it is never complete.
    pub fn completes(&self, module: &crate::domain::content::ManifestModule) -> bool {
        let parts = module.lessons.len() + module.quizzes.len() + module.cases.len();
        parts > 0
            && module
                .lessons
                .iter()
                .all(|l| self.completed_lessons.contains(&l.id))
            && module
                .quizzes
                .iter()
                .all(|q| self.passed_quizzes.contains(&q.id))
            && module
                .cases
                .iter()
                .all(|c| self.case_scores.contains_key(&c.id))
    }
}

impl CertificateRule {
    /// Whether `record` earns this certificate. `lessons_of` gives the lesson ids of a module.
    pub fn earned_by(&self, record: &Record, lessons_of: impl Fn(&str) -> Vec<String>) -> bool {
        self.modules.iter().all(|m| {
            let lessons = lessons_of(m);
            !lessons.is_empty() && lessons.iter().all(|l| record.completed_lessons.contains(l))
        }) && self
            .quizzes
            .iter()
            .all(|q| record.passed_quizzes.contains(q))
            && self.cases.iter().all(|c| {
                record
                    .case_scores
                    .get(&c.id)
                    .is_some_and(|s| *s >= c.min_score)
            })
    }
}

/// The status a certificate has at `now` (unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Valid,
    Expired,
    Revoked,
    Suspended,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Expired => "expired",
            Status::Revoked => "revoked",
            Status::Suspended => "suspended",
        }
    }

    /// From what is stored (`valid`, `revoked`, `suspended`) and the expiry date: a valid
    /// certificate past its expiry is expired; revocation and suspension win over expiry.
    pub fn at(stored: &str, expires_at: i64, now: i64) -> Status {
        match stored {
            "revoked" => Status::Revoked,
            "suspended" => Status::Suspended,
            _ if now >= expires_at => Status::Expired,
            _ => Status::Valid,
        }
    }
}

/// The expiry of a certificate issued at `issued_at` (unix seconds) and valid `months`: the same
/// day of the month `months` later (the last day of that month when it has fewer days), at the
/// same time of day.
pub fn expiry(issued_at: i64, months: u32) -> i64 {
    add_months(issued_at, i64::from(months))
}

/// `t` moved by `months` (negative: back), keeping the day of the month where it exists.
pub fn add_months(t: i64, months: i64) -> i64 {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let total = i64::from(m) - 1 + months;
    let (y2, m2) = (y + total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
    let d2 = d.min(days_in_month(y2, m2));
    days_from_civil(y2, m2, d2) * 86_400 + secs
}

/// Letters and digits that cannot be mistaken for each other when read aloud or typed
/// (Crockford's base 32: no I, L, O or U).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A certificate code such as `RTW-7K3M-Q9XD-2HFA` from 80 random bits.
pub fn code_from(random: [u8; 10]) -> String {
    let mut bits: u128 = 0;
    for b in random {
        bits = (bits << 8) | u128::from(b);
    }
    let chars: Vec<char> = (0..16)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect();
    let groups: Vec<String> = chars.chunks(4).map(|c| c.iter().collect()).collect();
    format!("RTW-{}", groups.join("-"))
}

/// A code as a person typed it, in its canonical form: upper case, spaces and dashes where they
/// belong, and the letters people confuse with digits read as the digits. `None` when it cannot be
/// a code.
pub fn normalise_code(input: &str) -> Option<String> {
    let cleaned: String = input
        .trim()
        .to_ascii_uppercase()
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .collect();
    let body = cleaned.strip_prefix("RTW").unwrap_or(&cleaned);
    let body: String = body
        .chars()
        .map(|c| match c {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    if body.len() != 16 || !body.bytes().all(|b| ALPHABET.contains(&b)) {
        return None;
    }
    let groups: Vec<&str> = (0..4).map(|i| &body[i * 4..i * 4 + 4]).collect();
    Some(format!("RTW-{}", groups.join("-")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> CertificateRule {
        CertificateRule {
            id: "q".into(),
            title: Localized::new(),
            qualification: true,
            modules: vec!["m1".into()],
            quizzes: vec!["final".into()],
            cases: vec![CaseMinimum {
                id: "c".into(),
                min_score: 70,
            }],
            validity_months: 36,
            renewal: None,
        }
    }

    fn lessons(m: &str) -> Vec<String> {
        match m {
            "m1" => vec!["a".into(), "b".into()],
            _ => Vec::new(),
        }
    }

    fn full() -> Record {
        Record {
            completed_lessons: ["a", "b"].map(String::from).into(),
            passed_quizzes: ["final"].map(String::from).into(),
            case_scores: [("c".to_string(), 70)].into(),
        }
    }

    fn module() -> crate::domain::content::ManifestModule {
        use crate::domain::content::{ManifestCase, ManifestLesson, ManifestQuiz};
        crate::domain::content::ManifestModule {
            id: "m1".into(),
            title: Localized::new(),
            summary: Localized::new(),
            lessons: ["a", "b"]
                .map(|id| ManifestLesson {
                    id: id.into(),
                    title: Localized::new(),
                    minutes: 5,
                })
                .into(),
            quizzes: vec![ManifestQuiz {
                id: "final".into(),
                title: Localized::new(),
            }],
            cases: vec![ManifestCase {
                id: "c".into(),
                title: Localized::new(),
                minutes: 10,
            }],
        }
    }

    #[test]
    fn a_module_is_complete_with_every_lesson_done_quiz_passed_and_case_finished() {
        assert!(full().completes(&module()));
        let mut low = full();
        low.case_scores.insert("c".into(), 0);
        assert!(
            low.completes(&module()),
            "a finished case counts at any score"
        );
        for missing in 0..3 {
            let mut r = full();
            match missing {
                0 => r.completed_lessons.remove("a"),
                1 => r.passed_quizzes.remove("final"),
                _ => r.case_scores.remove("c").is_some(),
            };
            assert!(!r.completes(&module()), "part {missing} missing");
        }
    }

    #[test]
    fn an_empty_module_is_never_complete() {
        let mut empty = module();
        empty.lessons.clear();
        empty.quizzes.clear();
        empty.cases.clear();
        assert!(!full().completes(&empty));
    }

    #[test]
    fn a_certificate_needs_every_lesson_quiz_and_case_minimum() {
        assert!(rule().earned_by(&full(), lessons));
        let mut r = full();
        r.completed_lessons.remove("b");
        assert!(!rule().earned_by(&r, lessons));
        let mut r = full();
        r.passed_quizzes.clear();
        assert!(!rule().earned_by(&r, lessons));
        let mut r = full();
        r.case_scores.insert("c".into(), 69);
        assert!(!rule().earned_by(&r, lessons));
        // A module without lessons (unknown) never counts as completed.
        let mut unknown = rule();
        unknown.modules.push("nope".into());
        assert!(!unknown.earned_by(&full(), lessons));
    }

    #[test]
    fn expiry_keeps_the_day_of_the_month_or_takes_the_last() {
        let at = |y, m, d| days_from_civil(y, m, d) * 86_400 + 3_600;
        assert_eq!(expiry(at(2026, 11, 23), 36), at(2029, 11, 23));
        assert_eq!(expiry(at(2026, 1, 31), 1), at(2026, 2, 28));
        assert_eq!(expiry(at(2027, 1, 31), 13), at(2028, 2, 29));
        assert_eq!(expiry(at(2026, 12, 15), 1), at(2027, 1, 15));
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }

    #[test]
    fn status_follows_revocation_then_expiry() {
        assert_eq!(Status::at("valid", 100, 99), Status::Valid);
        assert_eq!(Status::at("valid", 100, 100), Status::Expired);
        assert_eq!(Status::at("revoked", 100, 50), Status::Revoked);
        assert_eq!(Status::at("suspended", 100, 500), Status::Suspended);
    }

    #[test]
    fn codes_are_grouped_and_typed_codes_are_understood() {
        let code = code_from([0xff; 10]);
        assert_eq!(code, "RTW-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        let code = code_from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x01, 0x23]);
        assert_eq!(code.len(), 23);
        assert_eq!(normalise_code(&code), Some(code.clone()));
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(normalise_code(&typed), Some(code.clone()));
        assert_eq!(
            normalise_code("rtw-0000-0000-0000-000o"),
            Some("RTW-0000-0000-0000-0000".into())
        );
        assert_eq!(normalise_code("RTW-1234"), None);
        assert_eq!(normalise_code("RTW-UUUU-0000-0000-0000"), None);
        assert_eq!(normalise_code("<script>"), None);
    }
}
