//! The content model of a course, and the shapes it is published in.

use crate::domain::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text in several languages. A `BTreeMap` keeps serialisation (and so the content hash) stable.
pub type Localized = BTreeMap<Lang, String>;

/// Text for `lang`, else the course's default language, else any language there is.
/// Returns the text and the language it is actually in, so a page can mark and announce fallbacks.
pub fn pick<T>(map: &BTreeMap<Lang, T>, lang: Lang, default: Lang) -> Option<(&T, Lang)> {
    map.get(&lang)
        .map(|t| (t, lang))
        .or_else(|| map.get(&default).map(|t| (t, default)))
        .or_else(|| map.iter().next().map(|(l, t)| (t, *l)))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Course {
    pub id: String,
    pub required_languages: Vec<Lang>,
    pub default_language: Lang,
    pub title: Localized,
    pub summary: Localized,
    pub modules: Vec<Module>,
    /// The item bank that quizzes use (`items/*.toml`).
    pub items: Vec<crate::domain::quiz::Item>,
    /// What earns a certificate in this version.
    pub certificates: Vec<crate::domain::certification::CertificateRule>,
    /// Whether a draft needs a second author's approval to be published (four eyes). Left out
    /// of the serialised form when it is the default, so that content hashes made before the
    /// setting existed stay the same.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub second_author: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Module {
    pub id: String,
    pub title: Localized,
    pub summary: Localized,
    pub lessons: Vec<Lesson>,
    pub quizzes: Vec<crate::domain::quiz::Quiz>,
    pub cases: Vec<crate::domain::case::Case>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub minutes: u32,
    pub texts: BTreeMap<Lang, LessonText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonText {
    pub title: String,
    pub objectives: Vec<String>,
    pub sources: Vec<Source>,
    pub markdown: String,
    /// Images and attachments beside the lesson: each address as the Markdown writes it, and the
    /// address its file is published at (`/content/<sha256>.<ext>`). Left out when empty, so
    /// content hashes made before lessons could have files stay the same.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub assets: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What the programme overview needs, stored once per published version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub id: String,
    pub default_language: Lang,
    pub required_languages: Vec<Lang>,
    pub title: Localized,
    pub summary: Localized,
    pub modules: Vec<ManifestModule>,
    /// What earns a certificate. Absent in versions published before certification existed.
    #[serde(default)]
    pub certificates: Vec<crate::domain::certification::CertificateRule>,
    /// Whether publishing a draft needs a second author (see [`Course::second_author`]).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub second_author: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestModule {
    pub id: String,
    pub title: Localized,
    pub summary: Localized,
    pub lessons: Vec<ManifestLesson>,
    /// Shown after the lessons. Absent in versions published before quizzes existed.
    #[serde(default)]
    pub quizzes: Vec<ManifestQuiz>,
    /// Shown after the quizzes. Absent in versions published before cases existed.
    #[serde(default)]
    pub cases: Vec<ManifestCase>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestCase {
    pub id: String,
    pub title: Localized,
    pub minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestQuiz {
    pub id: String,
    pub title: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestLesson {
    pub id: String,
    pub title: Localized,
    pub minutes: u32,
}

/// A lesson as stored for learners: HTML already rendered and sanitised, per language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedLesson {
    pub id: String,
    pub module_id: String,
    pub minutes: u32,
    pub texts: BTreeMap<Lang, PublishedLessonText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedLessonText {
    pub title: String,
    pub objectives: Vec<String>,
    pub sources: Vec<Source>,
    pub html: String,
}

impl Course {
    pub fn manifest(&self) -> Manifest {
        Manifest {
            id: self.id.clone(),
            default_language: self.default_language,
            required_languages: self.required_languages.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            modules: self
                .modules
                .iter()
                .map(|m| ManifestModule {
                    id: m.id.clone(),
                    title: m.title.clone(),
                    summary: m.summary.clone(),
                    lessons: m
                        .lessons
                        .iter()
                        .map(|l| ManifestLesson {
                            id: l.id.clone(),
                            title: l
                                .texts
                                .iter()
                                .map(|(lang, t)| (*lang, t.title.clone()))
                                .collect(),
                            minutes: l.minutes,
                        })
                        .collect(),
                    quizzes: m
                        .quizzes
                        .iter()
                        .map(|q| ManifestQuiz {
                            id: q.id.clone(),
                            title: q.title.clone(),
                        })
                        .collect(),
                    cases: m
                        .cases
                        .iter()
                        .map(|c| ManifestCase {
                            id: c.id.clone(),
                            title: c.title.clone(),
                            minutes: c.minutes,
                        })
                        .collect(),
                })
                .collect(),
            certificates: self.certificates.clone(),
            second_author: self.second_author,
        }
    }

    /// Every lesson with its Markdown rendered to sanitised HTML, ready to store.
    pub fn published_lessons(&self) -> Vec<PublishedLesson> {
        self.modules
            .iter()
            .flat_map(|m| {
                m.lessons.iter().map(move |l| PublishedLesson {
                    id: l.id.clone(),
                    module_id: m.id.clone(),
                    minutes: l.minutes,
                    texts: l
                        .texts
                        .iter()
                        .map(|(lang, t)| {
                            (
                                *lang,
                                PublishedLessonText {
                                    title: t.title.clone(),
                                    objectives: t.objectives.clone(),
                                    sources: t.sources.clone(),
                                    html: super::markdown::render_with_assets(
                                        &t.markdown,
                                        &t.assets,
                                    ),
                                },
                            )
                        })
                        .collect(),
                })
            })
            .collect()
    }

    pub fn lesson_count(&self) -> usize {
        self.modules.iter().map(|m| m.lessons.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pick_prefers_the_requested_language_then_the_default() {
        let map: Localized = [(Lang::Nb, "Hei".to_string()), (Lang::En, "Hi".to_string())].into();
        assert_eq!(
            pick(&map, Lang::En, Lang::Nb),
            Some((&"Hi".to_string(), Lang::En))
        );
        assert_eq!(
            pick(&map, Lang::Sv, Lang::Nb),
            Some((&"Hei".to_string(), Lang::Nb))
        );
        assert_eq!(
            pick(&map, Lang::Sv, Lang::Nn),
            Some((&"Hei".to_string(), Lang::Nb))
        );
        assert_eq!(pick(&Localized::new(), Lang::Sv, Lang::Nn), None);
    }
}
