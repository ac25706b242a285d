//! Answers as an HTML form sends them, and back: one flat map of field keys to values, so a quiz
//! works as a plain form without JavaScript.
//!
//! Keys per item type (`<item>` is the item id):
//! single choice and true/false `<item>` = option id or `true`/`false`; multiple response
//! `<item>.<option>` = `on`; matching `<item>.<prompt>` = answer id; ordering `<item>.<n>` = step id
//! at position n (1-based); numeric and short text `<item>` = the text typed.

use super::grading::{Response, ResponseError};
use super::item::{Item, ItemKind};
use std::collections::{BTreeMap, BTreeSet};

pub type Fields = BTreeMap<String, String>;

/// Most fields a form may carry: far more than any quiz needs, far less than a flood.
pub const MAX_FIELDS: usize = 2000;

fn sub(item: &str, part: &str) -> String {
    format!("{item}.{part}")
}

/// The key of the hidden field the attempt form sends with every question it shows, so that a
/// question left empty on purpose (boxes unticked, text deleted) clears an answer saved before.
pub fn shown_key(item_id: &str) -> String {
    format!("{}{item_id}", crate::wire::SHOWN_FIELD_PREFIX)
}

/// Whether the form showed `item_id` (and so an empty answer means "no answer now").
pub fn was_shown(item_id: &str, fields: &Fields) -> bool {
    fields.contains_key(&shown_key(item_id))
}

/// The learner's answer to `item` in `fields`; `None` when the item was left unanswered.
pub fn response_from_fields(
    item: &Item,
    fields: &Fields,
) -> Option<Result<Response, ResponseError>> {
    let id = item.id.as_str();
    let value = fields.get(id).map(|v| v.trim()).filter(|v| !v.is_empty());
    match &item.kind {
        ItemKind::SingleChoice { .. } => value.map(|v| Ok(Response::Choice(v.to_string()))),
        ItemKind::TrueFalse { .. } => value.map(|v| match v {
            "true" => Ok(Response::Bool(true)),
            "false" => Ok(Response::Bool(false)),
            other => Err(ResponseError::UnknownOption(other.to_string())),
        }),
        ItemKind::Numeric { .. } => value.map(|v| Ok(Response::Number(v.to_string()))),
        ItemKind::ShortText { .. } => value.map(|v| Ok(Response::Text(v.to_string()))),
        // A box ticked for an option the item does not have is refused later, by grading.
        ItemKind::MultipleResponse { .. } => {
            let prefix = format!("{id}.");
            let chosen: BTreeSet<String> = fields
                .iter()
                .filter_map(|(k, v)| k.strip_prefix(&prefix).filter(|_| v == "on"))
                .map(str::to_string)
                .collect();
            (!chosen.is_empty()).then_some(Ok(Response::Choices(chosen)))
        }
        ItemKind::Matching { prompts, .. } => {
            let given: BTreeMap<String, String> = prompts
                .iter()
                .filter_map(|p| {
                    fields
                        .get(&sub(id, &p.id))
                        .map(|v| v.trim())
                        .filter(|v| !v.is_empty())
                        .map(|v| (p.id.clone(), v.to_string()))
                })
                .collect();
            (!given.is_empty()).then_some(Ok(Response::Matches(given)))
        }
        ItemKind::Ordering { steps, .. } => {
            let order: Vec<Option<&String>> = (1..=steps.len())
                .map(|n| {
                    fields
                        .get(&sub(id, &n.to_string()))
                        .filter(|v| !v.is_empty())
                })
                .collect();
            if order.iter().all(Option::is_none) {
                return None;
            }
            if order.iter().any(Option::is_none) {
                return Some(Err(ResponseError::NotAPermutation));
            }
            Some(Ok(Response::Order(
                order.into_iter().flatten().cloned().collect(),
            )))
        }
    }
}

/// The form fields that show `response` again (to resume an attempt).
pub fn fields_from_response(item_id: &str, response: &Response) -> Fields {
    let mut fields = Fields::new();
    match response {
        Response::Choice(v) | Response::Number(v) | Response::Text(v) => {
            fields.insert(item_id.to_string(), v.clone());
        }
        Response::Bool(b) => {
            fields.insert(item_id.to_string(), b.to_string());
        }
        Response::Choices(chosen) => {
            for c in chosen {
                fields.insert(sub(item_id, c), "on".into());
            }
        }
        Response::Matches(given) => {
            for (p, a) in given {
                fields.insert(sub(item_id, p), a.clone());
            }
        }
        Response::Order(order) => {
            for (n, step) in order.iter().enumerate() {
                fields.insert(sub(item_id, &(n + 1).to_string()), step.clone());
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::{Labelled, OrderScoring};

    fn item(kind: ItemKind) -> Item {
        Item {
            id: "q".into(),
            area: "a".into(),
            jurisdictions: Vec::new(),
            points: 1,
            prompt: Default::default(),
            explanation: Default::default(),
            sources: Vec::new(),
            feedback_correct: Default::default(),
            feedback_wrong: Default::default(),
            kind,
        }
    }

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn steps() -> ItemKind {
        ItemKind::Ordering {
            steps: ["x", "y", "z"]
                .iter()
                .map(|id| Labelled {
                    id: (*id).into(),
                    text: Default::default(),
                })
                .collect(),
            scoring: OrderScoring::AbsolutePosition,
        }
    }

    #[test]
    fn every_answer_survives_the_round_trip_through_a_form() {
        let ordering = item(steps());
        let answer = Response::Order(vec!["z".into(), "x".into(), "y".into()]);
        let f = fields_from_response("q", &answer);
        assert_eq!(response_from_fields(&ordering, &f), Some(Ok(answer)));

        let multi = item(ItemKind::MultipleResponse {
            options: Vec::new(),
            scoring: Default::default(),
        });
        let answer = Response::Choices(["a".to_string(), "c".to_string()].into());
        let f = fields_from_response("q", &answer);
        assert_eq!(response_from_fields(&multi, &f), Some(Ok(answer)));
    }

    #[test]
    fn blank_fields_are_unanswered_not_wrong() {
        let text = item(ItemKind::ShortText {
            accepted: vec!["x".into()],
            case_sensitive: false,
        });
        assert_eq!(response_from_fields(&text, &fields(&[("q", "   ")])), None);
        assert_eq!(response_from_fields(&item(steps()), &fields(&[])), None);
    }

    #[test]
    fn a_half_filled_order_or_a_strange_boolean_is_refused() {
        assert_eq!(
            response_from_fields(&item(steps()), &fields(&[("q.1", "x")])),
            Some(Err(ResponseError::NotAPermutation))
        );
        let tf = item(ItemKind::TrueFalse { answer: true });
        assert!(matches!(
            response_from_fields(&tf, &fields(&[("q", "maybe")])),
            Some(Err(_))
        ));
    }
}
