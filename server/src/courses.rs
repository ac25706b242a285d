//! Course files on disk: finding them, checking them and publishing them.

use app::domain::content::{load_course, load_course_files, Course, MemoryFiles, Problem};
use app::server::{Database, PublishOutcome};
use std::path::{Path, PathBuf};

/// The course folders under `root`: `root` itself if it holds a `course.toml`, otherwise each
/// sub-folder that does, in name order.
pub fn course_dirs(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    if root.join("course.toml").is_file() {
        return Ok(vec![root.to_path_buf()]);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("course.toml").is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Loads every course under `root`. All problems in all courses are reported together, with
/// paths relative to `root`.
pub fn check(root: &Path) -> Result<Vec<Course>, Vec<Problem>> {
    check_with(root, load_course)
}

/// Every course under `root` with the files it was loaded from, read once into memory, so what is
/// checked, published and kept is the same text.
fn load_with_files(root: &Path) -> Result<Vec<(Course, MemoryFiles)>, Vec<Problem>> {
    check_with(root, |dir| {
        let files = MemoryFiles::from_dir(dir).map_err(|e| {
            vec![Problem::new(
                "",
                format!("cannot read the course files: {e}"),
                "check that every file is UTF-8 text",
            )]
        })?;
        load_course_files(&files).map(|course| (course, files))
    })
}

/// [`check`] with `load` reading each course folder.
fn check_with<T>(
    root: &Path,
    load: impl Fn(&Path) -> Result<T, Vec<Problem>>,
) -> Result<Vec<T>, Vec<Problem>> {
    let dirs = match course_dirs(root) {
        Ok(dirs) if dirs.is_empty() => {
            return Err(vec![Problem::new(
                root,
                "no course found here",
                "point at a folder with a course.toml, or at a folder of such folders",
            )]);
        }
        Ok(dirs) => dirs,
        Err(e) => {
            return Err(vec![Problem::new(
                root,
                format!("cannot read the folder: {e}"),
                "check the path",
            )])
        }
    };
    let mut courses = Vec::new();
    let mut problems = Vec::new();
    for dir in dirs {
        let prefix = dir
            .strip_prefix(root)
            .unwrap_or(Path::new(""))
            .to_path_buf();
        match load(&dir) {
            Ok(course) => courses.push(course),
            Err(found) => problems.extend(found.into_iter().map(|mut p| {
                p.file = prefix.join(&p.file);
                p
            })),
        }
    }
    if problems.is_empty() {
        Ok(courses)
    } else {
        Err(problems)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("the courses have {} problem(s); run `server courses check` to see them", .0.len())]
    Invalid(Vec<Problem>),
    #[error("database error while publishing: {0}")]
    Database(#[from] sqlx::Error),
}

/// Checks, then publishes every course under `root` with the files it was made from. Nothing
/// is published if any course has a problem; each course is published in its own transaction.
pub async fn publish_all(db: &Database, root: &Path) -> Result<Vec<PublishOutcome>, PublishError> {
    let courses = load_with_files(root).map_err(PublishError::Invalid)?;
    let mut outcomes = Vec::with_capacity(courses.len());
    for (course, files) in &courses {
        let outcome = app::with_data!(db, |d, pool| {
            d::services::catalogue::publish(pool, course, files).await
        });
        outcomes.push(outcome?);
    }
    Ok(outcomes)
}
