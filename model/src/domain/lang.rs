//! The four languages of the platform and how a request's language is chosen.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nb,
    Nn,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nb, Lang::Nn, Lang::Sv, Lang::En];
    /// Norwegian municipalities are the first users; bokmål is the default.
    pub const DEFAULT: Lang = Lang::Nb;

    /// The BCP 47 code used in `lang` attributes, file names and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The decimal mark people write in this language: a comma in the Nordic languages.
    pub fn decimal_mark(self) -> char {
        match self {
            Lang::En => '.',
            _ => ',',
        }
    }

    /// `x` with `places` decimals, as written in this language: `12,5` (nb, nn, sv), `12.5` (en).
    pub fn decimal(self, x: f64, places: usize) -> String {
        format!("{x:.places$}").replace('.', &self.decimal_mark().to_string())
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nb => "Norsk bokmål",
            Lang::Nn => "Norsk nynorsk",
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    /// Parses a language tag such as `nb`, `nn-NO`, `sv_SE` or `no` (which means bokmål in practice).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (index, part) in header.split(',').enumerate().take(32) {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("");
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            // q=0 means "not acceptable"; NaN is not a weight at all.
            if q.is_nan() || q <= 0.0 {
                continue;
            }
            if let Some(lang) = Lang::from_tag(tag) {
                // Higher q wins; on a tie the earlier entry wins.
                let better = match best {
                    None => true,
                    Some((bq, bi, _)) => q > bq || (q == bq && index < bi),
                };
                if better {
                    best = Some((q, index, lang));
                }
            }
        }
        best.map(|(_, _, lang)| lang)
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::DEFAULT
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_use_the_language_s_decimal_mark() {
        assert_eq!(Lang::Nb.decimal(12.26, 1), "12,3");
        assert_eq!(Lang::Nn.decimal(0.5, 2), "0,50");
        assert_eq!(Lang::Sv.decimal(-0.31, 1), "-0,3");
        assert_eq!(Lang::En.decimal(12.5, 1), "12.5");
        assert_eq!(Lang::Nb.decimal(80.0, 0), "80");
    }

    #[test]
    fn regional_tags_map_to_their_language() {
        assert_eq!(Lang::from_tag("nn-NO"), Some(Lang::Nn));
        assert_eq!(Lang::from_tag("sv_FI"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("no"), Some(Lang::Nb));
        assert_eq!(Lang::from_tag("de-DE"), None);
    }

    #[test]
    fn accept_language_honours_quality_values() {
        assert_eq!(
            Lang::from_accept_language("de-DE,sv;q=0.5,nn;q=0.8"),
            Some(Lang::Nn)
        );
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9"), Some(Lang::En));
    }

    #[test]
    fn accept_language_without_a_supported_language_gives_none() {
        assert_eq!(Lang::from_accept_language("de,fr;q=0.9"), None);
        assert_eq!(Lang::from_accept_language("nb;q=0"), None);
    }

    #[test]
    fn every_code_parses_back_to_its_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }

    proptest! {
        #[test]
        fn any_header_is_handled_without_panicking(s in "\\PC{0,200}") {
            let _ = Lang::from_accept_language(&s);
        }
    }
}
