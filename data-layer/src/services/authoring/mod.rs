//! Authoring in the browser: what authors see (courses with their versions and drafts, a draft
//! with its problems and changes, one file in the editor). Changing drafts is in [`workflow`].

pub mod editing;
mod preview;
pub mod transfer;
pub mod versions;
pub mod workflow;

use crate::db::{Conn, Pool};
use model::domain::content::assets::{asset_kind, asset_url};
use model::domain::content::{
    line_diff, load_course_files, pick, preview_lesson, Course, MemoryFiles, Problem,
};
use model::domain::Lang;
use model::error::AppError;
use model::wire::{
    AuthorCourse, AuthorVersion, ContentProblem, DiffLine, DraftAsset, DraftFile, DraftFileView,
    DraftState, DraftSummary, DraftView, FileDiff, Role, SessionUser,
};
use sha2::Digest;
use std::collections::{BTreeMap, BTreeSet};

/// Unchanged lines shown around each change in a diff.
const DIFF_CONTEXT: usize = 2;

/// Authors and platform administrators write content; everyone else is refused.
pub fn require_author(user: &SessionUser) -> Result<(), AppError> {
    if user
        .roles
        .iter()
        .any(|r| matches!(r, Role::Author | Role::PlatformAdmin))
    {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Every course with its versions and recent drafts.
#[tracing::instrument(skip(pool, user))]
pub async fn overview(
    pool: &Pool,
    user: &SessionUser,
    lang: Lang,
) -> Result<Vec<AuthorCourse>, AppError> {
    require_author(user)?;
    let versions = sqlx::query!(
        r#"SELECT course_id, version_no, published_at, manifest,
                  EXISTS (SELECT 1 FROM course_version_files f WHERE f.course_version_id = v.id) AS "has_sources!: bool",
                  EXISTS (SELECT 1 FROM course_version_withdrawals w WHERE w.course_version_id = v.id) AS "withdrawn!: bool",
                  (SELECT COUNT(*) FROM enrolments e WHERE e.course_version_id = v.id) AS "learners!: i64",
                  (SELECT MAX(o.version_no) FROM course_version_lineage l JOIN course_versions o ON o.id = l.earlier_version_id
                   WHERE l.course_version_id = v.id AND l.earlier_version_id <> v.id) AS "compatible_with?: i64"
           FROM course_versions v ORDER BY course_id, version_no DESC"#
    )
    .fetch_all(pool)
    .await?;
    let drafts = sqlx::query!(
        r#"SELECT d.id, d.course_id, d.state, b.version_no AS base_no, d.updated_at,
                  COALESCE(u.display_name, '') AS "created_by!: String", p.version_no AS "published_no?"
           FROM course_drafts d
           JOIN course_versions b ON b.id = d.base_version_id
           LEFT JOIN users u ON u.id = d.created_by
           LEFT JOIN course_versions p ON p.id = d.published_version_id
           ORDER BY d.id DESC"#
    )
    .fetch_all(pool)
    .await?;
    let mut courses: Vec<AuthorCourse> = Vec::new();
    for v in versions {
        if courses.last().is_none_or(|c| c.id != v.course_id) {
            let manifest = super::catalogue::parse_manifest(&v.manifest)?;
            let title = pick(&manifest.title, lang, manifest.default_language)
                .map(|(t, _)| t.clone())
                .unwrap_or_else(|| v.course_id.clone());
            courses.push(AuthorCourse {
                id: v.course_id.clone(),
                title,
                versions: Vec::new(),
                drafts: Vec::new(),
            });
        }
        if let Some(course) = courses.last_mut() {
            course.versions.push(AuthorVersion {
                version_no: v.version_no,
                published_at: v.published_at,
                has_sources: v.has_sources,
                withdrawn: v.withdrawn,
                learners: v.learners,
                compatible_with: v.compatible_with,
            });
        }
    }
    for d in drafts {
        let Some(course) = courses.iter_mut().find(|c| c.id == d.course_id) else {
            continue;
        };
        course.drafts.push(DraftSummary {
            id: d.id,
            state: state(&d.state)?,
            base_version_no: d.base_no,
            created_by: d.created_by,
            updated_at: d.updated_at,
            published_version_no: d.published_no,
        });
    }
    Ok(courses)
}

pub(crate) fn state(s: &str) -> Result<DraftState, AppError> {
    DraftState::parse(s).ok_or_else(|| {
        tracing::error!(state = s, "unknown draft state in the database");
        AppError::Internal
    })
}

/// A draft's row, as the workflow and the pages need it.
pub(crate) struct DraftRow {
    pub course_id: String,
    pub state: DraftState,
    pub base_version_id: i64,
    pub base_version_no: i64,
    pub created_by: String,
    pub submitted_by: Option<i64>,
    pub review_comment: Option<String>,
    pub published_version_no: Option<i64>,
    pub compatible: bool,
}

pub(crate) async fn draft_row(conn: &mut Conn, id: i64) -> Result<DraftRow, AppError> {
    let row = sqlx::query!(
        r#"SELECT d.course_id, d.state, d.base_version_id, b.version_no AS base_no,
                  COALESCE(u.display_name, '') AS "created_by!: String", d.submitted_by,
                  d.review_comment, p.version_no AS "published_no?", d.compatible <> 0 AS "compatible!: bool"
           FROM course_drafts d
           JOIN course_versions b ON b.id = d.base_version_id
           LEFT JOIN users u ON u.id = d.created_by
           LEFT JOIN course_versions p ON p.id = d.published_version_id
           WHERE d.id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(DraftRow {
        course_id: row.course_id,
        state: state(&row.state)?,
        base_version_id: row.base_version_id,
        base_version_no: row.base_no,
        created_by: row.created_by,
        submitted_by: row.submitted_by,
        review_comment: row.review_comment,
        published_version_no: row.published_no,
        compatible: row.compatible,
    })
}

/// A draft's files, images and attachments included.
pub(crate) async fn draft_files(conn: &mut Conn, id: i64) -> Result<MemoryFiles, AppError> {
    let mut files: MemoryFiles = sqlx::query!(
        "SELECT path, content FROM course_draft_files WHERE draft_id = $1",
        id
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| (r.path, r.content))
    .collect();
    for r in sqlx::query!(
        "SELECT a.path, c.bytes FROM course_draft_assets a JOIN content_assets c ON c.sha256 = a.sha256
         WHERE a.draft_id = $1",
        id
    )
    .fetch_all(&mut *conn)
    .await?
    {
        files.insert_asset(r.path, r.bytes);
    }
    Ok(files)
}

/// A published version's files, images and attachments included.
pub(crate) async fn version_files(
    conn: &mut Conn,
    version_id: i64,
) -> Result<MemoryFiles, AppError> {
    let mut files: MemoryFiles = sqlx::query!(
        "SELECT path, content FROM course_version_files WHERE course_version_id = $1",
        version_id
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| (r.path, r.content))
    .collect();
    for r in sqlx::query!(
        "SELECT a.path, c.bytes FROM course_version_assets a JOIN content_assets c ON c.sha256 = a.sha256
         WHERE a.course_version_id = $1",
        version_id
    )
    .fetch_all(&mut *conn)
    .await?
    {
        files.insert_asset(r.path, r.bytes);
    }
    Ok(files)
}

/// The ids of everyone who changed the draft.
pub(crate) async fn editors(conn: &mut Conn, id: i64) -> Result<Vec<i64>, AppError> {
    Ok(sqlx::query_scalar!(
        "SELECT user_id FROM course_draft_editors WHERE draft_id = $1 ORDER BY user_id",
        id
    )
    .fetch_all(&mut *conn)
    .await?)
}

/// The validator's findings for a set of files (none when the course loads).
pub(crate) fn problems_of(files: &MemoryFiles) -> Vec<ContentProblem> {
    checked(files).1
}

/// The course the files make, or the validator's findings.
fn checked(files: &MemoryFiles) -> (Option<Course>, Vec<ContentProblem>) {
    match load_course_files(files) {
        Ok(course) => (Some(course), Vec::new()),
        Err(found) => (None, found.iter().map(problem_view).collect()),
    }
}

/// Whether the published version `version_id` lets one author publish alone.
pub(crate) async fn base_waives_review(conn: &mut Conn, version_id: i64) -> Result<bool, AppError> {
    let manifest = sqlx::query_scalar!(
        "SELECT manifest FROM course_versions WHERE id = $1",
        version_id
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(!super::catalogue::parse_manifest(&manifest)?.second_author)
}

fn problem_view(p: &Problem) -> ContentProblem {
    ContentProblem {
        file: p
            .file
            .components()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .collect::<Vec<_>>()
            .join("/"),
        line: p.line.and_then(|l| u32::try_from(l).ok()),
        message: p.message.clone(),
        hint: p.hint.clone(),
    }
}

/// A draft with its files, the validator's problems and what changed since its version.
#[tracing::instrument(skip(pool, user))]
pub async fn draft(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    lang: Lang,
) -> Result<DraftView, AppError> {
    require_author(user)?;
    let mut conn = pool.acquire().await?;
    let row = draft_row(&mut conn, id).await?;
    let files = draft_files(&mut conn, id).await?;
    let base = version_files(&mut conn, row.base_version_id).await?;
    let editor_rows = sqlx::query!(
        "SELECT e.user_id, u.display_name FROM course_draft_editors e JOIN users u ON u.id = e.user_id
         WHERE e.draft_id = $1 ORDER BY e.user_id",
        id
    )
    .fetch_all(&mut *conn)
    .await?;
    let editor_ids: Vec<i64> = editor_rows.iter().map(|r| r.user_id).collect();
    let editor_names: Vec<String> = editor_rows.into_iter().map(|r| r.display_name).collect();
    let course_title = course_title(&mut conn, row.base_version_id, lang).await?;
    let (course, problems) = checked(&files);
    // One author may publish alone only when both the version it started from and the draft
    // itself say so.
    let review_waived = base_waives_review(&mut conn, row.base_version_id).await?
        && course.is_some_and(|c| !c.second_author);
    let mut per_file: BTreeMap<&str, u32> = BTreeMap::new();
    for p in &problems {
        *per_file.entry(p.file.as_str()).or_default() += 1;
    }
    let diffs = diff_files(&base, &files);
    let file_list = files
        .iter()
        .map(|(path, _)| DraftFile {
            path: path.to_string(),
            changed: diffs.iter().any(|d| d.path == path),
            problems: per_file.get(path).copied().unwrap_or(0),
        })
        .collect();
    let learners_on_base = sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!: i64" FROM enrolments
           WHERE course_version_id IN (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $1)"#,
        row.base_version_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let assets = sqlx::query!(
        r#"SELECT a.path, a.sha256, CAST(LENGTH(c.bytes) AS BIGINT) AS "bytes!: i64" FROM course_draft_assets a
           JOIN content_assets c ON c.sha256 = a.sha256 WHERE a.draft_id = $1 ORDER BY a.path"#,
        id
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .filter_map(|r| {
        let kind = asset_kind(&r.path)?;
        Some(DraftAsset {
            url: asset_url(&r.sha256, kind),
            path: r.path,
            bytes: r.bytes,
            image: kind.image,
        })
    })
    .collect();
    let folders = files
        .iter()
        .filter_map(|(path, _)| path.strip_suffix("/module.toml"))
        .filter(|folder| !folder.contains('/'))
        .map(str::to_string)
        .collect();
    let edited_by_you = editor_ids.contains(&user.id) || row.submitted_by == Some(user.id);
    let in_review = row.state == DraftState::InReview;
    Ok(DraftView {
        id,
        course_id: row.course_id,
        course_title,
        state: row.state,
        base_version_no: row.base_version_no,
        published_version_no: row.published_version_no,
        created_by: row.created_by,
        editors: editor_names,
        review_comment: row.review_comment,
        can_edit: row.state == DraftState::Draft,
        can_submit: row.state == DraftState::Draft && problems.is_empty() && !diffs.is_empty(),
        can_review: in_review && (!edited_by_you || review_waived),
        needs_other_reviewer: in_review && edited_by_you && !review_waived,
        review_waived,
        compatible: row.compatible,
        learners_on_base,
        assets,
        folders,
        files: file_list,
        problems,
        diffs,
    })
}

/// What changed from `old` to `new`, file by file (added and removed files included).
pub(crate) fn diff_files(old: &MemoryFiles, new: &MemoryFiles) -> Vec<FileDiff> {
    let paths: BTreeSet<&str> = new
        .iter()
        .map(|(p, _)| p)
        .chain(old.iter().map(|(p, _)| p))
        .collect();
    paths
        .into_iter()
        .filter_map(|path| {
            let lines = line_diff(
                old.get(path).unwrap_or_default(),
                new.get(path).unwrap_or_default(),
                DIFF_CONTEXT,
            );
            (!lines.is_empty() || old.get(path).is_none() != new.get(path).is_none()).then(|| {
                FileDiff {
                    path: path.to_string(),
                    lines,
                }
            })
        })
        .chain(asset_diffs(old, new))
        .collect()
}

/// Images and attachments added, replaced or removed, each as one line saying so (with its size
/// and a digest, so a replacement shows).
fn asset_diffs(old: &MemoryFiles, new: &MemoryFiles) -> Vec<FileDiff> {
    let describe = |bytes: &[u8]| {
        let digest = hex::encode(&sha2::Sha256::digest(bytes)[..4]);
        format!("({} KB, {digest})", bytes.len().div_ceil(1024))
    };
    let old: BTreeMap<&str, &[u8]> = old.assets().collect();
    let new: BTreeMap<&str, &[u8]> = new.assets().collect();
    let paths: BTreeSet<&str> = old.keys().chain(new.keys()).copied().collect();
    paths
        .into_iter()
        .filter(|p| old.get(p) != new.get(p))
        .map(|path| {
            let mut lines = Vec::new();
            if let Some(bytes) = old.get(path) {
                lines.push(DiffLine::Removed(describe(bytes)));
            }
            if let Some(bytes) = new.get(path) {
                lines.push(DiffLine::Added(describe(bytes)));
            }
            FileDiff {
                path: path.to_string(),
                lines,
            }
        })
        .collect()
}

pub(crate) async fn course_title(
    conn: &mut Conn,
    version_id: i64,
    lang: Lang,
) -> Result<String, AppError> {
    let manifest = sqlx::query_scalar!(
        "SELECT manifest FROM course_versions WHERE id = $1",
        version_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let manifest = super::catalogue::parse_manifest(&manifest)?;
    Ok(pick(&manifest.title, lang, manifest.default_language)
        .map(|(t, _)| t.clone())
        .unwrap_or(manifest.id))
}

/// One file of a draft, for the editor: its text, a learner's preview of a lesson, and the
/// problems found in it.
#[tracing::instrument(skip(pool, user))]
pub async fn draft_file(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    path: &str,
    lang: Lang,
) -> Result<DraftFileView, AppError> {
    require_author(user)?;
    let mut conn = pool.acquire().await?;
    let row = draft_row(&mut conn, id).await?;
    let files = draft_files(&mut conn, id).await?;
    let content = files.get(path).ok_or(AppError::NotFound)?.to_string();
    let form = if path.ends_with(".toml") {
        model::domain::content::form::form_of(&content)
    } else {
        None
    };
    let (preview_title, preview_html) = if path.ends_with(".md") {
        let (title, html) = preview_lesson(&content);
        (title, Some(html))
    } else {
        (None, None)
    };
    let (course, problems) = checked(&files);
    let problems = problems.into_iter().filter(|p| p.file == path).collect();
    let preview = course.and_then(|c| preview::preview_of(&c, &files, path, lang));
    Ok(DraftFileView {
        draft_id: id,
        course_id: row.course_id,
        state: row.state,
        path: path.to_string(),
        digest: editing::digest(&content),
        content,
        form,
        preview_title,
        preview_html,
        preview,
        problems,
        can_edit: row.state == DraftState::Draft,
    })
}
