//! Property tests over everything that reads input from outside: course files (the content
//! loader), the answers a quiz form sends (the answer decoder and grading), expressions in case
//! files, the case engine driven with any choices, and roster files (the CSV import). Each property is "no panic, and a refusal
//! says what is wrong". `RTW_FUZZ_CASES` sets how many inputs each property tries (the test
//! command raises it for a bounded fuzz run; the default keeps `cargo test` quick).

use crate::domain::case::engine::{self, ChoiceError};
use crate::domain::case::expr::{parse_cond, parse_effect};
use crate::domain::case::model::Value;
use crate::domain::case::packs;
use crate::domain::content::{load_course, Course};
use crate::domain::quiz::{grade, response_from_fields, Fields, FULL};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("RTW_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn bundled_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses/rtw-coordinator")
}

/// The bundled programme, loaded once for all properties.
fn bundled() -> &'static Course {
    static COURSE: OnceLock<Course> = OnceLock::new();
    COURSE.get_or_init(|| load_course(&bundled_dir()).unwrap_or_else(|p| panic!("{p:#?}")))
}

// ---- course files -----------------------------------------------------------------------------

const COURSE: &str = r#"id = "c"
required_languages = ["nb", "en"]
default_language = "nb"
modules = ["m"]
[title]
nb = "Kurs"
en = "Course"
"#;

const MODULE: &str = r#"id = "m"
quizzes = ["q"]
cases = ["marte-village-shop"]
[title]
nb = "M"
en = "M"
[[lessons]]
id = "l"
minutes = 5
"#;

const LESSON: &str = "+++\ntitle = \"Leksjon\"\nobjectives = [\"Kjenne fristene\"]\n+++\n\n# Overskrift\n\nTekst med [lenke](https://www.nav.no) og **uthevet**.\n\n- en\n- to\n";

const BANK: &str = r#"[[items]]
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

[[items]]
id = "days"
type = "numeric"
area = "timeline"
answer = 16
prompt = { nb = "Hvor mange dager?", en = "How many days?" }
explanation = { nb = "16.", en = "16." }
sources = [{ title = "Folketrygdloven § 8-19" }]
"#;

const QUIZ: &str = r#"id = "q"
title = { nb = "Test", en = "Test" }
pass_mark = 80
max_attempts = 3
items = ["plan-week", "days"]
"#;

const CASE: &str = include_str!(
    "../../../courses/rtw-coordinator/04-early-identification/marte-village-shop.case.toml"
);

/// The files of a small course that loads without problems.
fn base_files() -> Vec<(&'static str, String)> {
    vec![
        ("course.toml", COURSE.to_string()),
        ("m/module.toml", MODULE.to_string()),
        ("m/l.nb.md", LESSON.to_string()),
        ("m/l.en.md", LESSON.to_string()),
        ("items/bank.toml", BANK.to_string()),
        ("m/q.quiz.toml", QUIZ.to_string()),
        ("m/marte-village-shop.case.toml", CASE.to_string()),
    ]
}

fn write_course(dir: &Path, files: &[(&str, Vec<u8>)]) {
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
        std::fs::write(path, bytes).expect("write");
    }
}

/// One way to damage a text file, as an author's slip or an attacker might.
#[derive(Debug, Clone)]
enum Damage {
    Truncate(f64),
    DeleteLine(f64),
    DuplicateLine(f64),
    ReplaceLine(f64, String),
    Insert(f64, String),
    Bytes(f64, Vec<u8>),
}

fn damage() -> impl Strategy<Value = Damage> {
    let at = 0.0..1.0f64;
    // Text that means something to TOML, front matter or Markdown.
    let tokenish = prop_oneof![
        Just("=".to_string()),
        Just("[[".to_string()),
        Just("]]".to_string()),
        Just("\"".to_string()),
        Just("+++".to_string()),
        Just("{".to_string()),
        Just("id = \"\"".to_string()),
        Just("next = \"nowhere\"".to_string()),
        Just("when = \"trust >\"".to_string()),
        Just("effects = [\"trust += 99999999999999999999\"]".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        "\\PC{0,40}",
    ];
    prop_oneof![
        at.clone().prop_map(Damage::Truncate),
        at.clone().prop_map(Damage::DeleteLine),
        at.clone().prop_map(Damage::DuplicateLine),
        (at.clone(), tokenish.clone()).prop_map(|(a, s)| Damage::ReplaceLine(a, s)),
        (at.clone(), tokenish).prop_map(|(a, s)| Damage::Insert(a, s)),
        (at, proptest::collection::vec(any::<u8>(), 1..8)).prop_map(|(a, b)| Damage::Bytes(a, b)),
    ]
}

fn nth_line(lines: usize, at: f64) -> usize {
    ((lines as f64 * at) as usize).min(lines.saturating_sub(1))
}

fn char_boundary(text: &str, at: f64) -> usize {
    let mut i = (text.len() as f64 * at) as usize;
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i.min(text.len())
}

fn apply(text: &str, d: &Damage) -> Vec<u8> {
    let mut lines: Vec<&str> = text.lines().collect();
    match d {
        Damage::Truncate(at) => text.as_bytes()[..char_boundary(text, *at)].to_vec(),
        Damage::DeleteLine(at) => {
            if !lines.is_empty() {
                lines.remove(nth_line(lines.len(), *at));
            }
            lines.join("\n").into_bytes()
        }
        Damage::DuplicateLine(at) => {
            if !lines.is_empty() {
                let n = nth_line(lines.len(), *at);
                lines.insert(n, lines[n]);
            }
            lines.join("\n").into_bytes()
        }
        Damage::ReplaceLine(at, s) => {
            if !lines.is_empty() {
                let n = nth_line(lines.len(), *at);
                lines[n] = s;
            }
            lines.join("\n").into_bytes()
        }
        Damage::Insert(at, s) => {
            let i = char_boundary(text, *at);
            format!("{}{s}{}", &text[..i], &text[i..]).into_bytes()
        }
        Damage::Bytes(at, bytes) => {
            let i = char_boundary(text, *at);
            let mut out = text.as_bytes()[..i].to_vec();
            out.extend_from_slice(bytes);
            out.extend_from_slice(&text.as_bytes()[i..]);
            out
        }
    }
}

#[test]
fn the_undamaged_course_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files: Vec<_> = base_files()
        .into_iter()
        .map(|(n, t)| (n, t.into_bytes()))
        .collect();
    write_course(dir.path(), &files);
    if let Err(p) = load_course(dir.path()) {
        panic!("{p:#?}");
    }
}

proptest! {
    #![proptest_config(cases(64))]

    /// Any damage to any course file gives either a course or a list of problems, each naming a
    /// file of the course and saying what is wrong; never a panic.
    #[test]
    fn damaged_course_files_are_reported_not_crashed_on(
        file in 0usize..7,
        damages in proptest::collection::vec(damage(), 1..4),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut files: Vec<(&str, Vec<u8>)> = base_files()
            .into_iter()
            .map(|(n, t)| (n, t.into_bytes()))
            .collect();
        let mut text = String::from_utf8(files[file].1.clone()).expect("utf-8");
        for d in &damages {
            let bytes = apply(&text, d);
            text = String::from_utf8_lossy(&bytes).into_owned();
            files[file].1 = bytes;
        }
        write_course(dir.path(), &files);
        if let Err(problems) = load_course(dir.path()) {
            prop_assert!(!problems.is_empty());
            for p in &problems {
                prop_assert!(!p.message.trim().is_empty(), "{p:?}");
                prop_assert!(p.file.is_relative(), "{p:?}");
            }
        }
    }
}

// ---- answers from a quiz form -------------------------------------------------------------------

/// Field maps as a browser, a script or an attacker might post them for the bundled item bank.
fn fields() -> impl Strategy<Value = (usize, Fields)> {
    let n = bundled().items.len();
    (0..n).prop_flat_map(|i| {
        let id = bundled().items[i].id.clone();
        let key = prop_oneof![
            Just(id.clone()),
            "[a-z0-9-]{0,6}".prop_map({
                let id = id.clone();
                move |s| format!("{id}.{s}")
            }),
            (1usize..12).prop_map({
                let id = id.clone();
                move |k| format!("{id}.{k}")
            }),
            "\\PC{0,12}",
        ];
        let value = prop_oneof![
            Just("on".to_string()),
            Just("true".to_string()),
            Just("false".to_string()),
            Just("a".to_string()),
            Just("16".to_string()),
            Just("1e309".to_string()),
            Just("-0,5".to_string()),
            Just("NaN".to_string()),
            "\\PC{0,30}",
        ];
        (Just(i), proptest::collection::btree_map(key, value, 0..12))
    })
}

proptest! {
    #![proptest_config(cases(512))]

    /// Whatever a form sends for an item, decoding and grading give an answer or a clear
    /// refusal, and a grade never exceeds the item's points.
    #[test]
    fn any_form_answer_is_graded_or_refused((i, f) in fields()) {
        let item = &bundled().items[i];
        if let Some(response) = response_from_fields(item, &f) {
            match response {
                Ok(r) => match grade(item, &r) {
                    Ok(g) => prop_assert!(g.credit <= FULL, "credit {} over full marks", g.credit),
                    Err(e) => prop_assert!(!e.to_string().is_empty()),
                },
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }

    /// Expressions as authors write them in case files: parsed or refused with a message.
    #[test]
    fn any_case_expression_is_parsed_or_refused(src in prop_oneof![
        "\\PC{0,40}",
        "[a-z_]{1,8} ?(<|<=|>|>=|==|!=|\\+=|-=|=) ?-?[0-9]{1,25}",
        "!?[a-z_]{1,8}( (&&|\\|\\|) !?[a-z_]{1,8}){0,3}",
        "\\(*[a-z]{1,4}\\)*",
    ]) {
        if let Err(e) = parse_cond(&src) {
            prop_assert!(!e.is_empty());
        }
        if let Err(e) = parse_effect(&src) {
            prop_assert!(!e.is_empty());
        }
    }
}

// ---- the case engine --------------------------------------------------------------------------

/// A learner's moves: mostly picks among what is offered, sometimes a made-up or stale choice.
#[derive(Debug, Clone)]
enum Move {
    Offered(usize),
    Invented(String),
    AnyOfNode(usize),
}

fn moves() -> impl Strategy<Value = (usize, Vec<Move>)> {
    let n = bundled()
        .modules
        .iter()
        .map(|m| m.cases.len())
        .sum::<usize>();
    let one = prop_oneof![
        8 => (0usize..16).prop_map(Move::Offered),
        1 => "\\PC{0,12}".prop_map(Move::Invented),
        1 => (0usize..16).prop_map(Move::AnyOfNode),
    ];
    (0..n, proptest::collection::vec(one, 0..80))
}

proptest! {
    #![proptest_config(cases(256))]

    /// Driven with any sequence of choices, every bundled case keeps its variables within
    /// bounds, refuses what is not offered without changing the run, and only ever ends once.
    #[test]
    fn the_case_engine_survives_any_sequence_of_choices((c, moves) in moves()) {
        let case = bundled()
            .modules
            .iter()
            .flat_map(|m| &m.cases)
            .nth(c)
            .expect("a case");
        let pack = packs::in_force(case.jurisdiction, &case.start_date).expect("a pack");
        let mut state = engine::start(case).expect("starts");
        for m in moves {
            let offered = engine::offered(case, &state);
            let id = match &m {
                Move::Offered(k) if !offered.is_empty() => offered[k % offered.len()].id.clone(),
                Move::Offered(_) => "nothing-offered".to_string(),
                Move::Invented(s) => s.clone(),
                Move::AnyOfNode(k) => case
                    .node(&state.node)
                    .map(|n| n.choices())
                    .filter(|c| !c.is_empty())
                    .map(|c| c[k % c.len()].id.clone())
                    .unwrap_or_default(),
            };
            match engine::choose(case, pack, &state, &id) {
                Ok(next) => {
                    prop_assert!(state.ending.is_none(), "an ended run took a choice");
                    prop_assert_eq!(next.step, state.step + 1);
                    for v in &case.variables {
                        let value = next.vars.get(&v.id).copied().unwrap_or(v.initial);
                        prop_assert_eq!(value.kind(), v.initial.kind(), "{} changed kind", &v.id);
                        if let Value::Number(x) = value {
                            prop_assert!(
                                v.min.is_none_or(|m| x >= m) && v.max.is_none_or(|m| x <= m),
                                "{} = {} out of bounds", &v.id, x
                            );
                        }
                    }
                    state = next;
                }
                Err(ChoiceError::Loop) => prop_assert!(false, "a bundled case loops"),
                Err(ChoiceError::Ended) => prop_assert!(state.ending.is_some()),
                Err(ChoiceError::Unknown | ChoiceError::NotOffered) => {
                    prop_assert!(!offered.iter().any(|o| o.id == id));
                }
            }
        }
    }
}

// ---- roster files (CSV import) ----------------------------------------------------------------

/// Rosters made of the pieces that matter to the reader: separators, quotes, line breaks,
/// header words, addresses and damage, in any order.
fn roster_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(",".to_string()),
        Just(";".to_string()),
        Just("\t".to_string()),
        Just("\"".to_string()),
        Just("\"\"".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("name".to_string()),
        Just("E-post".to_string()),
        Just("Förnamn".to_string()),
        Just("rolle".to_string()),
        Just("admin".to_string()),
        Just("kari@bodo.kommune.no".to_string()),
        Just("Kari Nordmann".to_string()),
        Just("\u{feff}".to_string()),
        Just("<script>".to_string()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(cases(256))]

    /// Any text is read or refused with a reason; every row read is valid and listed once, every
    /// row refused says why, and the lines are where they are in the file.
    #[test]
    fn any_roster_is_read_or_refused_with_reasons(text in roster_text()) {
        use crate::domain::roster::parse_roster;
        let lines = text.matches('\n').count() + 1;
        match parse_roster(&text) {
            Ok(r) => {
                let mut emails = std::collections::HashSet::new();
                for row in &r.rows {
                    prop_assert!(emails.insert(row.email.as_str().to_string()), "duplicate admitted");
                    prop_assert!(row.line >= 1 && row.line <= lines);
                    prop_assert!(crate::domain::Email::parse(row.email.as_str()).is_ok());
                }
                for p in &r.problems {
                    prop_assert!(!p.keys.is_empty(), "a problem without a reason on line {}", p.line);
                    prop_assert!(p.line >= 1 && p.line <= lines);
                }
                prop_assert!(!r.rows.is_empty() || !r.problems.is_empty(), "read, but nothing in it");
            }
            Err(e) => {
                prop_assert!(e.message_key().starts_with("error-roster-"));
                if let Some(line) = e.line() {
                    prop_assert!(line >= 1 && line <= lines);
                }
            }
        }
    }
}
