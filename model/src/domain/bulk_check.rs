//! Reading a list pasted (or uploaded) for bulk verification: certificate codes and email
//! addresses, one per line or separated by commas, semicolons, tabs or spaces, in any mix. Each
//! entry keeps its line so the answer can point at it.

use super::certification::normalise_code;

/// At most this many entries in one list.
pub const MAX_ENTRIES: usize = 1000;
/// At most this many bytes of input.
pub const MAX_BYTES: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A certificate code, normalised (`RTW-XXXX-XXXX-XXXX-XXXX`).
    Code(String),
    /// An email address, lower-cased.
    Email(String),
    /// Neither: shown back as written.
    Unreadable(String),
}

/// The entries of `input` with their line numbers (from 1), duplicates dropped (the first kept).
/// Errors (message keys): nothing given, too long, too many entries.
pub fn parse(input: &str) -> Result<Vec<(usize, Entry)>, &'static str> {
    if input.len() > MAX_BYTES {
        return Err("error-bulk-too-long");
    }
    let mut out: Vec<(usize, Entry)> = Vec::new();
    for (i, line) in input.lines().enumerate() {
        for raw in line
            .split([',', ';', '\t', ' '])
            .map(|s| s.trim().trim_matches(['"', '\'', '<', '>']))
            .filter(|s| !s.is_empty())
        {
            let entry = if raw.contains('@') {
                let email = raw.to_lowercase();
                if super::Email::parse(&email).is_ok() {
                    Entry::Email(email)
                } else {
                    Entry::Unreadable(raw.to_string())
                }
            } else {
                match normalise_code(raw) {
                    Some(code) => Entry::Code(code),
                    None => Entry::Unreadable(raw.to_string()),
                }
            };
            if !out.iter().any(|(_, e)| *e == entry) {
                out.push((i + 1, entry));
            }
            if out.len() > MAX_ENTRIES {
                return Err("error-bulk-too-many");
            }
        }
    }
    if out.is_empty() {
        return Err("error-bulk-empty");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_addresses_are_read_in_any_mix_and_each_keeps_its_line() {
        let got = parse(
            "rtw-abcd-efgh-jkmn-pqrs; Kari@Example.org\n\n  \"ola@example.org\"\tnot-a-code\nRTWABCDEFGHJKMNPQRS\n",
        )
        .unwrap();
        assert_eq!(got[0].0, 1);
        assert!(
            matches!(&got[0].1, Entry::Code(c) if c.starts_with("RTW-")),
            "{got:?}"
        );
        assert_eq!(got[1], (1, Entry::Email("kari@example.org".into())));
        assert_eq!(got[2], (3, Entry::Email("ola@example.org".into())));
        assert_eq!(got[3], (3, Entry::Unreadable("not-a-code".into())));
        assert_eq!(got.len(), 4, "the same code twice counts once: {got:?}");
    }

    #[test]
    fn an_empty_or_oversized_list_is_refused_with_a_reason() {
        assert_eq!(parse(" \n\t\n"), Err("error-bulk-empty"));
        assert_eq!(
            parse(&"x".repeat(MAX_BYTES + 1)),
            Err("error-bulk-too-long")
        );
        let many: String = (0..=MAX_ENTRIES)
            .map(|i| format!("p{i}@example.org\n"))
            .collect();
        assert_eq!(parse(&many), Err("error-bulk-too-many"));
    }
}
