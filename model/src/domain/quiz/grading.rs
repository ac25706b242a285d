//! Grading one answer to one item. Runs only on the server; the browser never sees a key.
//!
//! Credit is kept in thousandths (0..=1000) so sums and pass marks are exact.

use super::item::{ChoiceOption, Item, ItemKind, MultiScoring, OrderScoring};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use unicode_normalization::UnicodeNormalization;

pub const FULL: u16 = 1000;

/// What a learner answered, in the shape of the item's type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    Choice(String),
    Choices(BTreeSet<String>),
    Bool(bool),
    /// prompt id → answer id; prompts left out are unanswered.
    Matches(BTreeMap<String, String>),
    /// Step ids in the learner's order.
    Order(Vec<String>),
    /// As typed: "1,5" and "1.5" are both read.
    Number(String),
    Text(String),
}

/// An answer that cannot belong to the item: a client bug or tampering, never a wrong answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResponseError {
    #[error("a {expected} item cannot take this kind of answer")]
    WrongShape { expected: &'static str },
    #[error("\"{0}\" is not one of the item's options")]
    UnknownOption(String),
    #[error("the order must list every step exactly once")]
    NotAPermutation,
    #[error("the answer is too long")]
    TooLong,
}

/// Longest text answer accepted (characters).
pub const MAX_TEXT: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grade {
    /// 0..=1000 thousandths of the item's points.
    pub credit: u16,
    /// Ids of options (or prompts, steps) the learner got wrong, for feedback on review.
    pub wrong: Vec<String>,
}

impl Grade {
    pub fn is_right(&self) -> bool {
        self.credit == FULL
    }
}

/// Grades `response` against `item`.
pub fn grade(item: &Item, response: &Response) -> Result<Grade, ResponseError> {
    let expected = item.kind.type_name();
    let shape = || ResponseError::WrongShape { expected };
    match (&item.kind, response) {
        (ItemKind::SingleChoice { options }, Response::Choice(choice)) => {
            let option = find(options, choice)?;
            Ok(if option.correct {
                right()
            } else {
                wrong(vec![choice.clone()])
            })
        }
        (ItemKind::MultipleResponse { options, scoring }, Response::Choices(chosen)) => {
            multiple(options, *scoring, chosen)
        }
        (ItemKind::TrueFalse { answer }, Response::Bool(b)) => Ok(if answer == b {
            right()
        } else {
            wrong(vec![b.to_string()])
        }),
        (
            ItemKind::Matching {
                prompts,
                answers,
                key,
                partial,
            },
            Response::Matches(given),
        ) => {
            for (prompt, answer) in given {
                if !prompts.iter().any(|p| &p.id == prompt) {
                    return Err(ResponseError::UnknownOption(prompt.clone()));
                }
                if !answers.iter().any(|a| &a.id == answer) {
                    return Err(ResponseError::UnknownOption(answer.clone()));
                }
            }
            let wrong_prompts: Vec<String> = key
                .iter()
                .filter(|(p, a)| given.get(p) != Some(a))
                .map(|(p, _)| p.clone())
                .collect();
            let right_count = key.len() - wrong_prompts.len();
            let credit = if wrong_prompts.is_empty() {
                FULL
            } else if *partial {
                share(right_count, key.len())
            } else {
                0
            };
            Ok(Grade {
                credit,
                wrong: wrong_prompts,
            })
        }
        (ItemKind::Ordering { steps, scoring }, Response::Order(order)) => {
            let ids: BTreeSet<&str> = steps.iter().map(|s| s.id.as_str()).collect();
            let given: BTreeSet<&str> = order.iter().map(String::as_str).collect();
            if order.len() != steps.len() || given != ids {
                return Err(ResponseError::NotAPermutation);
            }
            let misplaced: Vec<String> = steps
                .iter()
                .zip(order)
                .filter(|(step, got)| &step.id != *got)
                .map(|(step, _)| step.id.clone())
                .collect();
            let credit = match (misplaced.is_empty(), scoring) {
                (true, _) => FULL,
                (false, OrderScoring::AllOrNothing) => 0,
                (false, OrderScoring::AbsolutePosition) => {
                    share(steps.len() - misplaced.len(), steps.len())
                }
            };
            Ok(Grade {
                credit,
                wrong: misplaced,
            })
        }
        (
            ItemKind::Numeric {
                answer, tolerance, ..
            },
            Response::Number(text),
        ) => {
            if text.chars().count() > MAX_TEXT {
                return Err(ResponseError::TooLong);
            }
            // Something that is not a number is a wrong answer, not a malformed request.
            Ok(match parse_number(text) {
                Some(x) if (x - answer).abs() <= *tolerance + f64::EPSILON * answer.abs() => {
                    right()
                }
                _ => wrong(Vec::new()),
            })
        }
        (
            ItemKind::ShortText {
                accepted,
                case_sensitive,
            },
            Response::Text(text),
        ) => {
            if text.chars().count() > MAX_TEXT {
                return Err(ResponseError::TooLong);
            }
            let given = normalise(text, *case_sensitive);
            Ok(
                if accepted
                    .iter()
                    .any(|a| normalise(a, *case_sensitive) == given)
                {
                    right()
                } else {
                    wrong(Vec::new())
                },
            )
        }
        _ => Err(shape()),
    }
}

fn right() -> Grade {
    Grade {
        credit: FULL,
        wrong: Vec::new(),
    }
}

fn wrong(ids: Vec<String>) -> Grade {
    Grade {
        credit: 0,
        wrong: ids,
    }
}

fn find<'a>(options: &'a [ChoiceOption], id: &str) -> Result<&'a ChoiceOption, ResponseError> {
    options
        .iter()
        .find(|o| o.id == id)
        .ok_or_else(|| ResponseError::UnknownOption(id.to_string()))
}

/// `part / whole` in thousandths, rounded down (never rounds a partial answer up to full).
fn share(part: usize, whole: usize) -> u16 {
    if whole == 0 {
        return 0;
    }
    ((part * FULL as usize) / whole).min(FULL as usize) as u16
}

fn multiple(
    options: &[ChoiceOption],
    scoring: MultiScoring,
    chosen: &BTreeSet<String>,
) -> Result<Grade, ResponseError> {
    for id in chosen {
        find(options, id)?;
    }
    let wrong_ids: Vec<String> = options
        .iter()
        .filter(|o| o.correct != chosen.contains(&o.id))
        .map(|o| o.id.clone())
        .collect();
    if wrong_ids.is_empty() {
        return Ok(right());
    }
    let credit = match scoring {
        MultiScoring::AllOrNothing => 0,
        MultiScoring::RightMinusWrong => {
            let rights = options.iter().filter(|o| o.correct).count();
            let wrongs = options.len() - rights;
            let hits = options
                .iter()
                .filter(|o| o.correct && chosen.contains(&o.id))
                .count();
            let misses = options
                .iter()
                .filter(|o| !o.correct && chosen.contains(&o.id))
                .count();
            // Exact in thousandths: hits/rights − misses/wrongs, clamped to [0, 1).
            let gained = share(hits, rights) as i64;
            // Rounded up, so part marks never round in the learner's favour to a full mark.
            let lost = if wrongs == 0 {
                0
            } else {
                (misses * FULL as usize).div_ceil(wrongs) as i64
            };
            (gained - lost).clamp(0, FULL as i64 - 1) as u16
        }
    };
    Ok(Grade {
        credit,
        wrong: wrong_ids,
    })
}

/// Reads "1 234,5", "1234.5", "-3", "12 %" (unit and spaces ignored). `None` if it is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '%' || c.is_whitespace())
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() || cleaned.matches('.').count() > 1 {
        return None;
    }
    let value: f64 = cleaned.parse().ok()?;
    value.is_finite().then_some(value)
}

/// Compares free text the way a person would: one Unicode form, spacing collapsed, trailing
/// full stops and quotes dropped, and (unless the item says otherwise) case ignored.
pub fn normalise(text: &str, case_sensitive: bool) -> String {
    let composed: String = text.nfc().collect();
    let spaced = composed.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = spaced
        .trim_matches(|c: char| matches!(c, '.' | '!' | '"' | '\'' | '«' | '»' | '“' | '”'))
        .trim();
    if case_sensitive {
        trimmed.to_string()
    } else {
        trimmed.to_lowercase()
    }
}
