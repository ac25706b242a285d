//! A published version's files as a zip archive, laid out as a folder under `courses/`
//! (`<course-id>/course.toml`, …), and such an archive imported back as a new draft. What is
//! exported imports back byte for byte, so authors can work on the files offline and in Git.

use super::{editing::MAX_FILE_BYTES, require_author};
use crate::db::Pool;
use model::domain::content::assets::{asset_kind, check_asset, AssetProblem, MAX_ASSET_BYTES};
use model::domain::content::{course_path, MemoryFiles};
use model::error::AppError;
use model::wire::SessionUser;
use std::io::{Cursor, Read, Write};

/// The most files an imported archive may hold (the bundled programme has about 130).
pub const MAX_FILES: usize = 2000;
/// The most an imported archive's files may hold together once unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 20 * 1024 * 1024;

/// The files of version `version_no` of `course_id` as a zip archive, with its file name.
#[tracing::instrument(skip(pool, user))]
pub async fn export_version(
    pool: &Pool,
    user: &SessionUser,
    course_id: &str,
    version_no: i64,
) -> Result<(String, Vec<u8>), AppError> {
    require_author(user)?;
    let version_id = sqlx::query_scalar!(
        "SELECT id FROM course_versions WHERE course_id = $1 AND version_no = $2",
        course_id,
        version_no
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let files = super::version_files(&mut *pool.acquire().await?, version_id).await?;
    if files.is_empty() {
        return Err(AppError::NotFound);
    }
    let bytes = zip_files(course_id, &files).map_err(|e| {
        tracing::error!(error = %e, "the archive could not be written");
        AppError::Internal
    })?;
    Ok((format!("{course_id}-version-{version_no}.zip"), bytes))
}

fn zip_files(folder: &str, files: &MemoryFiles) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (path, content) in files.iter() {
        zip.start_file(format!("{folder}/{path}"), options)?;
        zip.write_all(content.as_bytes())?;
    }
    // Images and PDFs are compressed already.
    let stored = options.compression_method(zip::CompressionMethod::Stored);
    for (path, bytes) in files.assets() {
        zip.start_file(format!("{folder}/{path}"), stored)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// A file read from an archive.
enum Entry {
    Text(String),
    Asset(Vec<u8>),
}

/// Why an archive cannot be imported: the message key, and the file it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRefused {
    pub key: &'static str,
    pub file: Option<String>,
}

impl ImportRefused {
    fn new(key: &'static str, file: Option<&str>) -> Self {
        ImportRefused {
            key,
            file: file.map(str::to_string),
        }
    }
}

/// Reads a zip archive of a course folder. The files may sit at the top of the archive or in one
/// folder (as exported). Refuses anything but plain text files at plain paths, and archives that
/// unpack to more than the limits.
pub fn read_archive(bytes: &[u8]) -> Result<MemoryFiles, ImportRefused> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| ImportRefused::new("author-import-not-zip", None))?;
    if archive.len() > MAX_FILES {
        return Err(ImportRefused::new("author-import-too-big", None));
    }
    let mut entries = Vec::new();
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|_| ImportRefused::new("author-import-not-zip", None))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry
            .name()
            .map_err(|_| ImportRefused::new("author-import-bad-path", None))?
            .to_string();
        // Folders' metadata from macOS's archiver is not part of a course.
        if name.starts_with("__MACOSX/")
            || name.rsplit('/').next().is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        let mut content = Vec::new();
        let limit = MAX_FILE_BYTES.max(MAX_ASSET_BYTES) as u64 + 1;
        entry
            .by_ref()
            .take(limit)
            .read_to_end(&mut content)
            .map_err(|_| ImportRefused::new("author-import-not-zip", Some(&name)))?;
        unpacked += content.len() as u64;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(ImportRefused::new("author-import-too-big", None));
        }
        if asset_kind(&name).is_some() {
            check_asset(&name, &content).map_err(|p| {
                let key = match p {
                    AssetProblem::TooBig => "author-import-file-too-big",
                    _ => "author-import-bad-asset",
                };
                ImportRefused::new(key, Some(&name))
            })?;
            entries.push((name, Entry::Asset(content)));
            continue;
        }
        if content.len() > MAX_FILE_BYTES {
            return Err(ImportRefused::new(
                "author-import-file-too-big",
                Some(&name),
            ));
        }
        let text = String::from_utf8(content)
            .map_err(|_| ImportRefused::new("author-import-not-text", Some(&name)))?;
        entries.push((name, Entry::Text(text)));
    }
    // Files in one folder (`<course-id>/…`) are read as if that folder were the top.
    let top = entries
        .first()
        .and_then(|(name, _)| name.split_once('/'))
        .map(|(first, _)| format!("{first}/"));
    let strip = match &top {
        Some(top) => entries
            .iter()
            .all(|(name, _)| name.starts_with(top.as_str())),
        None => false,
    };
    let mut files = MemoryFiles::new();
    for (name, entry) in entries {
        let path = match (&top, strip) {
            (Some(top), true) => name[top.len()..].to_string(),
            _ => name,
        };
        let path = course_path(&path)
            .map_err(|_| ImportRefused::new("author-import-bad-path", Some(&path)))?;
        match entry {
            Entry::Text(text) => files.insert(path, text),
            Entry::Asset(bytes) => files.insert_asset(path, bytes),
        }
    }
    if files.get("course.toml").is_none() {
        return Err(ImportRefused::new("author-import-no-course", None));
    }
    Ok(files)
}

/// Imports `files` as a new draft of `course_id` (in place of all the files of its newest
/// version), ready to be checked, edited and reviewed like any draft. Returns the draft's id.
#[tracing::instrument(skip(pool, user, files), fields(files = files.len()))]
pub async fn import_as_draft(
    pool: &Pool,
    user: &SessionUser,
    course_id: &str,
    files: &MemoryFiles,
) -> Result<i64, AppError> {
    require_author(user)?;
    let declared = files
        .get("course.toml")
        .and_then(|t| toml::from_str::<toml::Table>(t).ok())
        .and_then(|t| t.get("id").and_then(|v| v.as_str()).map(str::to_string));
    if declared.is_some_and(|id| id != course_id) {
        return Err(AppError::field("archive", "author-error-course-id"));
    }
    let mut tx = crate::db::begin_write(pool).await?;
    let base = sqlx::query_scalar!(
        r#"SELECT id AS "id!" FROM course_versions WHERE course_id = $1 ORDER BY version_no DESC LIMIT 1"#,
        course_id
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::NotFound)?;
    let id = super::workflow::insert_draft(&mut tx, course_id, base, user.id).await?;
    for (path, content) in files.iter() {
        sqlx::query!(
            "INSERT INTO course_draft_files (draft_id, path, content) VALUES ($1, $2, $3)",
            id,
            path,
            content
        )
        .execute(&mut *tx)
        .await?;
    }
    for (path, bytes) in files.assets() {
        let sha = crate::services::catalogue::store_asset(&mut tx, path, bytes).await?;
        sqlx::query!(
            "INSERT INTO course_draft_assets (draft_id, path, sha256) VALUES ($1, $2, $3)",
            id,
            path,
            sha
        )
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query!(
        "INSERT INTO course_draft_editors (draft_id, user_id) VALUES ($1, $2)",
        id,
        user.id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(
        draft = id,
        course = course_id,
        "archive imported as a draft"
    );
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> MemoryFiles {
        [
            ("course.toml", "id = \"x\"\n"),
            ("m/module.toml", "id = \"m\"\n"),
            ("m/a.nb.md", "+++\ntitle = \"Å\"\n+++\nTekst\r\n"),
        ]
        .into_iter()
        .map(|(p, c)| (p.to_string(), c.to_string()))
        .collect()
    }

    #[test]
    fn an_exported_archive_reads_back_byte_for_byte() {
        let bytes = zip_files("x", &files()).unwrap();
        assert_eq!(read_archive(&bytes).unwrap(), files());
        let mut with_image = files();
        with_image.insert_asset("m/kart.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec());
        let bytes = zip_files("x", &with_image).unwrap();
        assert_eq!(read_archive(&bytes).unwrap(), with_image);
    }

    #[test]
    fn files_at_the_top_of_the_archive_are_read_too() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (path, content) in files().iter() {
            zip.start_file(path, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert_eq!(read_archive(&bytes).unwrap(), files());
    }

    fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn what_is_not_a_course_archive_is_refused_with_the_reason() {
        assert_eq!(
            read_archive(b"PK not really").unwrap_err().key,
            "author-import-not-zip"
        );
        let no_course = archive(&[("x/m/module.toml", b"id = 'm'")]);
        assert_eq!(
            read_archive(&no_course).unwrap_err().key,
            "author-import-no-course"
        );
        let binary = archive(&[
            ("course.toml", b"id = 'x'"),
            ("m/notes.docx", &[0xff, 0xd8, 0x00]),
        ]);
        let err = read_archive(&binary).unwrap_err();
        assert_eq!(
            (err.key, err.file.as_deref()),
            ("author-import-not-text", Some("m/notes.docx"))
        );
        // A JPEG named .png is not what it says.
        let renamed = archive(&[
            ("course.toml", b"id = 'x'"),
            ("m/img.png", &[0xff, 0xd8, 0xff, 0xe0]),
        ]);
        let err = read_archive(&renamed).unwrap_err();
        assert_eq!(
            (err.key, err.file.as_deref()),
            ("author-import-bad-asset", Some("m/img.png"))
        );
        let escape = archive(&[("course.toml", b"id = 'x'"), ("../evil.toml", b"x")]);
        assert_eq!(
            read_archive(&escape).unwrap_err().key,
            "author-import-bad-path"
        );
        let huge = vec![b'a'; MAX_FILE_BYTES + 1];
        let big = archive(&[("course.toml", b"id = 'x'"), ("m/a.nb.md", &huge)]);
        assert_eq!(
            read_archive(&big).unwrap_err().key,
            "author-import-file-too-big"
        );
    }
}
