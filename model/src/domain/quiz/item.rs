//! Quiz items as authors define them: the question, what counts as right, and feedback.
//! Texts are per language; everything that grading needs is language-independent (option ids).

use crate::domain::content::{Localized, Source};
use serde::{Deserialize, Serialize};

/// Which social-insurance system an item is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Jurisdiction {
    #[serde(rename = "NO")]
    Norway,
    #[serde(rename = "SE")]
    Sweden,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    /// The competency area it tests (pools draw by area).
    pub area: String,
    /// Empty means: true in both countries.
    pub jurisdictions: Vec<Jurisdiction>,
    /// Weight in the quiz score.
    pub points: u32,
    pub prompt: Localized,
    /// Shown on review: why the answer is what it is.
    pub explanation: Localized,
    pub sources: Vec<Source>,
    /// Feedback for a fully right / a wrong answer (per option feedback comes on top).
    pub feedback_correct: Localized,
    pub feedback_wrong: Localized,
    pub kind: ItemKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: String,
    pub text: Localized,
    pub correct: bool,
    pub feedback: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Labelled {
    pub id: String,
    pub text: Localized,
}

/// How a multiple-response item gives part marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MultiScoring {
    /// Full marks only for exactly the right set.
    AllOrNothing,
    /// Each right option chosen earns 1/(right options); each wrong one chosen costs
    /// 1/(wrong options); never below zero. Choosing everything scores zero.
    #[default]
    RightMinusWrong,
}

/// How an ordering item gives part marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OrderScoring {
    AllOrNothing,
    /// The share of steps in their right place.
    #[default]
    AbsolutePosition,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ItemKind {
    /// Exactly one option is right.
    SingleChoice {
        options: Vec<ChoiceOption>,
    },
    /// Any number of options are right.
    MultipleResponse {
        options: Vec<ChoiceOption>,
        scoring: MultiScoring,
    },
    TrueFalse {
        answer: bool,
    },
    /// Each prompt has one right answer; answers may include distractors that match nothing.
    Matching {
        prompts: Vec<Labelled>,
        answers: Vec<Labelled>,
        /// prompt id → answer id
        key: Vec<(String, String)>,
        /// Part marks per right pair (otherwise all or nothing).
        partial: bool,
    },
    /// Steps listed in their right order.
    Ordering {
        steps: Vec<Labelled>,
        scoring: OrderScoring,
    },
    Numeric {
        answer: f64,
        tolerance: f64,
        unit: Option<Localized>,
    },
    /// Free text compared after normalising (case, spacing, Unicode form, end punctuation).
    ShortText {
        accepted: Vec<String>,
        case_sensitive: bool,
    },
}

impl ItemKind {
    pub fn type_name(&self) -> &'static str {
        match self {
            ItemKind::SingleChoice { .. } => "single_choice",
            ItemKind::MultipleResponse { .. } => "multiple_response",
            ItemKind::TrueFalse { .. } => "true_false",
            ItemKind::Matching { .. } => "matching",
            ItemKind::Ordering { .. } => "ordering",
            ItemKind::Numeric { .. } => "numeric",
            ItemKind::ShortText { .. } => "short_text",
        }
    }
}
