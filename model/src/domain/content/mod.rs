//! Course content: the model, loading it from `courses/` files, validating it, and rendering
//! lesson Markdown to safe HTML. Pure (files in, values out): no Leptos, no sqlx.

pub mod assets;
mod case_files;
mod diff;
mod files;
pub mod form;
mod links;
mod loader;
mod markdown;
mod model;
mod problem;
mod quiz_files;

#[cfg(test)]
pub(crate) use case_files::case_from_toml;
pub use diff::line_diff;
pub use files::{course_path, BadPath, CourseFiles, DiskFiles, MemoryFiles};
pub use loader::{load_course, load_course_files, preview_lesson};
pub use markdown::render_markdown;
pub use model::{
    pick, Course, Lesson, LessonText, Localized, Manifest, ManifestCase, ManifestLesson,
    ManifestModule, ManifestQuiz, Module, PublishedLesson, PublishedLessonText, Source,
};
pub use problem::Problem;
