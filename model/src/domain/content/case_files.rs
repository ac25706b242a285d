//! Case simulations from course files (`<case-id>.case.toml` in a module folder, listed under
//! `cases = [...]` in `module.toml`), checked so that every problem is reported at once.
//!
//! The shape is documented for authors in `courses/README.md`.

use super::loader::{is_valid_id, Check};
use super::model::Source;
use crate::domain::case::expr::{parse_cond, parse_effect, Cond, Effect};
use crate::domain::case::model::{
    Actor, Case, Choice, Document, Ending, Jurisdiction, Node, NodeNext, Outcome, Reaction, Route,
    Value, Variable,
};
use crate::domain::case::{packs, validate};
use crate::domain::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

type Texts = BTreeMap<String, String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    id: String,
    jurisdiction: Jurisdiction,
    start_date: String,
    #[serde(default = "one")]
    start_day: u32,
    start: String,
    minutes: u32,
    #[serde(default)]
    areas: Vec<String>,
    title: Texts,
    #[serde(default)]
    summary: Texts,
    #[serde(default)]
    names: BTreeMap<String, String>,
    #[serde(default)]
    variables: Vec<VariableFile>,
    #[serde(default)]
    documents: Vec<DocumentFile>,
    #[serde(default)]
    reactions: Vec<ReactionFile>,
    #[serde(default)]
    nodes: Vec<NodeFile>,
}

fn one() -> u32 {
    1
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VariableFile {
    id: String,
    initial: toml::Value,
    min: Option<i64>,
    max: Option<i64>,
    #[serde(default)]
    shown: bool,
    #[serde(default)]
    label: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentFile {
    id: String,
    title: Texts,
    body: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReactionFile {
    milestone: String,
    when: Option<String>,
    #[serde(default)]
    effects: Vec<String>,
    message: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeFile {
    id: String,
    actor: String,
    text: Texts,
    #[serde(default)]
    documents: Vec<String>,
    choices: Option<Vec<ChoiceFile>>,
    routes: Option<Vec<RouteFile>>,
    ending: Option<EndingFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceFile {
    id: String,
    text: Texts,
    next: String,
    #[serde(default)]
    after_days: u32,
    #[serde(default)]
    after_weeks: u32,
    when: Option<String>,
    #[serde(default)]
    effects: Vec<String>,
    #[serde(default)]
    expert: bool,
    #[serde(default)]
    why: Texts,
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteFile {
    when: Option<String>,
    next: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EndingFile {
    outcome: String,
    score: u32,
}

/// The line where `id = "<id>"` is written, to point authors at the right place.
fn line_of_id(text: &str, id: &str) -> Option<usize> {
    let needle = format!("\"{id}\"");
    text.lines()
        .position(|l| l.trim_start().starts_with("id") && l.contains(&needle))
        .map(|i| i + 1)
}

/// Loads and checks `<case_id>.case.toml` in `dir`.
pub(super) fn load_case(
    check: &mut Check<'_>,
    dir: &Path,
    case_id: &str,
    required: &[Lang],
) -> Option<Case> {
    let path = dir.join(format!("{case_id}.case.toml"));
    if !check.is_file(&path) {
        check.report(
            &dir.join("module.toml"),
            None,
            format!("case \"{case_id}\" has no file"),
            format!("create {case_id}.case.toml beside module.toml"),
        );
        return None;
    }
    let text = check.read(&path)?;
    let raw: CaseFile = check.parse_toml(&path, &text, 0)?;
    let path = path.as_path();
    let before = check.count();
    if raw.id != case_id {
        check.report(
            path,
            Some(1),
            format!("the id \"{}\" differs from the file name", raw.id),
            format!("use id = \"{case_id}\""),
        );
    }
    if !packs::is_date(&raw.start_date) {
        check.report(
            path,
            None,
            format!("start_date \"{}\" is not a date", raw.start_date),
            "write it as YYYY-MM-DD, e.g. \"2026-02-02\"",
        );
    }
    let pack = packs::in_force(raw.jurisdiction, &raw.start_date);
    if pack.is_none() && packs::is_date(&raw.start_date) {
        check.report(
            path,
            None,
            format!("no rule pack is in force on {}", raw.start_date),
            "use a later start_date; see model/src/domain/case/packs/",
        );
    }
    if !(1..=240).contains(&raw.minutes) {
        check.report(
            path,
            None,
            "minutes must be between 1 and 240",
            "estimate the minutes a learner needs",
        );
    }
    if raw.start_day == 0 {
        check.report(
            path,
            None,
            "start_day 0 does not exist; day 1 is the first day of sick leave",
            "use 1 or later",
        );
    }
    for area in &raw.areas {
        if !is_valid_id(area) {
            check.report(
                path,
                None,
                format!("area \"{area}\" is not a valid id"),
                "use the competency areas of the item bank",
            );
        }
    }
    let title = check.localized(path, "title", &raw.title, required, true);
    let summary = check.localized(path, "summary", &raw.summary, required, true);
    let mut names = BTreeMap::new();
    for (actor, name) in &raw.names {
        match Actor::from_code(actor) {
            Some(a) => {
                names.insert(a, name.trim().to_string());
            }
            None => check.report(
                path,
                None,
                format!("names: unknown actor \"{actor}\""),
                actor_hint(),
            ),
        }
    }

    let variables = raw
        .variables
        .iter()
        .filter_map(|v| {
            let line = line_of_id(&text, &v.id);
            let initial = match &v.initial {
                toml::Value::Boolean(b) => Value::Flag(*b),
                toml::Value::Integer(n) => Value::Number(*n),
                _ => {
                    check.report(
                        path,
                        line,
                        format!(
                            "variable \"{}\": initial must be a whole number or true/false",
                            v.id
                        ),
                        "e.g. initial = 50 or initial = false",
                    );
                    return None;
                }
            };
            let label = check.localized(
                path,
                &format!("variable \"{}\" label", v.id),
                &v.label,
                required,
                v.shown,
            );
            Some(Variable {
                id: v.id.clone(),
                initial,
                min: v.min,
                max: v.max,
                shown: v.shown,
                label,
            })
        })
        .collect();

    let documents = raw
        .documents
        .iter()
        .map(|d| {
            check.check_id(path, "document", &d.id);
            let what = format!("document \"{}\"", d.id);
            Document {
                id: d.id.clone(),
                title: check.localized(path, &format!("{what} title"), &d.title, required, true),
                body: check.localized(path, &format!("{what} body"), &d.body, required, true),
            }
        })
        .collect();

    let reactions = raw
        .reactions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let what = format!("reaction {} ({})", i + 1, r.milestone);
            Reaction {
                milestone: r.milestone.clone(),
                when: cond(check, path, None, &what, r.when.as_deref()),
                effects: effects(check, path, None, &what, &r.effects),
                message: check.localized(
                    path,
                    &format!("{what} message"),
                    &r.message,
                    required,
                    true,
                ),
            }
        })
        .collect();

    let mut nodes = Vec::new();
    for n in &raw.nodes {
        let line = line_of_id(&text, &n.id);
        let what = format!("node \"{}\"", n.id);
        check.check_id(path, "node", &n.id);
        let actor = Actor::from_code(&n.actor).unwrap_or_else(|| {
            check.report(
                path,
                line,
                format!("{what}: unknown actor \"{}\"", n.actor),
                actor_hint(),
            );
            Actor::Coordinator
        });
        let node_text = check.localized(path, &format!("{what} text"), &n.text, required, true);
        let next = match (&n.choices, &n.routes, &n.ending) {
            (Some(choices), None, None) => NodeNext::Choices(
                choices
                    .iter()
                    .map(|c| choice(check, path, &text, &what, c, required))
                    .collect(),
            ),
            (None, Some(routes), None) => NodeNext::Routes(
                routes
                    .iter()
                    .enumerate()
                    .map(|(i, r)| Route {
                        when: cond(
                            check,
                            path,
                            line,
                            &format!("{what} route {}", i + 1),
                            r.when.as_deref(),
                        ),
                        next: r.next.clone(),
                    })
                    .collect(),
            ),
            (None, None, Some(e)) => {
                let outcome = Outcome::from_code(&e.outcome).unwrap_or_else(|| {
                    let known: Vec<_> = Outcome::ALL.iter().map(|o| o.code()).collect();
                    check.report(
                        path,
                        line,
                        format!("{what}: unknown outcome \"{}\"", e.outcome),
                        format!("use one of: {}", known.join(", ")),
                    );
                    Outcome::DroppedOut
                });
                NodeNext::Ending(Ending {
                    outcome,
                    score: e.score.min(255) as u8,
                })
            }
            _ => {
                check.report(
                    path,
                    line,
                    format!("{what} needs exactly one of choices, routes or ending"),
                    "a node either lets the learner choose, lets the case decide (routes), or ends",
                );
                NodeNext::Choices(Vec::new())
            }
        };
        nodes.push(Node {
            id: n.id.clone(),
            actor,
            text: node_text,
            documents: n.documents.clone(),
            next,
        });
    }
    if nodes.is_empty() {
        check.report(path, None, "the case has no nodes", "add [[nodes]]");
    }

    let case = Case {
        id: raw.id,
        jurisdiction: raw.jurisdiction,
        start_date: raw.start_date,
        start_day: raw.start_day.max(1),
        start: raw.start,
        minutes: raw.minutes,
        areas: raw.areas,
        title,
        summary,
        names,
        variables,
        documents,
        reactions,
        nodes,
    };
    // The graph and the variables are checked only once the file itself made sense.
    if check.count() == before {
        for f in validate::check(&case, pack) {
            let line =
                f.at.as_deref()
                    .and_then(|at| at.split('"').nth(1).and_then(|id| line_of_id(&text, id)));
            let message = match f.at {
                Some(at) => format!("{at}: {}", f.message),
                None => f.message,
            };
            check.report(path, line, message, f.hint);
        }
    }
    Some(case)
}

fn actor_hint() -> String {
    let known: Vec<_> = Actor::ALL.iter().map(|a| a.code()).collect();
    format!("use one of: {}", known.join(", "))
}

fn choice(
    check: &mut Check<'_>,
    path: &Path,
    text: &str,
    node: &str,
    c: &ChoiceFile,
    required: &[Lang],
) -> Choice {
    let line = line_of_id(text, &c.id);
    let what = format!("{node} choice \"{}\"", c.id);
    check.check_id(path, "choice", &c.id);
    if c.after_days > 0 && c.after_weeks > 0 {
        check.report(
            path,
            line,
            format!("{what} has both after_days and after_weeks"),
            "use one of them",
        );
    }
    Choice {
        id: c.id.clone(),
        text: check.localized(path, &format!("{what} text"), &c.text, required, true),
        next: c.next.clone(),
        after_days: c.after_days.saturating_add(c.after_weeks.saturating_mul(7)),
        when: cond(check, path, line, &what, c.when.as_deref()),
        effects: effects(check, path, line, &what, &c.effects),
        expert: c.expert,
        why: check.localized(path, &format!("{what} why"), &c.why, required, true),
        sources: c.sources.clone(),
    }
}

fn cond(
    check: &mut Check<'_>,
    path: &Path,
    line: Option<usize>,
    what: &str,
    src: Option<&str>,
) -> Option<Cond> {
    let src = src?;
    match parse_cond(src) {
        Ok(c) => Some(c),
        Err(e) => {
            check.report(
                path,
                line,
                format!("{what}: when = \"{src}\": {e}"),
                "write a condition such as `trust >= 40 && !plan_made`",
            );
            None
        }
    }
}

fn effects(
    check: &mut Check<'_>,
    path: &Path,
    line: Option<usize>,
    what: &str,
    srcs: &[String],
) -> Vec<Effect> {
    srcs.iter()
        .filter_map(|src| match parse_effect(src) {
            Ok(e) => Some(e),
            Err(e) => {
                check.report(
                    path,
                    line,
                    format!("{what}: effect \"{src}\": {e}"),
                    "write `trust += 10`, `trust -= 5`, `trust = 20` or `plan_made = true`",
                );
                None
            }
        })
        .collect()
}

/// Loads one case from TOML text, as a course would (for tests of the engine and the checker).
#[cfg(test)]
pub(crate) fn case_from_toml(text: &str) -> Result<Case, Vec<super::Problem>> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let id = text
        .lines()
        .find_map(|l| l.strip_prefix("id = \""))
        .and_then(|l| l.split('"').next())
        .unwrap_or("case")
        .to_string();
    std::fs::write(dir.path().join(format!("{id}.case.toml")), text).expect("write the case");
    let mut check = Check::new(dir.path());
    let case = load_case(&mut check, dir.path(), &id, &[Lang::En]);
    let problems = check.into_problems();
    match case {
        Some(case) if problems.is_empty() => Ok(case),
        _ => Err(problems),
    }
}
