//! Where a "come back to" parameter may send a user: only somewhere on this site.

/// `Some(path)` when `target` is a path on this site (`/x`, not `//evil.example` or `https://…`).
pub fn local_path(target: &str) -> Option<&str> {
    let ok = target.starts_with('/')
        && !target.starts_with("//")
        && !target.starts_with("/\\")
        && target.len() <= 2048
        && !target.chars().any(|c| c.is_control() || c == '\\');
    ok.then_some(target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn site_paths_are_kept() {
        assert_eq!(local_path("/courses/x?y=1"), Some("/courses/x?y=1"));
    }

    #[test]
    fn other_sites_are_refused() {
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/a\nb",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn accepted_paths_never_leave_the_site(s in "\\PC{0,100}") {
            if let Some(p) = local_path(&s) {
                prop_assert!(p.starts_with('/') && !p.starts_with("//"));
            }
        }
    }
}
