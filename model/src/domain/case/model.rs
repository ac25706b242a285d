//! A case simulation as the engine runs it: already parsed and checked.

use super::expr::{Cond, Effect};
use crate::domain::content::{Localized, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub id: String,
    pub jurisdiction: Jurisdiction,
    /// The fictional first day of sick leave, `YYYY-MM-DD`; picks the rules in force.
    pub start_date: String,
    /// The sick-leave day the case opens on (1 = the first day).
    pub start_day: u32,
    pub start: String,
    pub minutes: u32,
    pub areas: Vec<String>,
    pub title: Localized,
    pub summary: Localized,
    /// Fictional names of the people, by actor.
    pub names: BTreeMap<Actor, String>,
    pub variables: Vec<Variable>,
    pub documents: Vec<Document>,
    pub reactions: Vec<Reaction>,
    pub nodes: Vec<Node>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Jurisdiction {
    #[serde(rename = "NO")]
    No,
    #[serde(rename = "SE")]
    Se,
}

/// Whose view a node shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    Employee,
    Manager,
    Gp,
    Nav,
    Forsakringskassan,
    OccupationalHealth,
    Specialist,
    Coordinator,
}

impl Actor {
    pub const ALL: [Actor; 8] = [
        Actor::Employee,
        Actor::Manager,
        Actor::Gp,
        Actor::Nav,
        Actor::Forsakringskassan,
        Actor::OccupationalHealth,
        Actor::Specialist,
        Actor::Coordinator,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Actor::Employee => "employee",
            Actor::Manager => "manager",
            Actor::Gp => "gp",
            Actor::Nav => "nav",
            Actor::Forsakringskassan => "forsakringskassan",
            Actor::OccupationalHealth => "occupational_health",
            Actor::Specialist => "specialist",
            Actor::Coordinator => "coordinator",
        }
    }

    pub fn from_code(code: &str) -> Option<Actor> {
        Actor::ALL.into_iter().find(|a| a.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VarKind {
    Number,
    Flag,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Flag(bool),
    Number(i64),
}

impl Value {
    pub fn kind(self) -> VarKind {
        match self {
            Value::Flag(_) => VarKind::Flag,
            Value::Number(_) => VarKind::Number,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variable {
    pub id: String,
    pub initial: Value,
    /// Bounds of a number; effects are clamped to them.
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub shown: bool,
    pub label: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: Localized,
    /// Markdown.
    pub body: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reaction {
    pub milestone: String,
    pub when: Option<Cond>,
    pub effects: Vec<Effect>,
    pub message: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub actor: Actor,
    /// Markdown.
    pub text: Localized,
    pub documents: Vec<String>,
    pub next: NodeNext,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum NodeNext {
    Choices(Vec<Choice>),
    Routes(Vec<Route>),
    Ending(Ending),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub text: Localized,
    pub next: String,
    /// Days the calendar moves on.
    pub after_days: u32,
    pub when: Option<Cond>,
    pub effects: Vec<Effect>,
    pub expert: bool,
    pub why: Localized,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Route {
    pub when: Option<Cond>,
    pub next: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    FullReturn,
    GradedReturn,
    OtherWork,
    LongTermAbsence,
    DroppedOut,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::FullReturn,
        Outcome::GradedReturn,
        Outcome::OtherWork,
        Outcome::LongTermAbsence,
        Outcome::DroppedOut,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::FullReturn => "full_return",
            Outcome::GradedReturn => "graded_return",
            Outcome::OtherWork => "other_work",
            Outcome::LongTermAbsence => "long_term_absence",
            Outcome::DroppedOut => "dropped_out",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ending {
    pub outcome: Outcome,
    /// 0–100.
    pub score: u8,
}

impl Case {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn variable(&self, id: &str) -> Option<&Variable> {
        self.variables.iter().find(|v| v.id == id)
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }
}

impl Node {
    pub fn choices(&self) -> &[Choice] {
        match &self.next {
            NodeNext::Choices(c) => c,
            _ => &[],
        }
    }

    /// Every node this one can lead to, whatever the conditions.
    pub fn targets(&self) -> Vec<&str> {
        match &self.next {
            NodeNext::Choices(c) => c.iter().map(|c| c.next.as_str()).collect(),
            NodeNext::Routes(r) => r.iter().map(|r| r.next.as_str()).collect(),
            NodeNext::Ending(_) => Vec::new(),
        }
    }
}
