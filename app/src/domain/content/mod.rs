//! Course content: the model, loading it from `courses/` files, validating it, and rendering
//! lesson Markdown to safe HTML. Pure (files in, values out): no Leptos, no sqlx.

mod loader;
mod markdown;
mod model;
mod problem;
mod quiz_files;

pub use loader::load_course;
pub use markdown::render_markdown;
pub use model::{
    pick, Course, Lesson, LessonText, Localized, Manifest, ManifestLesson, ManifestModule,
    ManifestQuiz, Module, PublishedLesson, PublishedLessonText, Source,
};
pub use problem::Problem;
