//! Course files on disk: finding them, checking them and publishing them.

use app::domain::content::{load_course, load_course_files, Course, MemoryFiles, Problem};
use app::server::services::catalogue::{self, PublishOutcome};
use sqlx::SqlitePool;
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
        match load_course(&dir) {
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
    #[error("cannot read the course files: {0}")]
    Unreadable(#[from] std::io::Error),
    #[error("database error while publishing: {0}")]
    Database(#[from] sqlx::Error),
}

/// Checks, then publishes every course under `root` with the files it was made from. Nothing
/// is published if any course has a problem; each course is published in its own transaction.
pub async fn publish_all(
    pool: &SqlitePool,
    root: &Path,
) -> Result<Vec<PublishOutcome>, PublishError> {
    check(root).map_err(PublishError::Invalid)?;
    let mut outcomes = Vec::new();
    for dir in course_dirs(root)? {
        // Read once into memory, so what is published is exactly what was checked and kept.
        let files = MemoryFiles::from_dir(&dir)?;
        let course = load_course_files(&files).map_err(PublishError::Invalid)?;
        outcomes.push(catalogue::publish(pool, &course, &files).await?);
    }
    Ok(outcomes)
}
