//! Hours of continuing professional development as people type and read them (tenths of an hour),
//! in the reader's language.

use crate::domain::Lang;

/// Hours as a person types them (`1`, `1.5`, `1,5`) in tenths of an hour, between 0.1 and 100.
pub fn parse_hours(input: &str) -> Option<i64> {
    let s = input.trim().replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || frac.len() > 1 {
        return None;
    }
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let tenths = whole.checked_mul(10)? + frac.parse::<i64>().unwrap_or(0);
    (1..=1000).contains(&tenths).then_some(tenths)
}

/// Tenths of an hour as a person reads them: `1.5`, `8`.
pub fn format_hours(tenths: i64) -> String {
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// Hours as the reader's language writes them: `1,5` in Norwegian and Swedish, `1.5` in English.
pub fn display_hours(tenths: i64, lang: Lang) -> String {
    format_hours(tenths).replace('.', &lang.decimal_mark().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hours_are_read_as_people_type_them() {
        assert_eq!(parse_hours("8"), Some(80));
        assert_eq!(parse_hours(" 1,5 "), Some(15));
        assert_eq!(parse_hours("0.5"), Some(5));
        assert_eq!(parse_hours(".5"), Some(5));
        assert_eq!(parse_hours("100"), Some(1000));
        for bad in [
            "", "0", "0.0", "100.1", "1.25", "-1", "abc", "1e3", ".", "1..2",
        ] {
            assert_eq!(parse_hours(bad), None, "{bad:?}");
        }
        assert_eq!(format_hours(15), "1.5");
        assert_eq!(format_hours(80), "8");
    }

    #[test]
    fn hours_are_shown_with_the_languages_decimal_mark() {
        assert_eq!(display_hours(25, Lang::Nb), "2,5");
        assert_eq!(display_hours(25, Lang::En), "2.5");
        assert_eq!(display_hours(20, Lang::Sv), "2");
    }

    proptest! {
        #[test]
        fn hours_never_panic_and_stay_in_range(s in "\\PC{0,12}") {
            if let Some(t) = parse_hours(&s) {
                prop_assert!((1..=1000).contains(&t));
            }
        }

        #[test]
        fn formatted_hours_parse_back(t in 1i64..=1000) {
            prop_assert_eq!(parse_hours(&format_hours(t)), Some(t));
        }
    }
}
