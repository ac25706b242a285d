//! The quiz engine's rules: items and their types, grading with part marks, drawing an attempt's
//! items from pools, attempt limits, time limits and the pass mark. Pure: no Leptos, no sqlx.

mod draw;
mod form;
mod grading;
mod item;
mod rules;
mod stats;
#[cfg(test)]
mod tests;

pub use draw::{draw, DrawError, Placed, Shuffler};
pub use form::{
    fields_from_response, response_from_fields, shown_key, was_shown, Fields, MAX_FIELDS,
};
pub use grading::{grade, normalise, parse_number, Grade, Response, ResponseError, FULL, MAX_TEXT};
pub use item::{ChoiceOption, Item, ItemKind, Jurisdiction, Labelled, MultiScoring, OrderScoring};
pub use rules::{
    score, FeedbackMode, PastAttempt, Pool, Quiz, Refusal, Score, Selection, GRACE_SECS,
};
pub use stats::{item_stats, GradedAttempt, ItemStats};
