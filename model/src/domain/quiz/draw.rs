//! Choosing what one attempt shows: the items (fixed, or drawn from pools by competency area and
//! jurisdiction) and the order of their options. The result is stored with the attempt, so a
//! review shows exactly what the learner saw; the seed only has to be unpredictable.

use super::item::{Item, ItemKind, Jurisdiction};
use super::rules::{Quiz, Selection};
use serde::{Deserialize, Serialize};

/// A small, fast pseudo-random generator (SplitMix64). Not for secrets: only for shuffling.
#[derive(Debug, Clone)]
pub struct Shuffler(u64);

impl Shuffler {
    pub fn new(seed: u64) -> Self {
        Shuffler(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform index below `n` (n > 0), without modulo bias.
    fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next();
            if x < zone {
                return (x % n) as usize;
            }
        }
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// One item as placed in an attempt: which item, and its options (or steps, answers) in the order
/// shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Placed {
    pub item_id: String,
    pub order: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DrawError {
    #[error("item \"{0}\" is not in the item bank")]
    UnknownItem(String),
    #[error("the pool for area \"{area}\" has {available} items; {wanted} are drawn")]
    PoolTooSmall {
        area: String,
        wanted: usize,
        available: usize,
    },
}

fn matches_jurisdiction(item: &Item, want: Option<Jurisdiction>) -> bool {
    match want {
        None => true,
        // An item without jurisdictions holds in both countries.
        Some(j) => item.jurisdictions.is_empty() || item.jurisdictions.contains(&j),
    }
}

/// The items of one attempt, in order, each with its options in display order.
pub fn draw(quiz: &Quiz, bank: &[Item], seed: u64) -> Result<Vec<Placed>, DrawError> {
    let mut rng = Shuffler::new(seed);
    let mut chosen: Vec<&Item> = Vec::new();
    match &quiz.selection {
        Selection::Fixed(ids) => {
            for id in ids {
                let item = bank
                    .iter()
                    .find(|i| &i.id == id)
                    .ok_or_else(|| DrawError::UnknownItem(id.clone()))?;
                chosen.push(item);
            }
        }
        Selection::Pools(pools) => {
            for pool in pools {
                let mut candidates: Vec<&Item> = bank
                    .iter()
                    .filter(|i| i.area == pool.area && matches_jurisdiction(i, pool.jurisdiction))
                    .filter(|i| !chosen.iter().any(|c| c.id == i.id))
                    .collect();
                if candidates.len() < pool.count {
                    return Err(DrawError::PoolTooSmall {
                        area: pool.area.clone(),
                        wanted: pool.count,
                        available: candidates.len(),
                    });
                }
                rng.shuffle(&mut candidates);
                chosen.extend(candidates.into_iter().take(pool.count));
            }
        }
    }
    if quiz.shuffle_items {
        rng.shuffle(&mut chosen);
    }
    Ok(chosen
        .into_iter()
        .map(|item| Placed {
            item_id: item.id.clone(),
            order: display_order(item, quiz.shuffle_options, &mut rng),
        })
        .collect())
}

/// The ids the learner sees in order. Ordering items are always shuffled (the listed order is the
/// answer); true/false, numeric and text items have none.
fn display_order(item: &Item, shuffle_options: bool, rng: &mut Shuffler) -> Vec<String> {
    let (mut ids, shuffle): (Vec<String>, bool) = match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options, .. } => (
            options.iter().map(|o| o.id.clone()).collect(),
            shuffle_options,
        ),
        ItemKind::Matching { answers, .. } => {
            (answers.iter().map(|a| a.id.clone()).collect(), true)
        }
        ItemKind::Ordering { steps, .. } => (steps.iter().map(|s| s.id.clone()).collect(), true),
        _ => (Vec::new(), false),
    };
    if shuffle {
        let original = ids.clone();
        rng.shuffle(&mut ids);
        // A shuffled order that happens to be the answer gives it away: rotate it.
        if ids == original && ids.len() > 1 && matches!(item.kind, ItemKind::Ordering { .. }) {
            ids.rotate_left(1);
        }
    }
    ids
}
