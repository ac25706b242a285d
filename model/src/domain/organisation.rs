//! Organisations and the place a person has in one: what kinds there are, the two roles, and
//! the rules for an organisation's name.

use serde::{Deserialize, Serialize};

/// What a person is in an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgRole {
    Member,
    Admin,
}

impl OrgRole {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgRole::Member => "member",
            OrgRole::Admin => "admin",
        }
    }

    /// The stored value, or how people write it in a spreadsheet (any of the four languages).
    pub fn parse(s: &str) -> Option<OrgRole> {
        match s.trim().to_lowercase().as_str() {
            "" | "member" | "medlem" | "deltaker" | "deltakar" | "deltagare" | "learner" => {
                Some(OrgRole::Member)
            }
            "admin" | "administrator" | "administratör" => Some(OrgRole::Admin),
            _ => None,
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            OrgRole::Member => "org-role-member",
            OrgRole::Admin => "org-role-admin",
        }
    }
}

/// What an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    Region,
    Employer,
}

impl OrgKind {
    pub const ALL: [OrgKind; 3] = [OrgKind::Municipality, OrgKind::Region, OrgKind::Employer];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::Region => "region",
            OrgKind::Employer => "employer",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    pub fn message_key(self) -> &'static str {
        match self {
            OrgKind::Municipality => "org-kind-municipality",
            OrgKind::Region => "org-kind-region",
            OrgKind::Employer => "org-kind-employer",
        }
    }
}

/// An organisation's name: trimmed, single-spaced, 2 to 120 characters, no markup or controls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgName(String);

impl OrgName {
    pub const MAX_CHARS: usize = 120;

    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err("error-org-name-empty");
        }
        let n = s.chars().count();
        if !(2..=Self::MAX_CHARS).contains(&n) {
            return Err("error-org-name-length");
        }
        if s.chars().any(|c| c.is_control() || c == '<' || c == '>') {
            return Err("error-org-name-invalid");
        }
        Ok(OrgName(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a person stands with their certificates, for an organisation's overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// At least one valid certificate that runs beyond the window.
    Valid,
    /// Valid certificates, all of which expire within the window.
    Expiring,
    /// Certificates, none valid any more (expired, revoked or suspended).
    Lapsed,
    /// No certificate yet.
    Missing,
}

impl Standing {
    pub const ALL: [Standing; 4] = [
        Standing::Valid,
        Standing::Expiring,
        Standing::Lapsed,
        Standing::Missing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Valid => "valid",
            Standing::Expiring => "expiring",
            Standing::Lapsed => "lapsed",
            Standing::Missing => "missing",
        }
    }

    pub fn parse(s: &str) -> Option<Standing> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// From each certificate's shown status (`valid`, `expired`, `revoked`, `suspended`) and
    /// expiry, at `now`, with a window of `days`.
    pub fn of<'a>(
        certificates: impl IntoIterator<Item = (&'a str, i64)>,
        now: i64,
        days: i64,
    ) -> Standing {
        let horizon = now + days.max(0) * 86_400;
        let mut any = false;
        let mut best: Option<i64> = None;
        for (status, expires_at) in certificates {
            any = true;
            if status == "valid" && expires_at > now {
                best = Some(best.map_or(expires_at, |b| b.max(expires_at)));
            }
        }
        match (any, best) {
            (false, _) => Standing::Missing,
            (true, None) => Standing::Lapsed,
            (true, Some(last)) if last <= horizon => Standing::Expiring,
            (true, Some(_)) => Standing::Valid,
        }
    }
}

/// The windows "expires within" can be set to, in days; the first is the default.
pub const WINDOWS: [i64; 4] = [90, 30, 60, 180];

/// The window asked for, when it is one of [`WINDOWS`]; the default otherwise.
pub fn window_days(asked: Option<i64>) -> i64 {
    asked.filter(|d| WINDOWS.contains(d)).unwrap_or(WINDOWS[0])
}

/// Whether changing one person's place (to `becomes`, or out of the organisation with `None`)
/// leaves the organisation at least one administrator. `admins` counts its administrators now.
pub fn keeps_an_admin(admins: i64, is_admin: bool, becomes: Option<OrgRole>) -> bool {
    !is_admin || becomes == Some(OrgRole::Admin) || admins > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_administrator_can_neither_leave_nor_step_down() {
        use OrgRole::*;
        assert!(!keeps_an_admin(1, true, None));
        assert!(!keeps_an_admin(1, true, Some(Member)));
        assert!(keeps_an_admin(1, true, Some(Admin)));
        assert!(keeps_an_admin(2, true, None));
        assert!(keeps_an_admin(2, true, Some(Member)));
        assert!(keeps_an_admin(1, false, None), "a member may always go");
        assert!(keeps_an_admin(1, false, Some(Admin)));
    }

    #[test]
    fn roles_are_read_as_people_write_them_in_every_language() {
        for s in ["member", "Medlem", " deltakar ", "deltagare", ""] {
            assert_eq!(OrgRole::parse(s), Some(OrgRole::Member), "{s:?}");
        }
        for s in ["admin", "Administrator", "administratör"] {
            assert_eq!(OrgRole::parse(s), Some(OrgRole::Admin), "{s:?}");
        }
        assert_eq!(OrgRole::parse("boss"), None);
    }

    #[test]
    fn an_organisation_name_is_tidied_and_bounded() {
        assert_eq!(
            OrgName::parse("  Bodø   kommune ").unwrap().as_str(),
            "Bodø kommune"
        );
        assert_eq!(OrgName::parse("   "), Err("error-org-name-empty"));
        assert_eq!(OrgName::parse("x"), Err("error-org-name-length"));
        assert_eq!(
            OrgName::parse(&"a".repeat(121)),
            Err("error-org-name-length")
        );
        assert_eq!(OrgName::parse("<b>Nav</b>"), Err("error-org-name-invalid"));
    }

    #[test]
    fn kinds_round_trip_through_their_stored_names() {
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(OrgKind::parse("county"), None);
    }

    #[test]
    fn standing_follows_the_longest_valid_certificate() {
        let now = 1_000_000_000;
        let day = 86_400;
        assert_eq!(Standing::of([], now, 90), Standing::Missing);
        assert_eq!(
            Standing::of([("valid", now + 200 * day)], now, 90),
            Standing::Valid
        );
        assert_eq!(
            Standing::of([("valid", now + 30 * day)], now, 90),
            Standing::Expiring
        );
        assert_eq!(
            Standing::of([("valid", now + 30 * day)], now, 20),
            Standing::Valid
        );
        assert_eq!(
            Standing::of(
                [("valid", now + 30 * day), ("valid", now + 300 * day)],
                now,
                90
            ),
            Standing::Valid
        );
        assert_eq!(
            Standing::of(
                [("expired", now - day), ("revoked", now + 300 * day)],
                now,
                90
            ),
            Standing::Lapsed
        );
        assert_eq!(
            Standing::of([("valid", now)], now, 90),
            Standing::Lapsed,
            "expires now"
        );
    }
}
