//! Item statistics for authors, as Moodle's quiz statistics report gives them: how many attempts
//! saw an item, its facility (average credit) and its discrimination (does doing well on the item
//! go with doing well on the rest of the quiz?), and how often each option was chosen.

use std::collections::BTreeMap;

/// One graded attempt: per item shown, the credit earned (0.0–1.0) and its weight in points.
#[derive(Debug, Clone, PartialEq)]
pub struct GradedAttempt {
    pub items: BTreeMap<String, (f64, u32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    pub item_id: String,
    pub attempts: u32,
    /// Average credit in percent.
    pub facility: f64,
    /// Correlation (×100) of the item's credit with the score on the rest of the attempt;
    /// `None` with fewer than 3 attempts or when either does not vary.
    pub discrimination: Option<f64>,
}

/// Statistics for every item that appeared in `attempts`, ordered by item id.
pub fn item_stats(attempts: &[GradedAttempt]) -> Vec<ItemStats> {
    let mut by_item: BTreeMap<&str, Vec<(f64, f64)>> = BTreeMap::new();
    for attempt in attempts {
        let possible: u32 = attempt.items.values().map(|(_, p)| p).sum();
        let earned: f64 = attempt.items.values().map(|(c, p)| c * f64::from(*p)).sum();
        for (id, (credit, points)) in &attempt.items {
            let rest_possible = f64::from(possible - points);
            let rest = if rest_possible > 0.0 {
                (earned - credit * f64::from(*points)) / rest_possible
            } else {
                0.0
            };
            by_item.entry(id).or_default().push((*credit, rest));
        }
    }
    by_item
        .into_iter()
        .map(|(id, pairs)| {
            let n = pairs.len() as f64;
            let facility = pairs.iter().map(|(c, _)| c).sum::<f64>() / n * 100.0;
            ItemStats {
                item_id: id.to_string(),
                attempts: pairs.len() as u32,
                facility,
                discrimination: correlation(&pairs).map(|r| r * 100.0),
            }
        })
        .collect()
}

fn correlation(pairs: &[(f64, f64)]) -> Option<f64> {
    if pairs.len() < 3 {
        return None;
    }
    let n = pairs.len() as f64;
    let (mx, my) = (
        pairs.iter().map(|p| p.0).sum::<f64>() / n,
        pairs.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in pairs {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx).powi(2);
        syy += (y - my).powi(2);
    }
    (sxx > 1e-12 && syy > 1e-12).then(|| sxy / (sxx * syy).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(items: &[(&str, f64)]) -> GradedAttempt {
        GradedAttempt {
            items: items
                .iter()
                .map(|(id, c)| (id.to_string(), (*c, 1)))
                .collect(),
        }
    }

    #[test]
    fn facility_is_the_average_credit() {
        let stats = item_stats(&[
            attempt(&[("a", 1.0), ("b", 0.0)]),
            attempt(&[("a", 0.5), ("b", 0.0)]),
        ]);
        assert_eq!(stats[0].item_id, "a");
        assert_eq!(stats[0].facility, 75.0);
        assert_eq!(stats[1].facility, 0.0);
        assert_eq!(stats[0].attempts, 2);
    }

    #[test]
    fn an_item_that_strong_learners_get_right_discriminates_well() {
        // "good" is right when the rest of the attempt went well; "odd" when it went badly.
        let attempts = [
            attempt(&[("good", 1.0), ("x", 1.0), ("y", 1.0)]),
            attempt(&[("good", 1.0), ("x", 1.0), ("y", 0.0)]),
            attempt(&[("good", 0.0), ("x", 0.0), ("y", 0.0)]),
            attempt(&[("good", 0.0), ("x", 0.0), ("y", 1.0)]),
            attempt(&[("odd", 0.0), ("x", 1.0), ("y", 1.0)]),
            attempt(&[("odd", 0.0), ("x", 1.0), ("y", 0.0)]),
            attempt(&[("odd", 1.0), ("x", 0.0), ("y", 0.0)]),
            attempt(&[("odd", 1.0), ("x", 0.0), ("y", 1.0)]),
        ];
        let stats = item_stats(&attempts);
        let get = |id: &str| stats.iter().find(|s| s.item_id == id).unwrap();
        assert!(
            get("good").discrimination.unwrap() > 50.0,
            "{:?}",
            get("good")
        );
        assert!(
            get("odd").discrimination.unwrap() < -50.0,
            "{:?}",
            get("odd")
        );
    }

    #[test]
    fn discrimination_needs_variation_and_enough_attempts() {
        let all_right = [
            attempt(&[("a", 1.0), ("b", 1.0)]),
            attempt(&[("a", 1.0), ("b", 0.0)]),
            attempt(&[("a", 1.0), ("b", 1.0)]),
        ];
        assert_eq!(item_stats(&all_right)[0].discrimination, None);
        assert_eq!(item_stats(&all_right[..2])[1].discrimination, None);
    }
}
