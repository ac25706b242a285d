//! Showing a moment: to machines in UTC (RFC 3339), to people in their language's format and in the
//! time of Norway and Sweden (CET, and CEST in EU summer time).

use crate::domain::Lang;

/// `2026-11-23T14:05:00Z` for 1795442700: RFC 3339 in UTC, as machines exchange it.
pub fn format_rfc3339(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        (secs % 3600) / 60,
        secs % 60
    )
}

/// `2026-11-23` for 1795442700 (the UTC date).
pub fn format_date(unix: i64) -> String {
    let (y, m, d) = civil_from_days(unix.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Seconds east of UTC in Norway and Sweden at `unix`: CET (+1 h), or CEST (+2 h) from 01:00 UTC
/// on the last Sunday of March to 01:00 UTC on the last Sunday of October (EU summer time).
pub fn nordic_offset(unix: i64) -> i64 {
    let (y, _, _) = civil_from_days(unix.div_euclid(86_400));
    let start = last_sunday(y, 3) * 86_400 + 3_600;
    let end = last_sunday(y, 10) * 86_400 + 3_600;
    if (start..end).contains(&unix) {
        7_200
    } else {
        3_600
    }
}

/// The last Sunday of a month, in days since 1970-01-01 (a Thursday).
fn last_sunday(y: i64, m: u32) -> i64 {
    let last = days_from_civil(y, m, days_in_month(y, m));
    last - (last + 4).rem_euclid(7)
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The local calendar day of `unix`, as people write it in `lang`: `23.11.2026` (nb, nn),
/// `2026-11-23` (sv), `23 November 2026` (en).
pub fn local_date(unix: i64, lang: Lang) -> String {
    let local = unix + nordic_offset(unix);
    let (y, m, d) = civil_from_days(local.div_euclid(86_400));
    match lang {
        Lang::Nb | Lang::Nn => format!("{d:02}.{m:02}.{y:04}"),
        Lang::Sv => format!("{y:04}-{m:02}-{d:02}"),
        Lang::En => format!("{d} {} {y:04}", MONTHS_EN[m as usize - 1]),
    }
}

/// The local date and time of `unix`, as people write it in `lang`: `23.11.2026 kl. 15:05` (nb,
/// nn), `2026-11-23 kl. 15:05` (sv), `23 November 2026, 15:05` (en).
pub fn local_time(unix: i64, lang: Lang) -> String {
    let secs = (unix + nordic_offset(unix)).rem_euclid(86_400);
    let (h, min) = (secs / 3600, (secs % 3600) / 60);
    let date = local_date(unix, lang);
    match lang {
        Lang::En => format!("{date}, {h:02}:{min:02}"),
        _ => format!("{date} kl. {h:02}:{min:02}"),
    }
}

/// Days since 1970-01-01 to a (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A (year, month, day) to days since 1970-01-01: the inverse of [`civil_from_days`].
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` as days since 1970, if it is a real date.
pub fn parse_date(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    ((1900..=9999).contains(&y) && (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
        .then(|| days_from_civil(y, m, d))
}

/// The local (Norwegian and Swedish) calendar day of `unix`, as days since 1970.
pub fn local_day(unix: i64) -> i64 {
    (unix + nordic_offset(unix)).div_euclid(86_400)
}

/// Days in a month of a year.
pub fn days_in_month(y: i64, m: u32) -> u32 {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if leap => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::{format_rfc3339, local_date, local_time, nordic_offset};
    use crate::domain::Lang;

    #[test]
    fn moments_are_exchanged_as_rfc3339_in_utc() {
        assert_eq!(format_rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_rfc3339(1_795_442_707), "2026-11-23T14:05:07Z");
    }

    #[test]
    fn people_see_dates_as_their_language_writes_them() {
        // 2026-11-23 14:05 UTC is 15:05 in Oslo and Stockholm (winter time).
        let t = 1_795_442_700;
        assert_eq!(local_date(t, Lang::Nb), "23.11.2026");
        assert_eq!(local_date(t, Lang::Nn), "23.11.2026");
        assert_eq!(local_date(t, Lang::Sv), "2026-11-23");
        assert_eq!(local_date(t, Lang::En), "23 November 2026");
        assert_eq!(local_time(t, Lang::Nb), "23.11.2026 kl. 15:05");
        assert_eq!(local_time(t, Lang::Sv), "2026-11-23 kl. 15:05");
        assert_eq!(local_time(t, Lang::En), "23 November 2026, 15:05");
        // Late evening UTC is already the next day in Norway.
        assert_eq!(local_date(1_798_758_000, Lang::Nb), "01.01.2027");
        assert_eq!(format_rfc3339(1_798_758_000), "2026-12-31T23:00:00Z");
    }

    #[test]
    fn summer_time_follows_the_eu_rule() {
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        let start = 1_774_746_000; // 2026-03-29T01:00:00Z
        let end = 1_792_890_000; // 2026-10-25T01:00:00Z
        assert_eq!(format_rfc3339(start), "2026-03-29T01:00:00Z");
        assert_eq!(format_rfc3339(end), "2026-10-25T01:00:00Z");
        assert_eq!(nordic_offset(start - 1), 3_600);
        assert_eq!(nordic_offset(start), 7_200);
        assert_eq!(nordic_offset(end - 1), 7_200);
        assert_eq!(nordic_offset(end), 3_600);
        assert_eq!(local_time(start, Lang::Nb), "29.03.2026 kl. 03:00");
        assert_eq!(local_time(start - 60, Lang::Nb), "29.03.2026 kl. 01:59");
        assert_eq!(local_time(1_784_030_400, Lang::En), "14 July 2026, 14:00");
    }
}
