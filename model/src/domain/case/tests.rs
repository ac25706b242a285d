//! Engine and checker tests on small fictional cases written in the course file format.

use super::engine::{self, ChoiceError, Decision};
use super::model::{Jurisdiction, Outcome, Value};
use super::packs::{self, in_force};
use crate::domain::content::case_from_toml;

/// A small Norwegian case: the plan must be made before the day-28 milestone, or trust falls and the
/// meeting in week 7 goes worse.
const PLAN_CASE: &str = r#"
id = "plan-case"
jurisdiction = "NO"
start_date = "2026-02-02"
start_day = 3
start = "call"
minutes = 10
title = { en = "Plan case" }
summary = { en = "A fictional case." }
names = { employee = "Ola" }

[[variables]]
id = "trust"
initial = 50
min = 0
max = 100
shown = true
label = { en = "Trust" }

[[variables]]
id = "plan_made"
initial = false

[[documents]]
id = "note"
title = { en = "Sick note" }
body = { en = "Fully sick-listed for 4 weeks." }

[[reactions]]
milestone = "follow-up-plan"
when = "!plan_made"
effects = ["trust -= 30"]
message = { en = "The plan deadline passed without a plan." }

[[reactions]]
milestone = "employer-period-ends"
message = { en = "The employer period ended." }

[[nodes]]
id = "call"
actor = "employee"
documents = ["note"]
text = { en = "Ola calls." }

[[nodes.choices]]
id = "plan-now"
text = { en = "Make the plan together this week" }
next = "wait"
after_days = 4
effects = ["plan_made = true", "trust += 60"]
expert = true
why = { en = "The plan is due by week 4." }
sources = [{ title = "Arbeidsmiljøloven § 4-6 (3)" }]

[[nodes.choices]]
id = "later"
text = { en = "Wait and see" }
next = "wait"
after_weeks = 1
why = { en = "Waiting risks the deadline." }

[[nodes]]
id = "wait"
actor = "manager"
text = { en = "Weeks pass." }

[[nodes.choices]]
id = "to-meeting"
text = { en = "Go to the dialogue meeting in week 7" }
next = "meeting"
after_weeks = 5
expert = true
why = { en = "Meeting 1 is due by week 7." }

[[nodes.choices]]
id = "bonus"
when = "trust >= 100"
text = { en = "Only offered at full trust" }
next = "full"
why = { en = "A reward for trust." }

[[nodes]]
id = "meeting"
actor = "coordinator"
text = { en = "The meeting." }
routes = [
  { when = "plan_made && trust >= 50", next = "full" },
  { when = "week >= 6", next = "long" },
  { next = "graded" },
]

[[nodes]]
id = "full"
actor = "employee"
text = { en = "Back full time." }
ending = { outcome = "full_return", score = 100 }

[[nodes]]
id = "graded"
actor = "employee"
text = { en = "Graded return." }
ending = { outcome = "graded_return", score = 60 }

[[nodes]]
id = "long"
actor = "employee"
text = { en = "Long absence." }
ending = { outcome = "long_term_absence", score = 10 }
"#;

fn plan_case() -> super::Case {
    case_from_toml(PLAN_CASE).unwrap_or_else(|p| panic!("the test case loads: {p:#?}"))
}

fn pack() -> &'static packs::PackVersion {
    in_force(Jurisdiction::No, "2026-02-02").expect("the Norwegian pack is in force")
}

#[test]
fn a_run_starts_at_the_start_with_initial_values() {
    let case = plan_case();
    let s = engine::start(&case).unwrap();
    assert_eq!(s.node, "call");
    assert_eq!(s.day, 3);
    assert_eq!(s.vars["trust"], Value::Number(50));
    assert_eq!(s.vars["plan_made"], Value::Flag(false));
    assert_eq!(s.step, 0);
    assert!(s.ending.is_none());
    let offered: Vec<_> = engine::offered(&case, &s)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(offered, ["plan-now", "later"]);
}

#[test]
fn effects_apply_in_order_and_numbers_stay_within_bounds() {
    let case = plan_case();
    let s = engine::start(&case).unwrap();
    let s = engine::choose(&case, pack(), &s, "plan-now").unwrap();
    assert_eq!(s.vars["plan_made"], Value::Flag(true));
    // 50 + 60 is clamped to the maximum of 100.
    assert_eq!(s.vars["trust"], Value::Number(100));
    assert_eq!(s.step, 1);
}

#[test]
fn a_choice_is_offered_only_while_its_condition_holds() {
    let case = plan_case();
    let s = engine::start(&case).unwrap();
    let waited = engine::choose(&case, pack(), &s, "later").unwrap();
    assert!(!engine::offered(&case, &waited)
        .iter()
        .any(|c| c.id == "bonus"));
    assert_eq!(
        engine::choose(&case, pack(), &waited, "bonus"),
        Err(ChoiceError::NotOffered)
    );
    let planned = engine::choose(&case, pack(), &s, "plan-now").unwrap();
    assert!(engine::offered(&case, &planned)
        .iter()
        .any(|c| c.id == "bonus"));
    let done = engine::choose(&case, pack(), &planned, "bonus").unwrap();
    assert_eq!(done.ending.map(|e| e.outcome), Some(Outcome::FullReturn));
}

#[test]
fn the_calendar_moves_and_milestones_passed_on_the_way_make_the_case_react() {
    let case = plan_case();
    let s = engine::start(&case).unwrap();
    // Day 3 + 7 = day 10: no milestone yet.
    let s = engine::choose(&case, pack(), &s, "later").unwrap();
    assert_eq!(s.day, 10);
    assert!(s.events.is_empty());
    // Day 10 + 35 = day 45: the employer period (16) and the follow-up plan (28) pass, in order.
    let s = engine::choose(&case, pack(), &s, "to-meeting").unwrap();
    assert_eq!(s.day, 45);
    let passed: Vec<_> = s
        .events
        .iter()
        .map(|e| (e.day, e.milestone.as_str()))
        .collect();
    assert_eq!(
        passed,
        [(16, "employer-period-ends"), (28, "follow-up-plan")]
    );
    assert_eq!(s.vars["trust"], Value::Number(20));
    assert_eq!(engine::week_of(s.day), 7);
}

#[test]
fn a_reaction_whose_condition_fails_does_not_fire() {
    let case = plan_case();
    let s = engine::start(&case).unwrap();
    let s = engine::choose(&case, pack(), &s, "plan-now").unwrap();
    let s = engine::choose(&case, pack(), &s, "to-meeting").unwrap();
    let passed: Vec<_> = s.events.iter().map(|e| e.milestone.as_str()).collect();
    assert_eq!(passed, ["employer-period-ends"]);
    assert_eq!(s.vars["trust"], Value::Number(100));
}

#[test]
fn routes_take_the_first_branch_whose_condition_holds_and_endings_stop_the_run() {
    let case = plan_case();
    let s = engine::start(&case).unwrap();
    let good = engine::choose(&case, pack(), &s, "plan-now").unwrap();
    let good = engine::choose(&case, pack(), &good, "to-meeting").unwrap();
    assert_eq!(good.node, "full");
    assert_eq!(
        good.ending.map(|e| (e.outcome, e.score)),
        Some((Outcome::FullReturn, 100))
    );

    let late = engine::choose(&case, pack(), &s, "later").unwrap();
    let late = engine::choose(&case, pack(), &late, "to-meeting").unwrap();
    // No plan, so the first route fails; week 7 ≥ 6 takes the second.
    assert_eq!(late.node, "long");
    assert_eq!(
        late.ending.map(|e| e.outcome),
        Some(Outcome::LongTermAbsence)
    );
    assert_eq!(
        engine::choose(&case, pack(), &late, "to-meeting"),
        Err(ChoiceError::Ended)
    );
    assert!(engine::offered(&case, &late).is_empty());
}

#[test]
fn an_unknown_choice_is_refused_and_changes_nothing() {
    let case = plan_case();
    let s = engine::start(&case).unwrap();
    assert_eq!(
        engine::choose(&case, pack(), &s, "nope"),
        Err(ChoiceError::Unknown)
    );
    // A choice of another node is not a choice here.
    assert_eq!(
        engine::choose(&case, pack(), &s, "to-meeting"),
        Err(ChoiceError::Unknown)
    );
}

#[test]
fn the_same_decisions_always_give_the_same_state() {
    let case = plan_case();
    let decisions = [
        Decision {
            node: "call".into(),
            choice: "later".into(),
        },
        Decision {
            node: "wait".into(),
            choice: "to-meeting".into(),
        },
    ];
    let a = engine::replay(&case, pack(), &decisions).unwrap();
    let b = engine::replay(&case, pack(), &decisions).unwrap();
    assert_eq!(a, b);
    let mut s = engine::start(&case).unwrap();
    for d in &decisions {
        s = engine::choose(&case, pack(), &s, &d.choice).unwrap();
    }
    assert_eq!(a, s);
    // A decision at the wrong node does not replay.
    assert_eq!(
        engine::replay(&case, pack(), &decisions[1..]),
        Err(ChoiceError::Unknown)
    );
}

#[test]
fn the_expert_path_always_takes_the_expert_choice() {
    let case = plan_case();
    let (path, end) = engine::expert_path(&case, pack()).unwrap();
    let choices: Vec<_> = path.iter().map(|d| d.choice.as_str()).collect();
    assert_eq!(choices, ["plan-now", "to-meeting"]);
    assert_eq!(end.ending.map(|e| e.score), Some(100));
}

#[test]
fn rule_packs_are_chosen_by_the_date_they_took_effect() {
    for j in [Jurisdiction::No, Jurisdiction::Se] {
        let p = in_force(j, "2026-06-01").expect("a pack in force in 2026");
        assert!(p.milestones.windows(2).all(|w| w[0].day <= w[1].day));
        assert!(
            p.milestones.iter().all(|m| m.title.len() == 4),
            "every milestone in nb, nn, sv, en"
        );
        assert!(in_force(j, "2025-12-31").is_none());
    }
    let no = in_force(Jurisdiction::No, "2026-06-01").unwrap();
    let day = |id: &str| no.milestones.iter().find(|m| m.id == id).map(|m| m.day);
    assert_eq!(day("follow-up-plan"), Some(28));
    assert_eq!(day("dialogue-meeting-1"), Some(49));
    assert_eq!(day("activity-requirement"), Some(56));
    let se = in_force(Jurisdiction::Se, "2026-06-01").unwrap();
    assert_eq!(
        se.milestones
            .iter()
            .find(|m| m.id == "plan-for-return")
            .map(|m| m.day),
        Some(30)
    );
}

#[test]
fn dates_are_checked() {
    assert!(packs::is_date("2026-02-28"));
    assert!(packs::is_date("2028-02-29"));
    assert!(!packs::is_date("2026-02-29"));
    assert!(!packs::is_date("2026-13-01"));
    assert!(!packs::is_date("26-01-01"));
}

#[test]
fn conditions_parse_with_precedence_and_report_their_errors() {
    use super::expr::{parse_cond, parse_effect, Scope};
    struct S;
    impl Scope for S {
        fn value(&self, name: &str) -> Option<Value> {
            match name {
                "a" => Some(Value::Flag(true)),
                "b" => Some(Value::Flag(false)),
                "n" => Some(Value::Number(5)),
                _ => None,
            }
        }
    }
    let holds = |src: &str| parse_cond(src).unwrap().holds(&S);
    assert!(holds("a || b && b")); // && binds tighter
    assert!(!holds("(a || b) && b"));
    assert!(holds("!b && n >= 5 && n != 4 && -1 < n"));
    assert!(!holds("n > 5"));
    assert!(holds("true"));
    for bad in ["", "a &&", "(a", "n >", "5", "a ? b", "a b"] {
        assert!(parse_cond(bad).is_err(), "{bad:?} should not parse");
    }
    assert!(parse_effect("trust += 5").is_ok());
    assert!(parse_effect("plan_made = true").is_ok());
    for bad in ["trust", "trust += x", "9x = 1", "trust += "] {
        assert!(parse_effect(bad).is_err(), "{bad:?} should not parse");
    }
}

/// Loads a broken variant of the plan case and returns its messages.
fn problems(edit: impl Fn(&str) -> String) -> Vec<String> {
    match case_from_toml(&edit(PLAN_CASE)) {
        Ok(_) => Vec::new(),
        Err(p) => p.into_iter().map(|p| p.message).collect(),
    }
}

#[test]
fn the_checker_finds_unreachable_nodes_and_paths_that_never_end() {
    let msgs = problems(|s| {
        format!(
            "{s}\n[[nodes]]\nid = \"orphan\"\nactor = \"gp\"\ntext = {{ en = \"x\" }}\n\n[[nodes.choices]]\nid = \"again\"\ntext = {{ en = \"x\" }}\nnext = \"orphan\"\nexpert = true\nwhy = {{ en = \"x\" }}\n"
        )
    });
    assert_eq!(
        msgs,
        ["node \"orphan\": the node cannot be reached from the start",]
    );
    let msgs = problems(|s| s.replace("next = \"meeting\"", "next = \"wait\""));
    assert!(
        msgs.contains(&"node \"meeting\": the node cannot be reached from the start".to_string()),
        "{msgs:?}"
    );
}

#[test]
fn the_checker_finds_a_loop_without_an_exit() {
    let msgs = problems(|s| s.replace("{ next = \"graded\" },", "{ next = \"meeting\" },"));
    assert_eq!(
        msgs,
        [
            "node \"graded\": the node cannot be reached from the start",
            "node \"meeting\": routes lead in a circle without any choice",
        ]
    );
    let msgs = problems(|s| {
        s.replace("next = \"full\"\nwhy", "next = \"wait\"\nwhy")
            .replace(
                "next = \"meeting\"\nafter_weeks = 5",
                "next = \"wait\"\nafter_weeks = 5",
            )
    });
    assert!(
        msgs.iter().any(|m| m == "node \"wait\": no ending can be reached from this node, so a learner would never finish"),
        "{msgs:?}"
    );
}

#[test]
fn the_checker_finds_undeclared_and_misused_variables() {
    let msgs = problems(|s| {
        s.replace(
            "when = \"trust >= 100\"",
            "when = \"trustt >= 100 || plan_made > 1\"",
        )
    });
    assert_eq!(
        msgs,
        [
            "node \"wait\": choice \"bonus\": `trustt` is not a declared variable",
            "node \"wait\": choice \"bonus\": `plan_made` is a flag (true/false); use it as `plan_made` or `!plan_made`",
        ]
    );
    let msgs = problems(|s| s.replace("\"trust -= 30\"", "\"week = 3\", \"plan_made += 1\""));
    assert_eq!(
        msgs,
        [
            "reaction 1 (follow-up-plan): effects: `week` is built in and cannot be changed",
            "reaction 1 (follow-up-plan): effects: `plan_made` is a flag (true/false); set it with `plan_made = true` or `plan_made = false`",
        ]
    );
}

#[test]
fn the_checker_finds_bad_scores_bounds_milestones_and_experts() {
    let msgs = problems(|s| {
        s.replace("score = 100", "score = 120")
            .replace("initial = 50", "initial = 150")
            .replace(
                "milestone = \"employer-period-ends\"",
                "milestone = \"week-5\"",
            )
            .replace(
                "why = { en = \"Meeting 1 is due by week 7.\" }",
                "why = { en = \"x\" }\nwhen = \"trust > 1\"",
            )
    });
    assert_eq!(
        msgs,
        [
            "variable \"trust\": initial 150 is outside min–max",
            "node \"wait\": the expert choice has a `when` condition",
            "node \"wait\": every choice has a `when` condition, so a learner could be stuck",
            "node \"full\": score 120 is above 100",
            "reaction 2 (week-5): milestone \"week-5\" is not in the rule pack",
        ]
    );
}

#[test]
fn the_checker_reports_file_level_problems_with_lines() {
    let text = PLAN_CASE
        .replace("actor = \"gp\"", "")
        .replace(
            "id = \"meeting\"\nactor = \"coordinator\"",
            "id = \"meeting\"\nactor = \"boss\"",
        )
        .replace("when = \"trust >= 100\"", "when = \"trust >=\"")
        .replace("outcome = \"graded_return\"", "outcome = \"happy\"");
    let problems = case_from_toml(&text).unwrap_err();
    let got: Vec<_> = problems
        .iter()
        .map(|p| (p.line, p.message.as_str()))
        .collect();
    let line = |needle: &str| text.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    assert_eq!(
        got,
        [
            (
                line("id = \"bonus\""),
                "node \"wait\" choice \"bonus\": when = \"trust >=\": the condition ends too early"
            ),
            (
                line("id = \"meeting\""),
                "node \"meeting\": unknown actor \"boss\""
            ),
            (
                line("id = \"graded\""),
                "node \"graded\": unknown outcome \"happy\""
            ),
        ]
    );
}
