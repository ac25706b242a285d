//! Grading of every item type (with part-mark edge cases), drawing, and attempt rules.

use super::*;
use crate::domain::content::Localized;
use crate::domain::Lang;
use std::collections::{BTreeMap, BTreeSet};

fn text(s: &str) -> Localized {
    BTreeMap::from([(Lang::Nb, s.to_string())])
}

fn item(id: &str, area: &str, kind: ItemKind) -> Item {
    Item {
        id: id.into(),
        area: area.into(),
        jurisdictions: Vec::new(),
        points: 1,
        prompt: text("?"),
        explanation: text("because"),
        sources: Vec::new(),
        feedback_correct: Localized::new(),
        feedback_wrong: Localized::new(),
        kind,
    }
}

fn options(spec: &[(&str, bool)]) -> Vec<ChoiceOption> {
    spec.iter()
        .map(|(id, correct)| ChoiceOption {
            id: (*id).into(),
            text: text(id),
            correct: *correct,
            feedback: Localized::new(),
        })
        .collect()
}

fn labelled(ids: &[&str]) -> Vec<Labelled> {
    ids.iter()
        .map(|id| Labelled {
            id: (*id).into(),
            text: text(id),
        })
        .collect()
}

fn choices(ids: &[&str]) -> Response {
    Response::Choices(ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>())
}

fn credit(item: &Item, response: Response) -> u16 {
    grade(item, &response).expect("gradable").credit
}

// ---------------------------------------------------------------- single choice, true/false

#[test]
fn single_choice_is_right_or_wrong() {
    let q = item(
        "q",
        "a",
        ItemKind::SingleChoice {
            options: options(&[("a", false), ("b", true), ("c", false)]),
        },
    );
    assert_eq!(credit(&q, Response::Choice("b".into())), FULL);
    let g = grade(&q, &Response::Choice("c".into())).unwrap();
    assert_eq!((g.credit, g.wrong), (0, vec!["c".to_string()]));
}

#[test]
fn an_option_the_item_does_not_have_is_refused_not_graded() {
    let q = item(
        "q",
        "a",
        ItemKind::SingleChoice {
            options: options(&[("a", true), ("b", false)]),
        },
    );
    assert_eq!(
        grade(&q, &Response::Choice("z".into())),
        Err(ResponseError::UnknownOption("z".into()))
    );
    assert!(matches!(
        grade(&q, &Response::Bool(true)),
        Err(ResponseError::WrongShape { .. })
    ));
}

#[test]
fn true_false_compares_the_answer() {
    let q = item("q", "a", ItemKind::TrueFalse { answer: false });
    assert_eq!(credit(&q, Response::Bool(false)), FULL);
    assert_eq!(credit(&q, Response::Bool(true)), 0);
}

// ---------------------------------------------------------------- multiple response

fn multi(scoring: MultiScoring) -> Item {
    // Two right (a, b), three wrong (c, d, e).
    item(
        "m",
        "a",
        ItemKind::MultipleResponse {
            options: options(&[
                ("a", true),
                ("b", true),
                ("c", false),
                ("d", false),
                ("e", false),
            ]),
            scoring,
        },
    )
}

#[test]
fn multiple_response_all_or_nothing_needs_exactly_the_right_set() {
    let q = multi(MultiScoring::AllOrNothing);
    assert_eq!(credit(&q, choices(&["a", "b"])), FULL);
    assert_eq!(credit(&q, choices(&["a"])), 0);
    assert_eq!(credit(&q, choices(&["a", "b", "c"])), 0);
}

#[test]
fn right_minus_wrong_gives_part_marks_for_part_of_the_set() {
    let q = multi(MultiScoring::RightMinusWrong);
    assert_eq!(credit(&q, choices(&["a", "b"])), FULL);
    assert_eq!(credit(&q, choices(&["a"])), 500);
    // One right (+1/2) and one wrong (−1/3): 500 − 334 = 166 thousandths.
    assert_eq!(credit(&q, choices(&["a", "c"])), 166);
    // Both right and one wrong is never full marks.
    assert_eq!(credit(&q, choices(&["a", "b", "c"])), 666);
}

#[test]
fn right_minus_wrong_gives_nothing_for_choosing_everything_or_nothing() {
    let q = multi(MultiScoring::RightMinusWrong);
    assert_eq!(credit(&q, choices(&["a", "b", "c", "d", "e"])), 0);
    assert_eq!(credit(&q, choices(&[])), 0);
    assert_eq!(credit(&q, choices(&["c", "d"])), 0, "never below zero");
}

#[test]
fn right_minus_wrong_when_every_option_is_right() {
    let q = item(
        "m",
        "a",
        ItemKind::MultipleResponse {
            options: options(&[("a", true), ("b", true), ("c", true)]),
            scoring: MultiScoring::RightMinusWrong,
        },
    );
    assert_eq!(credit(&q, choices(&["a", "b", "c"])), FULL);
    assert_eq!(credit(&q, choices(&["a", "b"])), 666);
}

#[test]
fn multiple_response_refuses_unknown_options() {
    let q = multi(MultiScoring::RightMinusWrong);
    assert_eq!(
        grade(&q, &choices(&["a", "x"])),
        Err(ResponseError::UnknownOption("x".into()))
    );
}

// ---------------------------------------------------------------- matching

fn matching(partial: bool) -> Item {
    item(
        "match",
        "a",
        ItemKind::Matching {
            prompts: labelled(&["gp", "nav", "employer"]),
            answers: labelled(&["sick-note", "benefits", "plan", "distractor"]),
            key: vec![
                ("gp".into(), "sick-note".into()),
                ("nav".into(), "benefits".into()),
                ("employer".into(), "plan".into()),
            ],
            partial,
        },
    )
}

fn pairs(spec: &[(&str, &str)]) -> Response {
    Response::Matches(
        spec.iter()
            .map(|(p, a)| (p.to_string(), a.to_string()))
            .collect(),
    )
}

#[test]
fn matching_gives_a_share_per_right_pair() {
    let q = matching(true);
    assert_eq!(
        credit(
            &q,
            pairs(&[
                ("gp", "sick-note"),
                ("nav", "benefits"),
                ("employer", "plan")
            ])
        ),
        FULL
    );
    let g = grade(
        &q,
        &pairs(&[
            ("gp", "sick-note"),
            ("nav", "plan"),
            ("employer", "distractor"),
        ]),
    )
    .unwrap();
    assert_eq!(g.credit, 333);
    assert_eq!(g.wrong, vec!["nav".to_string(), "employer".to_string()]);
    // Unanswered prompts are wrong, not an error.
    assert_eq!(credit(&q, pairs(&[("gp", "sick-note")])), 333);
}

#[test]
fn matching_without_part_marks_is_all_or_nothing() {
    let q = matching(false);
    assert_eq!(
        credit(
            &q,
            pairs(&[
                ("gp", "sick-note"),
                ("nav", "benefits"),
                ("employer", "distractor")
            ])
        ),
        0
    );
}

#[test]
fn matching_refuses_prompts_and_answers_it_does_not_have() {
    let q = matching(true);
    assert!(grade(&q, &pairs(&[("boss", "plan")])).is_err());
    assert!(grade(&q, &pairs(&[("gp", "nothing")])).is_err());
}

// ---------------------------------------------------------------- ordering

fn ordering(scoring: OrderScoring) -> Item {
    item(
        "order",
        "timeline",
        ItemKind::Ordering {
            steps: labelled(&["plan", "meeting-1", "activity", "meeting-2"]),
            scoring,
        },
    )
}

fn order(ids: &[&str]) -> Response {
    Response::Order(ids.iter().map(|s| s.to_string()).collect())
}

#[test]
fn ordering_by_position_counts_steps_in_their_place() {
    let q = ordering(OrderScoring::AbsolutePosition);
    assert_eq!(
        credit(&q, order(&["plan", "meeting-1", "activity", "meeting-2"])),
        FULL
    );
    assert_eq!(
        credit(&q, order(&["plan", "activity", "meeting-1", "meeting-2"])),
        500
    );
    assert_eq!(
        credit(&q, order(&["meeting-2", "plan", "meeting-1", "activity"])),
        0
    );
}

#[test]
fn ordering_all_or_nothing() {
    let q = ordering(OrderScoring::AllOrNothing);
    assert_eq!(
        credit(&q, order(&["plan", "activity", "meeting-1", "meeting-2"])),
        0
    );
}

#[test]
fn an_order_must_name_every_step_once() {
    let q = ordering(OrderScoring::AbsolutePosition);
    for bad in [
        order(&["plan", "meeting-1", "activity"]),
        order(&["plan", "plan", "activity", "meeting-2"]),
        order(&["plan", "meeting-1", "activity", "meeting-2", "extra"]),
    ] {
        assert_eq!(grade(&q, &bad), Err(ResponseError::NotAPermutation));
    }
}

// ---------------------------------------------------------------- numeric

fn numeric(answer: f64, tolerance: f64) -> Item {
    item(
        "n",
        "a",
        ItemKind::Numeric {
            answer,
            tolerance,
            unit: None,
        },
    )
}

#[test]
fn numeric_accepts_answers_within_the_tolerance() {
    let q = numeric(52.0, 0.0);
    assert_eq!(credit(&q, Response::Number("52".into())), FULL);
    assert_eq!(credit(&q, Response::Number(" 52 uker".into())), FULL);
    assert_eq!(credit(&q, Response::Number("53".into())), 0);
    let q = numeric(2.5, 0.1);
    assert_eq!(credit(&q, Response::Number("2,6".into())), FULL);
    assert_eq!(credit(&q, Response::Number("2.4".into())), FULL);
    assert_eq!(credit(&q, Response::Number("2,61".into())), 0);
}

#[test]
fn text_that_is_not_a_number_is_a_wrong_answer() {
    let q = numeric(16.0, 0.0);
    for not_a_number in ["", "seksten", "1.2.3", "NaN", "inf"] {
        assert_eq!(
            credit(&q, Response::Number(not_a_number.into())),
            0,
            "{not_a_number:?}"
        );
    }
}

#[test]
fn numbers_are_read_the_way_people_write_them() {
    assert_eq!(parse_number("1 234,5"), Some(1234.5));
    assert_eq!(parse_number("-3"), Some(-3.0));
    assert_eq!(parse_number("20 %"), Some(20.0));
    assert_eq!(parse_number("12\u{a0}000"), Some(12000.0));
    assert_eq!(parse_number("1,2,3"), None);
}

// ---------------------------------------------------------------- short text

fn short(accepted: &[&str], case_sensitive: bool) -> Item {
    item(
        "t",
        "a",
        ItemKind::ShortText {
            accepted: accepted.iter().map(|s| s.to_string()).collect(),
            case_sensitive,
        },
    )
}

#[test]
fn short_text_matches_after_normalising() {
    let q = short(&["dialogmøte 1", "første dialogmøte"], false);
    assert_eq!(
        credit(&q, Response::Text("  Dialogmøte   1. ".into())),
        FULL
    );
    assert_eq!(
        credit(&q, Response::Text("«Første dialogmøte»".into())),
        FULL
    );
    assert_eq!(credit(&q, Response::Text("dialogmøte 2".into())), 0);
    // "å" typed as a + combining ring is the same letter.
    let q = short(&["gradert sykmelding på 20 %"], false);
    assert_eq!(
        credit(
            &q,
            Response::Text("Gradert sykmelding pa\u{30a} 20 %".into())
        ),
        FULL
    );
    assert_eq!(credit(&q, Response::Text("gradert sykmelding".into())), 0);
}

#[test]
fn short_text_can_require_exact_case() {
    let q = short(&["NAV"], true);
    assert_eq!(credit(&q, Response::Text("NAV".into())), FULL);
    assert_eq!(credit(&q, Response::Text("nav".into())), 0);
}

#[test]
fn very_long_text_answers_are_refused() {
    let q = short(&["x"], false);
    assert_eq!(
        grade(&q, &Response::Text("x".repeat(MAX_TEXT + 1))),
        Err(ResponseError::TooLong)
    );
}

// ---------------------------------------------------------------- score and pass mark

#[test]
fn the_pass_mark_is_compared_exactly() {
    // 4 of 5 points = 80 %.
    let items = [
        (1, Some(FULL)),
        (1, Some(FULL)),
        (1, Some(FULL)),
        (1, Some(FULL)),
        (1, Some(0)),
    ];
    let s = score(&items, 80);
    assert_eq!((s.percent, s.passed), (80, true));
    // 79.9 % does not round up to a pass.
    let items = [
        (10, Some(FULL)),
        (10, Some(FULL)),
        (10, Some(FULL)),
        (10, Some(996)),
        (10, None),
    ];
    let s = score(&items, 80);
    assert_eq!((s.percent, s.passed), (79, false));
}

#[test]
fn points_weigh_items_and_unanswered_items_count_zero() {
    let s = score(&[(3, Some(FULL)), (1, None)], 75);
    assert_eq!((s.percent, s.passed, s.possible), (75, true, 4));
    let empty = score(&[], 0);
    assert!(!empty.passed, "a quiz without points cannot be passed");
}

// ---------------------------------------------------------------- attempts and time

fn quiz(selection: Selection) -> Quiz {
    Quiz {
        id: "quiz".into(),
        title: text("Quiz"),
        intro: Localized::new(),
        selection,
        pass_mark: 80,
        max_attempts: Some(3),
        wait_minutes: 10,
        time_limit_minutes: Some(20),
        feedback: FeedbackMode::AfterSubmission,
        shuffle_items: false,
        shuffle_options: true,
    }
}

#[test]
fn a_failed_attempt_makes_the_learner_wait() {
    let q = quiz(Selection::Fixed(Vec::new()));
    let failed = PastAttempt {
        submitted_at: 1_000,
        passed: false,
    };
    assert_eq!(q.may_start(&[], 0), Ok(()));
    assert_eq!(
        q.may_start(&[failed], 1_000 + 599),
        Err(Refusal::WaitUntil(1_600))
    );
    assert_eq!(q.may_start(&[failed], 1_600), Ok(()));
}

#[test]
fn the_attempt_limit_holds() {
    let q = quiz(Selection::Fixed(Vec::new()));
    let past: Vec<PastAttempt> = (0..3)
        .map(|i| PastAttempt {
            submitted_at: i * 10_000,
            passed: false,
        })
        .collect();
    assert_eq!(q.may_start(&past, 1_000_000), Err(Refusal::NoAttemptsLeft));
    let unlimited = Quiz {
        max_attempts: None,
        ..q
    };
    assert_eq!(unlimited.may_start(&past, 1_000_000), Ok(()));
}

#[test]
fn answers_are_accepted_until_the_deadline_and_its_grace() {
    let q = quiz(Selection::Fixed(Vec::new()));
    assert_eq!(q.deadline(100), Some(100 + 20 * 60));
    assert!(q.accepts_answers(100, 100 + 20 * 60 + GRACE_SECS));
    assert!(!q.accepts_answers(100, 100 + 20 * 60 + GRACE_SECS + 1));
    let untimed = Quiz {
        time_limit_minutes: None,
        ..q
    };
    assert!(untimed.accepts_answers(0, i64::MAX / 2));
}

// ---------------------------------------------------------------- drawing

fn bank() -> Vec<Item> {
    let mut items = Vec::new();
    for area in ["timeline", "actors"] {
        for n in 0..6 {
            let mut i = item(
                &format!("{area}-{n}"),
                area,
                ItemKind::SingleChoice {
                    options: options(&[("a", true), ("b", false), ("c", false), ("d", false)]),
                },
            );
            i.jurisdictions = if n % 2 == 0 {
                vec![Jurisdiction::Norway]
            } else {
                vec![Jurisdiction::Sweden]
            };
            items.push(i);
        }
    }
    items
}

#[test]
fn pools_draw_the_asked_number_per_area_without_repeats() {
    let q = quiz(Selection::Pools(vec![
        Pool {
            area: "timeline".into(),
            jurisdiction: Some(Jurisdiction::Norway),
            count: 2,
        },
        Pool {
            area: "actors".into(),
            jurisdiction: None,
            count: 4,
        },
    ]));
    let bank = bank();
    let placed = draw(&q, &bank, 42).unwrap();
    assert_eq!(placed.len(), 6);
    let ids: BTreeSet<&str> = placed.iter().map(|p| p.item_id.as_str()).collect();
    assert_eq!(ids.len(), 6, "no item twice");
    let timeline: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|i| i.starts_with("timeline"))
        .collect();
    assert_eq!(timeline.len(), 2);
    for id in timeline {
        let n: u32 = id.rsplit('-').next().unwrap().parse().unwrap();
        assert_eq!(n % 2, 0, "{id} is not a Norwegian item");
    }
}

#[test]
fn different_seeds_draw_different_attempts_and_the_same_seed_the_same() {
    let q = quiz(Selection::Pools(vec![Pool {
        area: "actors".into(),
        jurisdiction: None,
        count: 3,
    }]));
    let bank = bank();
    assert_eq!(draw(&q, &bank, 7).unwrap(), draw(&q, &bank, 7).unwrap());
    let distinct: BTreeSet<Vec<Placed>> = (0..20).map(|s| draw(&q, &bank, s).unwrap()).collect();
    assert!(
        distinct.len() > 10,
        "only {} distinct draws in 20",
        distinct.len()
    );
}

#[test]
fn a_pool_smaller_than_its_count_is_an_error() {
    let q = quiz(Selection::Pools(vec![Pool {
        area: "timeline".into(),
        jurisdiction: Some(Jurisdiction::Sweden),
        count: 4,
    }]));
    assert_eq!(
        draw(&q, &bank(), 1),
        Err(DrawError::PoolTooSmall {
            area: "timeline".into(),
            wanted: 4,
            available: 3
        })
    );
}

#[test]
fn options_are_shuffled_and_ordering_steps_never_shown_in_the_answer_order() {
    let mut bank = bank();
    bank.push(ordering(OrderScoring::AbsolutePosition));
    let fixed = quiz(Selection::Fixed(vec!["timeline-0".into(), "order".into()]));
    let mut option_orders = BTreeSet::new();
    for seed in 0..50 {
        let placed = draw(&fixed, &bank, seed).unwrap();
        assert_eq!(placed[0].item_id, "timeline-0");
        let mut sorted = placed[0].order.clone();
        sorted.sort();
        assert_eq!(sorted, ["a", "b", "c", "d"]);
        option_orders.insert(placed[0].order.clone());
        assert_ne!(
            placed[1].order,
            ["plan", "meeting-1", "activity", "meeting-2"],
            "seed {seed} shows the answer"
        );
    }
    assert!(option_orders.len() > 5);
    let unshuffled = Quiz {
        shuffle_options: false,
        ..fixed
    };
    assert_eq!(
        draw(&unshuffled, &bank, 3).unwrap()[0].order,
        ["a", "b", "c", "d"]
    );
}

#[test]
fn a_fixed_quiz_naming_a_missing_item_is_an_error() {
    let q = quiz(Selection::Fixed(vec!["nope".into()]));
    assert_eq!(
        draw(&q, &bank(), 1),
        Err(DrawError::UnknownItem("nope".into()))
    );
}
