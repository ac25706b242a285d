//! Line differences between two versions of a course file, for authors and reviewers: what a
//! draft changes, with a few unchanged lines around each change.

use crate::wire::DiffLine;

/// Files longer than this are compared as a whole (all old lines removed, all new added): the
/// comparison is quadratic, and course files are a few hundred lines.
const MAX_LINES: usize = 3000;

/// The lines of `new` against `old`, keeping `context` unchanged lines around each change and
/// folding the rest into [`DiffLine::Skipped`]. Equal texts give no lines.
pub fn line_diff(old: &str, new: &str, context: usize) -> Vec<DiffLine> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let full = if a.len() > MAX_LINES || b.len() > MAX_LINES {
        a.iter()
            .map(|l| DiffLine::Removed(l.to_string()))
            .chain(b.iter().map(|l| DiffLine::Added(l.to_string())))
            .collect()
    } else {
        lcs_diff(&a, &b)
    };
    fold(full, context)
}

fn lcs_diff(a: &[&str], b: &[&str]) -> Vec<DiffLine> {
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    let (n, m) = (a.len(), b.len());
    let mut lengths = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[i][j] = if a[i] == b[j] {
                lengths[i + 1][j + 1] + 1
            } else {
                lengths[i + 1][j].max(lengths[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n.max(m));
    while i < n && j < m {
        if a[i] == b[j] {
            out.push(DiffLine::Same(a[i].to_string()));
            i += 1;
            j += 1;
        } else if lengths[i + 1][j] >= lengths[i][j + 1] {
            out.push(DiffLine::Removed(a[i].to_string()));
            i += 1;
        } else {
            out.push(DiffLine::Added(b[j].to_string()));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|l| DiffLine::Removed(l.to_string())));
    out.extend(b[j..].iter().map(|l| DiffLine::Added(l.to_string())));
    out
}

fn fold(lines: Vec<DiffLine>, context: usize) -> Vec<DiffLine> {
    let changed: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !matches!(l, DiffLine::Same(_)))
        .map(|(i, _)| i)
        .collect();
    if changed.is_empty() {
        return Vec::new();
    }
    let near = |i: usize| changed.iter().any(|&c| c.abs_diff(i) <= context);
    let mut out = Vec::new();
    let mut skipped = 0u32;
    for (i, line) in lines.into_iter().enumerate() {
        if matches!(line, DiffLine::Same(_)) && !near(i) {
            skipped += 1;
            continue;
        }
        if skipped > 0 {
            out.push(DiffLine::Skipped(skipped));
            skipped = 0;
        }
        out.push(line);
    }
    if skipped > 0 {
        out.push(DiffLine::Skipped(skipped));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use DiffLine::*;

    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn equal_texts_have_no_difference() {
        assert!(line_diff("a\nb\n", "a\nb\n", 2).is_empty());
    }

    #[test]
    fn a_changed_line_shows_as_removed_then_added_with_its_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n";
        let new = "1\n2\n3\nfire\n5\n6\n7\n";
        assert_eq!(
            line_diff(old, new, 1),
            [
                Skipped(2),
                Same(s("3")),
                Removed(s("4")),
                Added(s("fire")),
                Same(s("5")),
                Skipped(2)
            ]
        );
    }

    #[test]
    fn added_and_removed_lines_at_the_ends_are_kept() {
        assert_eq!(
            line_diff("a\nb", "b\nc", 0),
            [Removed(s("a")), Skipped(1), Added(s("c"))]
        );
        assert_eq!(line_diff("", "new", 3), [Added(s("new"))]);
    }
}
