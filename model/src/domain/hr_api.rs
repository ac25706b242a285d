//! The rules of the HR API that need no database: what a token may read (scopes), how long a
//! token lives, the page size and the opaque cursor that continues a listing.

use serde::{Deserialize, Serialize};

/// What an API token may read. Each endpoint needs one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scope {
    People,
    Enrolments,
    Completions,
    Certificates,
}

impl Scope {
    pub const ALL: [Scope; 4] = [
        Scope::People,
        Scope::Enrolments,
        Scope::Completions,
        Scope::Certificates,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::People => "people:read",
            Scope::Enrolments => "enrolments:read",
            Scope::Completions => "completions:read",
            Scope::Certificates => "certificates:read",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.as_str() == s)
    }

    /// Scopes as stored and written in a token (`people:read completions:read`): none missing,
    /// none unknown, each once, in a fixed order. `None` when empty or when any is unknown.
    pub fn parse_list<'a>(items: impl IntoIterator<Item = &'a str>) -> Option<Vec<Scope>> {
        let mut scopes = Vec::new();
        for item in items {
            scopes.push(Scope::parse(item.trim())?);
        }
        scopes.sort();
        scopes.dedup();
        (!scopes.is_empty()).then_some(scopes)
    }

    pub fn join(scopes: &[Scope]) -> String {
        scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Scope::People => "api-scope-people",
            Scope::Enrolments => "api-scope-enrolments",
            Scope::Completions => "api-scope-completions",
            Scope::Certificates => "api-scope-certificates",
        }
    }
}

/// How long a new token may live, in days; the form offers these.
pub const TOKEN_DAYS: [i64; 4] = [30, 90, 180, 365];

/// The default and largest page size.
pub const DEFAULT_LIMIT: i64 = 100;
pub const MAX_LIMIT: i64 = 500;

/// The page size asked for: absent means the default; anything but 1..=500 is an error.
pub fn parse_limit(s: Option<&str>) -> Result<i64, &'static str> {
    match s {
        None => Ok(DEFAULT_LIMIT),
        Some(s) => match s.trim().parse::<i64>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
            _ => Err("limit must be a whole number from 1 to 500"),
        },
    }
}

/// Where a listing continues: after the record with this id. Written as `c` and the id in
/// lower-case hex, so clients treat it as opaque and it survives any URL encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor(pub i64);

impl Cursor {
    pub fn encode(self) -> String {
        format!("c{:x}", self.0)
    }

    /// The start when absent; an error for anything `encode` did not write.
    pub fn parse(s: Option<&str>) -> Result<Cursor, &'static str> {
        const BAD: &str = "cursor is not one this API gave out; start again without it";
        let Some(s) = s else { return Ok(Cursor(0)) };
        let hex = s.strip_prefix('c').ok_or(BAD)?;
        if hex.is_empty() || hex.len() > 16 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(BAD);
        }
        if hex.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(BAD);
        }
        i64::from_str_radix(hex, 16).map(Cursor).map_err(|_| BAD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn scopes_are_read_in_a_fixed_order_without_repeats() {
        assert_eq!(
            Scope::parse_list(["completions:read", "people:read", "completions:read"]),
            Some(vec![Scope::People, Scope::Completions])
        );
        assert_eq!(
            Scope::join(&[Scope::People, Scope::Completions]),
            "people:read completions:read"
        );
    }

    #[test]
    fn an_unknown_or_missing_scope_is_refused() {
        assert_eq!(Scope::parse_list(["people:write"]), None);
        assert_eq!(Scope::parse_list(["people:read", "admin"]), None);
        assert_eq!(Scope::parse_list([]), None);
    }

    #[test]
    fn the_limit_defaults_and_is_bounded() {
        assert_eq!(parse_limit(None), Ok(100));
        assert_eq!(parse_limit(Some("500")), Ok(500));
        assert_eq!(parse_limit(Some("1")), Ok(1));
        for bad in ["0", "501", "-3", "ten", "", "1.5"] {
            assert!(parse_limit(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_missing_cursor_starts_at_the_beginning() {
        assert_eq!(Cursor::parse(None), Ok(Cursor(0)));
    }

    #[test]
    fn cursors_not_written_by_the_api_are_refused() {
        for bad in [
            "",
            "c",
            "12",
            "cZZ",
            "c-1",
            "cFF",
            "c80000000000000000",
            "c8000000000000000",
            "c 1",
        ] {
            assert!(Cursor::parse(Some(bad)).is_err(), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn a_cursor_reads_back_as_written(id in 0_i64..i64::MAX) {
            prop_assert_eq!(Cursor::parse(Some(&Cursor(id).encode())), Ok(Cursor(id)));
        }

        #[test]
        fn any_string_is_a_cursor_or_an_error_never_a_panic(s in ".{0,20}") {
            let _ = Cursor::parse(Some(&s));
        }
    }
}

/// Who is calling the HR API: the organisation a valid token reads and what it may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiClient {
    pub organisation_id: i64,
    pub token_id: i64,
    pub scopes: Vec<Scope>,
}

/// What a listing asks for, already checked.
#[derive(Debug, Clone, Copy)]
pub struct ListQuery {
    pub after: Cursor,
    pub limit: i64,
    /// Unix seconds; 0 for everything.
    pub updated_since: i64,
    pub lang: Option<super::Lang>,
}
