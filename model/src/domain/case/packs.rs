//! Jurisdiction rule packs: the milestones of the sick-leave timeline, as data with the date each
//! version took effect (`packs/*.toml`).

use super::model::Jurisdiction;
use crate::domain::content::{Localized, Source};
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: String,
    /// The sick-leave day it falls on (day 1 = the first day of sick leave).
    pub day: u32,
    pub title: Localized,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackVersion {
    /// `YYYY-MM-DD`: cases starting on or after this day use this version.
    pub effective_from: String,
    pub note: String,
    /// In the order of their days.
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    jurisdiction: Jurisdiction,
    versions: Vec<PackVersion>,
}

fn parse(text: &str) -> PackFile {
    let mut file: PackFile = toml::from_str(text).expect("a bundled rule pack is valid TOML");
    for v in &mut file.versions {
        v.milestones.sort_by_key(|m| m.day);
    }
    file.versions
        .sort_by(|a, b| a.effective_from.cmp(&b.effective_from));
    file
}

static PACKS: LazyLock<Vec<PackFile>> = LazyLock::new(|| {
    vec![
        parse(include_str!("packs/no.toml")),
        parse(include_str!("packs/se.toml")),
    ]
});

/// The rules in force in `jurisdiction` on `date` (`YYYY-MM-DD`), if any version had taken effect.
pub fn in_force(jurisdiction: Jurisdiction, date: &str) -> Option<&'static PackVersion> {
    PACKS
        .iter()
        .find(|p| p.jurisdiction == jurisdiction)?
        .versions
        .iter()
        .rev()
        .find(|v| v.effective_from.as_str() <= date)
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    }
}
