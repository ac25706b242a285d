//! Case simulations: branching scenarios with variables, conditions, the sick-leave calendar and the
//! milestones of a jurisdiction's rules. Pure: no Leptos, no database.

pub mod engine;
pub mod expr;
pub mod model;
pub mod packs;
pub mod validate;

#[cfg(test)]
mod tests;

pub use engine::{
    choose, expert_path, offered, replay, start, week_of, ChoiceError, Decision, RunState,
};
pub use model::{
    Actor, Case, Choice, Ending, Jurisdiction, Node, NodeNext, Outcome, Value, VarKind,
};
