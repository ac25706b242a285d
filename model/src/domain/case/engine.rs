//! Playing a case: the state after each decision, the calendar, milestones and endings.
//!
//! Deterministic: the same case, rule pack and decisions always give the same state, so a run can
//! be replayed from its decisions and a stored state can be checked against them.

use super::expr::{EffectOp, Scope};
use super::model::{Case, Choice, Ending, NodeNext, Value};
use super::packs::PackVersion;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a run is: the node, the day, the variables, what has happened and how it ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunState {
    pub node: String,
    /// The sick-leave day (1 = the first day).
    pub day: u32,
    pub vars: BTreeMap<String, Value>,
    /// Reactions the case had to milestones, in order.
    pub events: Vec<Event>,
    pub ending: Option<Ending>,
    /// Decisions made so far; a decision must name the step it was made on (double posts count once).
    pub step: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub day: u32,
    pub milestone: String,
    /// Index into the case's `reactions`.
    pub reaction: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChoiceError {
    /// The run has ended.
    Ended,
    /// The current node has no such choice.
    Unknown,
    /// The choice exists but its condition does not hold now.
    NotOffered,
    /// The case loops through routes without end (the checker prevents this).
    Loop,
}

/// Week of a sick-leave day: days 1–7 are week 1.
pub fn week_of(day: u32) -> u32 {
    day.saturating_sub(1) / 7 + 1
}

impl Scope for RunState {
    fn value(&self, name: &str) -> Option<Value> {
        match name {
            "day" => Some(Value::Number(i64::from(self.day))),
            "week" => Some(Value::Number(i64::from(week_of(self.day)))),
            _ => self.vars.get(name).copied(),
        }
    }
}

/// The most route hops one decision may take; the checker rejects loops of routes.
const MAX_HOPS: usize = 256;

/// Starts a run at the case's first node.
pub fn start(case: &Case) -> Result<RunState, ChoiceError> {
    let mut state = RunState {
        node: case.start.clone(),
        day: case.start_day.max(1),
        vars: case
            .variables
            .iter()
            .map(|v| (v.id.clone(), v.initial))
            .collect(),
        events: Vec::new(),
        ending: None,
        step: 0,
    };
    settle(case, &mut state)?;
    Ok(state)
}

/// The choices the learner is offered now, in the case's order.
pub fn offered<'a>(case: &'a Case, state: &RunState) -> Vec<&'a Choice> {
    if state.ending.is_some() {
        return Vec::new();
    }
    case.node(&state.node)
        .map(|n| {
            n.choices()
                .iter()
                .filter(|c| c.when.as_ref().is_none_or(|w| w.holds(state)))
                .collect()
        })
        .unwrap_or_default()
}

/// The state after taking `choice_id` at the current node.
pub fn choose(
    case: &Case,
    pack: &PackVersion,
    state: &RunState,
    choice_id: &str,
) -> Result<RunState, ChoiceError> {
    if state.ending.is_some() {
        return Err(ChoiceError::Ended);
    }
    let choice = case
        .node(&state.node)
        .and_then(|n| n.choices().iter().find(|c| c.id == choice_id))
        .ok_or(ChoiceError::Unknown)?;
    if !choice.when.as_ref().is_none_or(|w| w.holds(state)) {
        return Err(ChoiceError::NotOffered);
    }
    let mut next = state.clone();
    apply(case, &mut next, &choice.effects);
    advance(case, pack, &mut next, choice.after_days);
    next.node = choice.next.clone();
    next.step += 1;
    settle(case, &mut next)?;
    Ok(next)
}

/// Applies effects in order, keeping numbers within their bounds.
fn apply(case: &Case, state: &mut RunState, effects: &[super::expr::Effect]) {
    for e in effects {
        let Some(var) = case.variable(&e.var) else {
            continue;
        };
        let current = state.vars.get(&e.var).copied().unwrap_or(var.initial);
        let new = match (&e.op, current) {
            (EffectOp::Set(v), _) => *v,
            (EffectOp::Add(d), Value::Number(n)) => Value::Number(n.saturating_add(*d)),
            (EffectOp::Add(_), flag) => flag,
        };
        let new = match new {
            Value::Number(n) => {
                Value::Number(n.clamp(var.min.unwrap_or(i64::MIN), var.max.unwrap_or(i64::MAX)))
            }
            flag => flag,
        };
        state.vars.insert(e.var.clone(), new);
    }
}

/// Moves the calendar on, letting the case react to every milestone passed on the way, in order.
fn advance(case: &Case, pack: &PackVersion, state: &mut RunState, days: u32) {
    let (from, to) = (state.day, state.day.saturating_add(days));
    for m in pack
        .milestones
        .iter()
        .filter(|m| m.day > from && m.day <= to)
    {
        // The case reacts as things stand on the milestone's day.
        state.day = m.day;
        for (i, r) in case.reactions.iter().enumerate() {
            if r.milestone == m.id && r.when.as_ref().is_none_or(|w| w.holds(state)) {
                apply(case, state, &r.effects);
                state.events.push(Event {
                    day: m.day,
                    milestone: m.id.clone(),
                    reaction: i,
                });
            }
        }
    }
    state.day = to;
}

/// Follows routes until a node with choices or an ending.
fn settle(case: &Case, state: &mut RunState) -> Result<(), ChoiceError> {
    for _ in 0..MAX_HOPS {
        let node = case.node(&state.node).ok_or(ChoiceError::Unknown)?;
        match &node.next {
            NodeNext::Choices(_) => return Ok(()),
            NodeNext::Ending(e) => {
                state.ending = Some(*e);
                return Ok(());
            }
            NodeNext::Routes(routes) => {
                let route = routes
                    .iter()
                    .find(|r| r.when.as_ref().is_none_or(|w| w.holds(state)))
                    .ok_or(ChoiceError::Loop)?;
                state.node = route.next.clone();
            }
        }
    }
    Err(ChoiceError::Loop)
}

/// The expert's choice at a node, if the node offers choices.
pub fn expert_choice<'a>(case: &'a Case, node: &str) -> Option<&'a Choice> {
    case.node(node)?.choices().iter().find(|c| c.expert)
}

/// One decision of a run: at which node, which choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub node: String,
    pub choice: String,
}

/// The run that always takes the expert's choice: its decisions and where it ends.
pub fn expert_path(
    case: &Case,
    pack: &PackVersion,
) -> Result<(Vec<Decision>, RunState), ChoiceError> {
    let mut state = start(case)?;
    let mut path = Vec::new();
    while state.ending.is_none() {
        if path.len() > MAX_HOPS {
            return Err(ChoiceError::Loop);
        }
        let choice = expert_choice(case, &state.node).ok_or(ChoiceError::Unknown)?;
        path.push(Decision {
            node: state.node.clone(),
            choice: choice.id.clone(),
        });
        state = choose(case, pack, &state, &choice.id)?;
    }
    Ok((path, state))
}

/// Replays decisions from the start: the state they lead to.
pub fn replay(
    case: &Case,
    pack: &PackVersion,
    decisions: &[Decision],
) -> Result<RunState, ChoiceError> {
    let mut state = start(case)?;
    for d in decisions {
        if d.node != state.node {
            return Err(ChoiceError::Unknown);
        }
        state = choose(case, pack, &state, &d.choice)?;
    }
    Ok(state)
}
