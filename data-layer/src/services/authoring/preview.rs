//! A learner's view of a quiz or a case simulation in a draft, before it is published. A quiz
//! is drawn as one attempt would be (the same drawing as a learner's, so pools show a sample);
//! an item bank shows all its items; a case shows every node with its choices, linked to the
//! node each leads to, so an author can walk every path.

use crate::services::learning::text;
use crate::services::quizzes::shown;
use model::domain::case::{Case, NodeNext};
use model::domain::content::{render_markdown, Course, Localized, MemoryFiles};
use model::domain::quiz::{draw, FeedbackMode, Quiz, Selection};
use model::domain::Lang;
use model::wire::{
    CasePreview, FilePreview, PreviewChoice, PreviewEnding, PreviewNode, QuizPreview,
};

/// The preview of the file at `path`, when the draft loads and the file is a quiz, an item bank
/// or a case.
pub(crate) fn preview_of(
    course: &Course,
    files: &MemoryFiles,
    path: &str,
    lang: Lang,
) -> Option<FilePreview> {
    let default = course.default_language;
    let parsed: toml::Table = toml::from_str(files.get(path)?).ok()?;
    let t = |l: &Localized| text(l, lang, default).0;
    if path.ends_with(".quiz.toml") {
        let id = parsed.get("id")?.as_str()?;
        let quiz = course
            .modules
            .iter()
            .flat_map(|m| &m.quizzes)
            .find(|q| q.id == id)?;
        return quiz_preview(course, quiz, t(&quiz.title), lang);
    }
    if path.ends_with(".case.toml") {
        let id = parsed.get("id")?.as_str()?;
        let case = course
            .modules
            .iter()
            .flat_map(|m| &m.cases)
            .find(|c| c.id == id)?;
        return Some(FilePreview::Case(case_preview(case, lang, default)));
    }
    if path.starts_with("items/") {
        let ids: Vec<String> = parsed
            .get("items")?
            .as_array()?
            .iter()
            .filter_map(|i| i.get("id")?.as_str().map(str::to_string))
            .collect();
        let bank = Quiz {
            id: String::new(),
            title: Localized::new(),
            intro: Localized::new(),
            selection: Selection::Fixed(ids),
            pass_mark: 0,
            max_attempts: None,
            wait_minutes: 0,
            time_limit_minutes: None,
            feedback: FeedbackMode::default(),
            shuffle_items: false,
            shuffle_options: false,
        };
        return quiz_preview(course, &bank, path.to_string(), lang);
    }
    None
}

fn quiz_preview(course: &Course, quiz: &Quiz, title: String, lang: Lang) -> Option<FilePreview> {
    let placed = draw(quiz, &course.items, 1).ok()?;
    let items = placed
        .iter()
        .zip(1u32..)
        .filter_map(|(p, number)| {
            let item = course.items.iter().find(|i| i.id == p.item_id)?;
            Some(shown(item, p, number, lang, course.default_language))
        })
        .collect();
    Some(FilePreview::Quiz(QuizPreview { title, lang, items }))
}

fn case_preview(case: &Case, lang: Lang, default: Lang) -> CasePreview {
    let t = |l: &Localized| text(l, lang, default).0;
    CasePreview {
        title: t(&case.title),
        summary_html: render_markdown(&t(&case.summary)),
        start: case.start.clone(),
        nodes: case
            .nodes
            .iter()
            .map(|node| {
                let (choices, routes, ending) = match &node.next {
                    NodeNext::Choices(choices) => (
                        choices
                            .iter()
                            .map(|c| PreviewChoice {
                                text: t(&c.text),
                                next: c.next.clone(),
                                expert: c.expert,
                                conditional: c.when.is_some(),
                            })
                            .collect(),
                        Vec::new(),
                        None,
                    ),
                    NodeNext::Routes(routes) => (
                        Vec::new(),
                        routes.iter().map(|r| r.next.clone()).collect(),
                        None,
                    ),
                    NodeNext::Ending(e) => (
                        Vec::new(),
                        Vec::new(),
                        Some(PreviewEnding {
                            outcome: e.outcome.code().to_string(),
                            score: e.score,
                        }),
                    ),
                };
                PreviewNode {
                    id: node.id.clone(),
                    actor_name: case.names.get(&node.actor).cloned(),
                    html: render_markdown(&t(&node.text)),
                    documents: node
                        .documents
                        .iter()
                        .filter_map(|id| case.document(id))
                        .map(|d| t(&d.title))
                        .collect(),
                    choices,
                    routes,
                    ending,
                }
            })
            .collect(),
    }
}
