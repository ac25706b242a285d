//! User-interface strings in bokmål, nynorsk, Swedish and English (Fluent files in `model/locales`).

use crate::domain::Lang;
use fluent_templates::{fluent_bundle::FluentValue, LanguageIdentifier, Loader};
use leptos::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: they end up in HTML and email subjects.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

pub fn langid(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::Nb => unic_langid::langid!("nb"),
        Lang::Nn => unic_langid::langid!("nn"),
        Lang::Sv => unic_langid::langid!("sv"),
        Lang::En => unic_langid::langid!("en"),
    }
}

/// Translator for one language; provided to every page as context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n(pub Lang);

impl I18n {
    pub fn lang(self) -> Lang {
        self.0
    }

    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&langid(self.0), key)
    }

    pub fn t_with(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&langid(self.0), key, &map)
    }
}

/// The page's translator. Outside a page (e.g. in tests) it is bokmål.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n(Lang::DEFAULT))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn keys(lang: Lang) -> BTreeSet<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code())
            .join("main.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        text.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t', '.', '[', '*', '}']) && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap().trim().to_string())
            .collect()
    }

    #[test]
    fn every_language_has_every_key() {
        let reference = keys(Lang::En);
        assert!(reference.len() > 20, "too few keys read: {reference:?}");
        for lang in Lang::ALL {
            let have = keys(lang);
            let missing: Vec<_> = reference.difference(&have).collect();
            let extra: Vec<_> = have.difference(&reference).collect();
            assert!(
                missing.is_empty(),
                "{} lacks keys: {missing:?}",
                lang.code()
            );
            assert!(
                extra.is_empty(),
                "{} has keys English lacks: {extra:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn strings_are_translated_not_fallen_back() {
        assert_eq!(I18n(Lang::Nb).t("nav-sign-in"), "Logg inn");
        assert_eq!(I18n(Lang::Nn).t("nav-sign-in"), "Logg inn");
        assert_eq!(I18n(Lang::Sv).t("nav-sign-in"), "Logga in");
        assert_eq!(I18n(Lang::En).t("nav-sign-in"), "Sign in");
    }

    #[test]
    fn arguments_are_filled_in() {
        let s = I18n(Lang::En).t_with(
            "progress-lessons",
            &[("done", 2.into()), ("total", 5.into())],
        );
        assert_eq!(s, "2 of 5 lessons done");
    }

    #[test]
    fn counts_take_the_plural_form_of_each_language() {
        let facts = |lang, modules: u32| {
            I18n(lang).t_with(
                "course-facts",
                &[
                    ("modules", modules.into()),
                    ("lessons", 1.into()),
                    ("minutes", 7.into()),
                ],
            )
        };
        assert_eq!(
            facts(Lang::Nb, 1),
            "1 modul · 1 leksjon · omtrent 7 minutter"
        );
        assert_eq!(
            facts(Lang::Nb, 8),
            "8 moduler · 1 leksjon · omtrent 7 minutter"
        );
        assert_eq!(facts(Lang::En, 1), "1 module · 1 lesson · about 7 minutes");
        assert_eq!(
            facts(Lang::Sv, 2),
            "2 moduler · 1 lektion · cirka 7 minuter"
        );
    }
}
