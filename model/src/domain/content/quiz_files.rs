//! Quiz items and quizzes from course files, checked so that every problem is reported at once.
//!
//! - `items/*.toml` beside `course.toml`: the item bank, `[[items]]` tables.
//! - `<quiz-id>.quiz.toml` in a module folder, listed under `quizzes = [...]` in `module.toml`.
//!
//! The shapes are documented for authors in `courses/README.md`.

use super::loader::{is_valid_id, Check};
use super::model::Source;
use crate::domain::quiz::{
    draw, ChoiceOption, DrawError, FeedbackMode, Item, ItemKind, Jurisdiction, Labelled,
    MultiScoring, OrderScoring, Pool, Quiz, Selection,
};
use crate::domain::Lang;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

type Texts = BTreeMap<String, String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    #[serde(default)]
    items: Vec<ItemFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemFile {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    area: String,
    #[serde(default)]
    jurisdiction: Vec<Jurisdiction>,
    #[serde(default = "one")]
    points: u32,
    prompt: Texts,
    #[serde(default)]
    explanation: Texts,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    feedback_correct: Texts,
    #[serde(default)]
    feedback_wrong: Texts,
    // single_choice, multiple_response
    #[serde(default)]
    options: Vec<OptionFile>,
    #[serde(default)]
    scoring: Option<String>,
    // true_false
    answer: Option<toml::Value>,
    // matching
    #[serde(default)]
    pairs: Vec<PairFile>,
    #[serde(default)]
    distractors: Vec<LabelFile>,
    #[serde(default = "yes")]
    partial: bool,
    // ordering
    #[serde(default)]
    steps: Vec<LabelFile>,
    // numeric
    #[serde(default)]
    tolerance: f64,
    #[serde(default)]
    unit: Texts,
    // short_text
    #[serde(default)]
    accepted: Vec<String>,
    #[serde(default)]
    case_sensitive: bool,
}

fn one() -> u32 {
    1
}
fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    id: String,
    text: Texts,
    #[serde(default)]
    correct: bool,
    #[serde(default)]
    feedback: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelFile {
    id: String,
    text: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PairFile {
    id: String,
    prompt: Texts,
    answer: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    id: String,
    title: Texts,
    #[serde(default)]
    intro: Texts,
    pass_mark: u8,
    #[serde(default)]
    max_attempts: Option<u32>,
    #[serde(default)]
    wait_minutes: u32,
    #[serde(default)]
    time_limit_minutes: Option<u32>,
    #[serde(default)]
    feedback: FeedbackMode,
    #[serde(default)]
    shuffle_items: bool,
    #[serde(default = "yes")]
    shuffle_options: bool,
    #[serde(default)]
    items: Vec<String>,
    #[serde(default)]
    draw: Vec<PoolFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PoolFile {
    area: String,
    #[serde(default)]
    jurisdiction: Option<Jurisdiction>,
    count: usize,
}

/// Reads every `items/*.toml` under the course folder. No folder: an empty bank.
pub(super) fn load_bank(check: &mut Check<'_>, dir: &Path, required: &[Lang]) -> Vec<Item> {
    let folder = dir.join("items");
    let mut files: Vec<_> = check
        .list(&folder)
        .into_iter()
        .map(|name| folder.join(name))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut items = Vec::new();
    let mut ids = HashSet::new();
    for path in files {
        let Some(text) = check.read(&path) else {
            continue;
        };
        let Some(bank) = check.parse_toml::<BankFile>(&path, &text, 0) else {
            continue;
        };
        for raw in bank.items {
            let line = line_of_id(&text, &raw.id);
            if !ids.insert(raw.id.clone()) {
                check.report(
                    &path,
                    line,
                    format!("item id \"{}\" is used twice", raw.id),
                    "item ids must be unique across the course's item bank",
                );
            }
            if let Some(item) = item(check, &path, line, raw, required) {
                items.push(item);
            }
        }
    }
    items
}

/// The line where `id = "<id>"` is written, to point authors at the right item.
fn line_of_id(text: &str, id: &str) -> Option<usize> {
    let needle = format!("\"{id}\"");
    text.lines()
        .position(|l| l.trim_start().starts_with("id") && l.contains(&needle))
        .map(|i| i + 1)
}

fn item(
    check: &mut Check<'_>,
    path: &Path,
    line: Option<usize>,
    raw: ItemFile,
    required: &[Lang],
) -> Option<Item> {
    let id = raw.id.clone();
    let problem = |check: &mut Check<'_>, message: String, hint: &str| {
        check.report(path, line, format!("item \"{id}\": {message}"), hint);
    };
    if !is_valid_id(&raw.id) {
        problem(
            check,
            "the id is not valid".into(),
            "use a–z, 0–9 and hyphens",
        );
    }
    if !is_valid_id(&raw.area) {
        problem(
            check,
            format!("area \"{}\" is not a valid id", raw.area),
            "use a–z, 0–9 and hyphens",
        );
    }
    if raw.points == 0 || raw.points > 100 {
        problem(
            check,
            "points must be between 1 and 100".into(),
            "most items are worth 1",
        );
    }
    let field = |name: &str| format!("item \"{}\" {name}", raw.id);
    let prompt = check.localized(path, &field("prompt"), &raw.prompt, required, true);
    let explanation = check.localized(
        path,
        &field("explanation"),
        &raw.explanation,
        required,
        true,
    );
    let feedback_correct = check.localized(
        path,
        &field("feedback_correct"),
        &raw.feedback_correct,
        required,
        false,
    );
    let feedback_wrong = check.localized(
        path,
        &field("feedback_wrong"),
        &raw.feedback_wrong,
        required,
        false,
    );
    if raw.sources.is_empty() {
        problem(
            check,
            "has no sources".into(),
            "add [[items.sources]] with the title (and address) of what the answer rests on",
        );
    }

    let kind = match raw.kind.as_str() {
        "single_choice" | "multiple_response" => {
            let options = choice_options(check, path, line, &raw, required);
            let right = options.iter().filter(|o| o.correct).count();
            if raw.kind == "single_choice" {
                if right != 1 {
                    problem(
                        check,
                        format!(
                            "a single-choice item needs exactly one correct option (has {right})"
                        ),
                        "mark one option with correct = true",
                    );
                }
                ItemKind::SingleChoice { options }
            } else {
                if right == 0 {
                    problem(
                        check,
                        "has no correct option".into(),
                        "mark at least one option with correct = true",
                    );
                }
                let scoring = match raw.scoring.as_deref() {
                    None | Some("right_minus_wrong") => MultiScoring::RightMinusWrong,
                    Some("all_or_nothing") => MultiScoring::AllOrNothing,
                    Some(other) => {
                        problem(
                            check,
                            format!("unknown scoring \"{other}\""),
                            "use right_minus_wrong or all_or_nothing",
                        );
                        MultiScoring::default()
                    }
                };
                ItemKind::MultipleResponse { options, scoring }
            }
        }
        "true_false" => match raw.answer {
            Some(toml::Value::Boolean(answer)) => ItemKind::TrueFalse { answer },
            _ => {
                problem(
                    check,
                    "a true/false item needs `answer = true` or `answer = false`".into(),
                    "add the answer",
                );
                return None;
            }
        },
        "matching" => {
            if raw.pairs.len() < 2 {
                problem(
                    check,
                    "a matching item needs at least two pairs".into(),
                    "add [[items.pairs]]",
                );
            }
            let mut prompts = Vec::new();
            let mut answers = Vec::new();
            let mut key = Vec::new();
            for pair in &raw.pairs {
                let name = field(&format!("pair \"{}\"", pair.id));
                prompts.push(Labelled {
                    id: pair.id.clone(),
                    text: check.localized(
                        path,
                        &format!("{name} prompt"),
                        &pair.prompt,
                        required,
                        true,
                    ),
                });
                let answer_id = format!("{}-answer", pair.id);
                answers.push(Labelled {
                    id: answer_id.clone(),
                    text: check.localized(
                        path,
                        &format!("{name} answer"),
                        &pair.answer,
                        required,
                        true,
                    ),
                });
                key.push((pair.id.clone(), answer_id));
            }
            for d in &raw.distractors {
                answers.push(Labelled {
                    id: d.id.clone(),
                    text: check.localized(
                        path,
                        &field(&format!("distractor \"{}\"", d.id)),
                        &d.text,
                        required,
                        true,
                    ),
                });
            }
            unique_ids(
                check,
                path,
                line,
                &raw.id,
                answers
                    .iter()
                    .map(|a| a.id.as_str())
                    .chain(prompts.iter().map(|p| p.id.as_str())),
            );
            ItemKind::Matching {
                prompts,
                answers,
                key,
                partial: raw.partial,
            }
        }
        "ordering" => {
            if raw.steps.len() < 2 {
                problem(
                    check,
                    "an ordering item needs at least two steps".into(),
                    "add [[items.steps]] in the right order",
                );
            }
            let steps: Vec<Labelled> = raw
                .steps
                .iter()
                .map(|s| Labelled {
                    id: s.id.clone(),
                    text: check.localized(
                        path,
                        &field(&format!("step \"{}\"", s.id)),
                        &s.text,
                        required,
                        true,
                    ),
                })
                .collect();
            unique_ids(
                check,
                path,
                line,
                &raw.id,
                steps.iter().map(|s| s.id.as_str()),
            );
            let scoring = match raw.scoring.as_deref() {
                None | Some("absolute_position") => OrderScoring::AbsolutePosition,
                Some("all_or_nothing") => OrderScoring::AllOrNothing,
                Some(other) => {
                    problem(
                        check,
                        format!("unknown scoring \"{other}\""),
                        "use absolute_position or all_or_nothing",
                    );
                    OrderScoring::default()
                }
            };
            ItemKind::Ordering { steps, scoring }
        }
        "numeric" => {
            let answer = match raw.answer {
                Some(toml::Value::Integer(n)) => n as f64,
                Some(toml::Value::Float(x)) if x.is_finite() => x,
                _ => {
                    problem(
                        check,
                        "a numeric item needs a number as `answer`".into(),
                        "e.g. answer = 16",
                    );
                    return None;
                }
            };
            if !(raw.tolerance >= 0.0 && raw.tolerance.is_finite()) {
                problem(
                    check,
                    "tolerance must be zero or more".into(),
                    "e.g. tolerance = 0.5",
                );
            }
            let unit = (!raw.unit.is_empty())
                .then(|| check.localized(path, &field("unit"), &raw.unit, required, true));
            ItemKind::Numeric {
                answer,
                tolerance: raw.tolerance.max(0.0),
                unit,
            }
        }
        "short_text" => {
            let accepted: Vec<String> = raw
                .accepted
                .iter()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect();
            if accepted.is_empty() {
                problem(
                    check,
                    "a short-text item needs accepted answers".into(),
                    "add accepted = [\"…\"]",
                );
            }
            ItemKind::ShortText {
                accepted,
                case_sensitive: raw.case_sensitive,
            }
        }
        other => {
            problem(
                check,
                format!("unknown type \"{other}\""),
                "use single_choice, multiple_response, true_false, matching, ordering, numeric or short_text",
            );
            return None;
        }
    };
    Some(Item {
        id: raw.id,
        area: raw.area,
        jurisdictions: raw.jurisdiction,
        points: raw.points,
        prompt,
        explanation,
        sources: raw.sources,
        feedback_correct,
        feedback_wrong,
        kind,
    })
}

fn choice_options(
    check: &mut Check<'_>,
    path: &Path,
    line: Option<usize>,
    raw: &ItemFile,
    required: &[Lang],
) -> Vec<ChoiceOption> {
    if raw.options.len() < 2 {
        check.report(
            path,
            line,
            format!("item \"{}\": needs at least two options", raw.id),
            "add [[items.options]] with id, text and correct",
        );
    }
    let options: Vec<ChoiceOption> = raw
        .options
        .iter()
        .map(|o| {
            let name = format!("item \"{}\" option \"{}\"", raw.id, o.id);
            ChoiceOption {
                id: o.id.clone(),
                text: check.localized(path, &format!("{name} text"), &o.text, required, true),
                correct: o.correct,
                feedback: check.localized(
                    path,
                    &format!("{name} feedback"),
                    &o.feedback,
                    required,
                    false,
                ),
            }
        })
        .collect();
    unique_ids(
        check,
        path,
        line,
        &raw.id,
        options.iter().map(|o| o.id.as_str()),
    );
    options
}

fn unique_ids<'a>(
    check: &mut Check<'_>,
    path: &Path,
    line: Option<usize>,
    item: &str,
    ids: impl Iterator<Item = &'a str>,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !is_valid_id(id) {
            check.report(
                path,
                line,
                format!("item \"{item}\": \"{id}\" is not a valid id"),
                "use a–z, 0–9 and hyphens",
            );
        } else if !seen.insert(id) {
            check.report(
                path,
                line,
                format!("item \"{item}\": \"{id}\" is used twice"),
                "give every option, pair or step its own id",
            );
        }
    }
}

/// Reads `<quiz-id>.quiz.toml` in `dir` and checks it against the item bank.
pub(super) fn load_quiz(
    check: &mut Check<'_>,
    dir: &Path,
    quiz_id: &str,
    bank: &[Item],
    required: &[Lang],
) -> Option<Quiz> {
    let path = dir.join(format!("{quiz_id}.quiz.toml"));
    if !check.is_file(&path) {
        check.report(
            &dir.join("module.toml"),
            None,
            format!("quiz \"{quiz_id}\" has no file"),
            format!("create {quiz_id}.quiz.toml beside module.toml"),
        );
        return None;
    }
    let text = check.read(&path)?;
    let raw: QuizFile = check.parse_toml(&path, &text, 0)?;
    if raw.id != quiz_id {
        check.report(
            &path,
            Some(1),
            format!("the id \"{}\" differs from the file name", raw.id),
            format!("use id = \"{quiz_id}\""),
        );
    }
    let title = check.localized(&path, "title", &raw.title, required, true);
    let intro = check.localized(&path, "intro", &raw.intro, required, false);
    if raw.pass_mark > 100 {
        check.report(
            &path,
            None,
            "pass_mark is a percentage",
            "use a number from 0 to 100",
        );
    }
    if raw.max_attempts == Some(0) {
        check.report(
            &path,
            None,
            "max_attempts = 0 lets no one take the quiz",
            "remove it for unlimited attempts, or use 1 or more",
        );
    }
    if raw.time_limit_minutes == Some(0) {
        check.report(
            &path,
            None,
            "time_limit_minutes = 0 leaves no time",
            "remove it for an untimed quiz",
        );
    }
    let selection = match (raw.items.is_empty(), raw.draw.is_empty()) {
        (false, true) => Selection::Fixed(raw.items),
        (true, false) => Selection::Pools(
            raw.draw
                .into_iter()
                .map(|p| Pool {
                    area: p.area,
                    jurisdiction: p.jurisdiction,
                    count: p.count,
                })
                .collect(),
        ),
        _ => {
            check.report(
                &path,
                None,
                "a quiz needs either `items` or `[[draw]]` (not both)",
                "list item ids, or draw from pools by area",
            );
            return None;
        }
    };
    let quiz = Quiz {
        id: raw.id,
        title,
        intro,
        selection,
        pass_mark: raw.pass_mark,
        max_attempts: raw.max_attempts,
        wait_minutes: raw.wait_minutes,
        time_limit_minutes: raw.time_limit_minutes,
        feedback: raw.feedback,
        shuffle_items: raw.shuffle_items,
        shuffle_options: raw.shuffle_options,
    };
    if let Selection::Pools(pools) = &quiz.selection {
        if pools.iter().any(|p| p.count == 0) {
            check.report(
                &path,
                None,
                "a [[draw]] has count = 0",
                "draw at least one item, or remove the pool",
            );
        }
    }
    // A trial draw proves every referenced item exists and every pool is large enough.
    match draw(&quiz, bank, 0) {
        Ok(_) => {}
        Err(DrawError::UnknownItem(id)) => check.report(
            &path,
            None,
            format!("item \"{id}\" is not in the item bank"),
            "check the id against items/*.toml",
        ),
        Err(e @ DrawError::PoolTooSmall { .. }) => check.report(
            &path,
            None,
            e.to_string(),
            "write more items for that area or draw fewer",
        ),
    }
    Some(quiz)
}

#[cfg(test)]
mod tests {
    use crate::domain::content::load_course;
    use crate::domain::quiz::{ItemKind, Selection};
    use std::path::Path;

    const COURSE: &str = r#"
id = "c"
required_languages = ["nb", "en"]
default_language = "nb"
modules = ["m"]
[title]
nb = "Kurs"
en = "Course"
"#;

    const LESSON: &str = "+++\ntitle = \"L\"\n+++\n\nText.\n";

    fn write(dir: &Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn course(bank: &str, quiz: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "course.toml", COURSE);
        write(
            d,
            "m/module.toml",
            "id = \"m\"\nquizzes = [\"q\"]\n[title]\nnb = \"M\"\nen = \"M\"\n[[lessons]]\nid = \"l\"\nminutes = 5\n",
        );
        write(d, "m/l.nb.md", LESSON);
        write(d, "m/l.en.md", LESSON);
        write(d, "items/bank.toml", bank);
        write(d, "m/q.quiz.toml", quiz);
        dir
    }

    const GOOD_BANK: &str = r#"
[[items]]
id = "plan-week"
type = "single_choice"
area = "timeline"
jurisdiction = ["NO"]
prompt = { nb = "Når?", en = "When?" }
explanation = { nb = "Fordi.", en = "Because." }
sources = [{ title = "Arbeidsmiljøloven § 4-6" }]
[[items.options]]
id = "a"
text = { nb = "Uke 4", en = "Week 4" }
correct = true
[[items.options]]
id = "b"
text = { nb = "Uke 8", en = "Week 8" }
feedback = { nb = "Nei.", en = "No." }

[[items]]
id = "days"
type = "numeric"
area = "timeline"
answer = 16
prompt = { nb = "Hvor mange dager?", en = "How many days?" }
explanation = { nb = "16.", en = "16." }
sources = [{ title = "Folketrygdloven § 8-19" }]

[[items]]
id = "steps"
type = "ordering"
area = "timeline"
prompt = { nb = "Ordne", en = "Order" }
explanation = { nb = "Slik.", en = "Like so." }
sources = [{ title = "nav.no" }]
steps = [
  { id = "plan", text = { nb = "Plan", en = "Plan" } },
  { id = "meeting", text = { nb = "Møte", en = "Meeting" } },
]

[[items]]
id = "who"
type = "matching"
area = "actors"
prompt = { nb = "Koble", en = "Match" }
explanation = { nb = "Slik.", en = "Like so." }
sources = [{ title = "nav.no" }]
pairs = [
  { id = "gp", prompt = { nb = "Lege", en = "GP" }, answer = { nb = "Sykmelding", en = "Sick note" } },
  { id = "nav", prompt = { nb = "NAV", en = "NAV" }, answer = { nb = "Sykepenger", en = "Benefit" } },
]
distractors = [{ id = "x", text = { nb = "Lønn", en = "Salary" } }]

[[items]]
id = "tf"
type = "true_false"
area = "actors"
answer = false
prompt = { nb = "Sant?", en = "True?" }
explanation = { nb = "Nei.", en = "No." }
sources = [{ title = "nav.no" }]

[[items]]
id = "word"
type = "short_text"
area = "actors"
accepted = ["dialogmøte", "dialogue meeting"]
prompt = { nb = "Hva?", en = "What?" }
explanation = { nb = "Det.", en = "That." }
sources = [{ title = "nav.no" }]

[[items]]
id = "many"
type = "multiple_response"
area = "actors"
scoring = "all_or_nothing"
prompt = { nb = "Hvilke?", en = "Which?" }
explanation = { nb = "Disse.", en = "These." }
sources = [{ title = "nav.no" }]
options = [
  { id = "a", text = { nb = "A", en = "A" }, correct = true },
  { id = "b", text = { nb = "B", en = "B" }, correct = true },
  { id = "c", text = { nb = "C", en = "C" } },
]
"#;

    const POOL_QUIZ: &str = r#"
id = "q"
title = { nb = "Test", en = "Test" }
pass_mark = 80
max_attempts = 3
wait_minutes = 10
[[draw]]
area = "timeline"
jurisdiction = "NO"
count = 2
[[draw]]
area = "actors"
count = 3
"#;

    #[test]
    fn every_item_type_and_a_pooled_quiz_load() {
        let dir = course(GOOD_BANK, POOL_QUIZ);
        let course = load_course(dir.path()).unwrap_or_else(|p| panic!("{p:#?}"));
        let types: Vec<&str> = course.items.iter().map(|i| i.kind.type_name()).collect();
        assert_eq!(
            types,
            [
                "single_choice",
                "numeric",
                "ordering",
                "matching",
                "true_false",
                "short_text",
                "multiple_response"
            ]
        );
        assert!(matches!(
            course.items[1].kind,
            ItemKind::Numeric { answer, .. } if answer == 16.0
        ));
        let quiz = &course.modules[0].quizzes[0];
        assert_eq!(quiz.pass_mark, 80);
        assert!(matches!(&quiz.selection, Selection::Pools(p) if p.len() == 2));
    }

    #[test]
    fn every_problem_in_items_and_quizzes_is_reported_at_once() {
        let bank = r#"
[[items]]
id = "two-right"
type = "single_choice"
area = "timeline"
prompt = { nb = "Når?" }
explanation = { nb = "Fordi.", en = "Because." }
options = [
  { id = "a", text = { nb = "A", en = "A" }, correct = true },
  { id = "b", text = { nb = "B", en = "B" }, correct = true },
]

[[items]]
id = "two-right"
type = "essay"
area = "timeline"
prompt = { nb = "?", en = "?" }
explanation = { nb = ".", en = "." }
sources = [{ title = "x" }]
"#;
        let quiz = r#"
id = "q"
title = { nb = "Test", en = "Test" }
pass_mark = 180
items = ["two-right", "missing-item"]
"#;
        let dir = course(bank, quiz);
        let problems = load_course(dir.path()).expect_err("problems");
        let report = problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        for expected in [
            "exactly one correct option (has 2)",
            "prompt has no en text",
            "has no sources",
            "\"two-right\" is used twice",
            "unknown type \"essay\"",
            "pass_mark is a percentage",
            "\"missing-item\" is not in the item bank",
        ] {
            assert!(
                report.contains(expected),
                "missing {expected:?} in:\n{report}"
            );
        }
        assert!(report.contains("items/bank.toml"), "{report}");
        assert!(report.contains("m/q.quiz.toml"), "{report}");
    }

    #[test]
    fn a_pool_too_small_for_its_draw_is_a_problem() {
        let quiz = POOL_QUIZ.replace("count = 3", "count = 9");
        let dir = course(GOOD_BANK, &quiz);
        let problems = load_course(dir.path()).expect_err("problems");
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("has 4 items; 9 are drawn")),
            "{problems:#?}"
        );
    }
}
