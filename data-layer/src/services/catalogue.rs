//! Published courses: publishing a loaded course as an immutable version, and listing courses.

use crate::db::{Conn, Pool};
use crate::now;
use model::domain::content::assets::{asset_kind, kind_of_ext};
use model::domain::content::{pick, Course, Manifest, MemoryFiles};
use model::domain::Lang;
use model::error::AppError;
use model::wire::CourseCard;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

pub use platform::PublishOutcome;

/// The hash that identifies a course's content: same files, same hash.
pub fn content_hash(course: &Course) -> String {
    // The model serialises deterministically (ordered maps, ordered lists).
    let bytes = serde_json::to_vec(course).unwrap_or_default();
    hex::encode(Sha256::digest(bytes))
}

/// Publishes `course` as a new version in one transaction; publishing the same content again
/// changes nothing. `sources` are the files it was loaded from, kept with the version so authors
/// can start a draft from it.
#[tracing::instrument(skip(pool, course, sources), fields(course = %course.id))]
pub async fn publish(
    pool: &Pool,
    course: &Course,
    sources: &MemoryFiles,
) -> Result<PublishOutcome, sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    let outcome = publish_in(&mut tx, course, sources).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// [`publish`] inside the caller's transaction (approving a draft publishes it and closes the
/// draft in one transaction).
pub async fn publish_in(
    tx: &mut Conn,
    course: &Course,
    sources: &MemoryFiles,
) -> Result<PublishOutcome, sqlx::Error> {
    let hash = content_hash(course);
    let manifest =
        serde_json::to_string(&course.manifest()).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let lessons = course.published_lessons();
    let t = now();

    if let Some(row) = sqlx::query!(
        r#"SELECT id AS "id!", version_no,
                  EXISTS (SELECT 1 FROM course_version_files f WHERE f.course_version_id = v.id) AS "has_files!: bool"
           FROM course_versions v WHERE course_id = $1 AND content_hash = $2"#,
        course.id,
        hash
    )
    .fetch_optional(&mut *tx)
    .await?
    {
        // Versions published before sources were kept get them the next time their content
        // is published.
        if !row.has_files {
            store_sources(tx, row.id, sources).await?;
        }
        return Ok(PublishOutcome {
            course_id: course.id.clone(),
            version_no: row.version_no,
            version_id: row.id,
            created: false,
            lessons: lessons.len(),
        });
    }
    sqlx::query!(
        "INSERT INTO courses (id, created_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
        course.id,
        t
    )
    .execute(&mut *tx)
    .await?;
    let version_no: i64 = sqlx::query_scalar!(
        r#"SELECT COALESCE(MAX(version_no), 0) + 1 AS "n!: i64" FROM course_versions WHERE course_id = $1"#,
        course.id
    )
    .fetch_one(&mut *tx)
    .await?;
    let version_id = sqlx::query_scalar!(
        r#"INSERT INTO course_versions (course_id, version_no, content_hash, manifest, published_at)
           VALUES ($1, $2, $3, $4, $5) RETURNING id AS "id!""#,
        course.id,
        version_no,
        hash,
        manifest,
        t
    )
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO course_version_lineage (course_version_id, earlier_version_id) VALUES ($1, $2)",
        version_id,
        version_id
    )
    .execute(&mut *tx)
    .await?;
    for (position, lesson) in lessons.iter().enumerate() {
        let content =
            serde_json::to_string(&lesson.texts).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        let position = position as i64;
        let minutes = i64::from(lesson.minutes);
        sqlx::query!(
            "INSERT INTO lessons (course_version_id, lesson_id, module_id, position, minutes, content) VALUES ($1, $2, $3, $4, $5, $6)",
            version_id,
            lesson.id,
            lesson.module_id,
            position,
            minutes,
            content
        )
        .execute(&mut *tx)
        .await?;
    }
    for item in &course.items {
        let definition =
            serde_json::to_string(item).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        sqlx::query!(
            "INSERT INTO quiz_items (course_version_id, item_id, definition) VALUES ($1, $2, $3)",
            version_id,
            item.id,
            definition
        )
        .execute(&mut *tx)
        .await?;
    }
    for module in &course.modules {
        for quiz in &module.quizzes {
            let definition =
                serde_json::to_string(quiz).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
            sqlx::query!(
                "INSERT INTO quizzes (course_version_id, quiz_id, module_id, definition) VALUES ($1, $2, $3, $4)",
                version_id,
                quiz.id,
                module.id,
                definition
            )
            .execute(&mut *tx)
            .await?;
        }
        for case in &module.cases {
            let definition =
                serde_json::to_string(case).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
            sqlx::query!(
                "INSERT INTO cases (course_version_id, case_id, module_id, definition) VALUES ($1, $2, $3, $4)",
                version_id,
                case.id,
                module.id,
                definition
            )
            .execute(&mut *tx)
            .await?;
        }
    }
    store_sources(tx, version_id, sources).await?;
    Ok(PublishOutcome {
        course_id: course.id.clone(),
        version_no,
        version_id,
        created: true,
        lessons: lessons.len(),
    })
}

/// Publishes `version_id` as compatible with `earlier_id`: what learners did in `earlier_id`, and
/// in every version whose records count there, counts in `version_id` too, and every learner on
/// one of those versions moves to `version_id`, in the caller's transaction. Records keep the
/// version they were earned on. Returns how many learners moved.
pub async fn make_compatible(
    tx: &mut Conn,
    course_id: &str,
    version_id: i64,
    earlier_id: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query!(
        "INSERT INTO course_version_lineage (course_version_id, earlier_version_id)
         SELECT $1, earlier_version_id FROM course_version_lineage WHERE course_version_id = $2
         ON CONFLICT DO NOTHING",
        version_id,
        earlier_id
    )
    .execute(&mut *tx)
    .await?;
    let t = now();
    sqlx::query!(
        "INSERT INTO enrolment_moves (user_id, course_id, from_version_id, to_version_id, moved_at)
         SELECT user_id, course_id, course_version_id, $1, $2 FROM enrolments
         WHERE course_id = $3 AND course_version_id <> $4 AND course_version_id IN
               (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $5)",
        version_id,
        t,
        course_id,
        version_id,
        version_id
    )
    .execute(&mut *tx)
    .await?;
    let moved = sqlx::query!(
        "UPDATE enrolments SET course_version_id = $1
         WHERE course_id = $2 AND course_version_id <> $3 AND course_version_id IN
               (SELECT earlier_version_id FROM course_version_lineage WHERE course_version_id = $4)",
        version_id,
        course_id,
        version_id,
        version_id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    Ok(moved)
}

/// Stores an image or attachment once, by the SHA-256 of its bytes, inside the caller's
/// transaction. Returns the hash. `path` gives its kind (checked before it gets here).
pub(crate) async fn store_asset(
    tx: &mut Conn,
    path: &str,
    bytes: &[u8],
) -> Result<String, sqlx::Error> {
    let sha = hex::encode(Sha256::digest(bytes));
    let media_type = asset_kind(path).map_or("application/octet-stream", |k| k.media_type);
    let t = now();
    sqlx::query!(
        "INSERT INTO content_assets (sha256, media_type, bytes, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING",
        sha,
        media_type,
        bytes,
        t
    )
    .execute(&mut *tx)
    .await?;
    Ok(sha)
}

/// A stored image or attachment by its hash, with its media type, if `ext` is its kind's.
#[tracing::instrument(skip(pool))]
pub async fn asset(
    pool: &Pool,
    sha256: &str,
    ext: &str,
) -> Result<(&'static str, Vec<u8>), AppError> {
    let kind = kind_of_ext(ext).ok_or(AppError::NotFound)?;
    let row = sqlx::query!(
        "SELECT media_type, bytes FROM content_assets WHERE sha256 = $1",
        sha256
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    if row.media_type != kind.media_type {
        return Err(AppError::NotFound);
    }
    Ok((kind.media_type, row.bytes))
}

async fn store_sources(
    tx: &mut Conn,
    version_id: i64,
    sources: &MemoryFiles,
) -> Result<(), sqlx::Error> {
    for (path, bytes) in sources.assets() {
        let sha = store_asset(tx, path, bytes).await?;
        sqlx::query!(
            "INSERT INTO course_version_assets (course_version_id, path, sha256) VALUES ($1, $2, $3)",
            version_id,
            path,
            sha
        )
        .execute(&mut *tx)
        .await?;
    }
    for (path, content) in sources.iter() {
        sqlx::query!(
            "INSERT INTO course_version_files (course_version_id, path, content) VALUES ($1, $2, $3)",
            version_id,
            path,
            content
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// The newest published version of each course that is not withdrawn, for the front page.
#[tracing::instrument(skip(pool))]
pub async fn list_courses(pool: &Pool, lang: Lang) -> Result<Vec<CourseCard>, AppError> {
    let manifests = newest_manifests(pool).await?;
    let mut cards = Vec::with_capacity(manifests.len());
    for manifest in manifests {
        let (title, title_lang) = pick(&manifest.title, lang, manifest.default_language)
            .map(|(t, l)| (t.clone(), l))
            .unwrap_or_default();
        let summary = pick(&manifest.summary, title_lang, manifest.default_language)
            .map(|(s, _)| s.clone())
            .unwrap_or_default();
        let lessons = manifest.modules.iter().flat_map(|m| &m.lessons);
        cards.push(CourseCard {
            id: manifest.id.clone(),
            title,
            summary,
            lang: title_lang,
            modules: manifest.modules.len() as u32,
            lessons: lessons.clone().count() as u32,
            minutes: lessons.map(|l| l.minutes).sum(),
        });
    }
    Ok(cards)
}

/// The manifest of each course's newest version that is not withdrawn, by course id.
pub async fn newest_manifests(pool: &Pool) -> Result<Vec<Manifest>, AppError> {
    let rows = sqlx::query_scalar!(
        r#"SELECT v.manifest FROM course_versions v
           WHERE v.version_no = (SELECT MAX(version_no) FROM course_versions o WHERE o.course_id = v.course_id
                                 AND NOT EXISTS (SELECT 1 FROM course_version_withdrawals w WHERE w.course_version_id = o.id))
           ORDER BY v.course_id"#
    )
    .fetch_all(pool)
    .await?;
    rows.iter().map(|m| parse_manifest(m)).collect()
}

/// A published version's identity for caches: its course and content hash. A published version
/// never changes (the database refuses it), and a content hash names the same content in any
/// database, so what is derived from a version can be kept by this key for the life of the process.
pub type VersionKey = (String, String);

/// What is derived from published versions (parsed manifests, item banks), kept by [`VersionKey`]
/// for the life of the process. At most 64 entries are held; past that the cache starts again.
pub struct VersionCache<T>(LazyLock<Mutex<HashMap<VersionKey, Arc<T>>>>);

impl<T> VersionCache<T> {
    const KEPT: usize = 64;

    pub const fn new() -> Self {
        VersionCache(LazyLock::new(Default::default))
    }

    pub fn get(&self, key: &VersionKey) -> Option<Arc<T>> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
            .cloned()
    }

    /// Keeps `value` for `key` and hands it back.
    pub fn keep(&self, key: VersionKey, value: T) -> Arc<T> {
        let value = Arc::new(value);
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if kept.len() >= Self::KEPT {
            kept.clear();
        }
        kept.insert(key, value.clone());
        value
    }
}

impl<T> Default for VersionCache<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Manifests already parsed.
static MANIFESTS: VersionCache<Manifest> = VersionCache::new();

/// The key and the parsed manifest of published version `version_id`: one small query, and the
/// manifest itself read and parsed only the first time in the process.
pub async fn version_manifest(
    pool: &Pool,
    version_id: i64,
) -> Result<(VersionKey, Arc<Manifest>), AppError> {
    let version = sqlx::query!(
        "SELECT course_id, content_hash FROM course_versions WHERE id = $1",
        version_id
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let key = (version.course_id, version.content_hash);
    if let Some(manifest) = MANIFESTS.get(&key) {
        return Ok((key, manifest));
    }
    let json = sqlx::query_scalar!(
        "SELECT manifest FROM course_versions WHERE id = $1",
        version_id
    )
    .fetch_one(pool)
    .await?;
    let manifest = MANIFESTS.keep(key.clone(), parse_manifest(&json)?);
    Ok((key, manifest))
}

pub fn parse_manifest(json: &str) -> Result<Manifest, AppError> {
    serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "stored course manifest is unreadable");
        AppError::Internal
    })
}
