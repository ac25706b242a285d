//! How far a learner has come in a programme, and where they should resume.

use std::collections::HashSet;

/// Lesson ids of a programme, module by module, in the order learners take them.
pub type Outline<'a> = &'a [(String, Vec<String>)];

/// Where to continue: the lesson last opened if it is not done yet, otherwise the first
/// unfinished lesson after it, otherwise the first unfinished lesson at all.
/// `None` when every lesson is complete.
pub fn resume_point(
    outline: Outline<'_>,
    completed: &HashSet<String>,
    last_opened: Option<&str>,
) -> Option<String> {
    let order: Vec<&String> = outline.iter().flat_map(|(_, lessons)| lessons).collect();
    let open = |id: &&String| !completed.contains(id.as_str());
    if let Some(last) = last_opened {
        if let Some(pos) = order.iter().position(|id| id.as_str() == last) {
            if open(&order[pos]) {
                return Some(order[pos].clone());
            }
            if let Some(next) = order[pos + 1..].iter().find(|id| open(id)) {
                return Some((*next).clone());
            }
        }
    }
    order.into_iter().find(|id| open(id)).cloned()
}

/// Whole percent, rounded down so that 100 % means everything is done.
pub fn percent(done: usize, total: usize) -> u8 {
    if total == 0 {
        return 0;
    }
    ((done.min(total) * 100) / total) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline() -> Vec<(String, Vec<String>)> {
        vec![
            ("m1".into(), vec!["a".into(), "b".into()]),
            ("m2".into(), vec!["c".into(), "d".into()]),
        ]
    }

    fn done(ids: &[&str]) -> HashSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_new_learner_starts_at_the_first_lesson() {
        assert_eq!(resume_point(&outline(), &done(&[]), None), Some("a".into()));
    }

    #[test]
    fn an_unfinished_lesson_that_was_open_is_resumed() {
        assert_eq!(
            resume_point(&outline(), &done(&["a"]), Some("c")),
            Some("c".into())
        );
    }

    #[test]
    fn after_finishing_a_lesson_the_next_unfinished_one_follows_across_modules() {
        assert_eq!(
            resume_point(&outline(), &done(&["a", "b"]), Some("b")),
            Some("c".into())
        );
    }

    #[test]
    fn skipped_lessons_are_picked_up_after_the_end() {
        assert_eq!(
            resume_point(&outline(), &done(&["b", "c", "d"]), Some("d")),
            Some("a".into())
        );
    }

    #[test]
    fn nothing_to_resume_when_all_is_done() {
        assert_eq!(
            resume_point(&outline(), &done(&["a", "b", "c", "d"]), Some("d")),
            None
        );
    }

    #[test]
    fn an_unknown_last_lesson_is_ignored() {
        assert_eq!(
            resume_point(&outline(), &done(&["a"]), Some("gone")),
            Some("b".into())
        );
    }

    #[test]
    fn percent_rounds_down_and_handles_empty_programmes() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 66);
        assert_eq!(percent(3, 3), 100);
        assert_eq!(percent(0, 0), 0);
    }
}
