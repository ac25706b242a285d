//! Changing a draft's files: saving a file as text, saving a structured file from its form, and
//! adding a new file. Only while the draft is being edited; every save records its author, so
//! that the author cannot approve the draft (four eyes).

use super::{draft_row, require_author};
use crate::db::{Conn, Pool};
use crate::now;
use model::domain::content::assets::{check_asset, AssetProblem};
use model::domain::content::course_path;
use model::domain::content::form::{self, FormAction, FormProblem};
use model::error::AppError;
use model::wire::SessionUser;
pub use platform::outcomes::FormSaved;
use sha2::{Digest, Sha256};

/// The largest file the editor accepts (the longest bundled lesson is about 8 KB).
pub const MAX_FILE_BYTES: usize = 200_000;

/// Saves one file of a draft (a new path adds a file). Only while the draft is being edited.
/// Returns a short digest of what was saved, which the editor's address carries so that a page
/// showing an older text is never taken for the saved one.
#[tracing::instrument(skip(pool, user, content), fields(bytes = content.len()))]
pub async fn save_file(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    path: &str,
    content: &str,
) -> Result<String, AppError> {
    save_checked(pool, user, id, path, content, None).await
}

/// A short digest of a file's text, to tell one saved text from another.
pub fn digest(content: &str) -> String {
    hex::encode(&Sha256::digest(content.as_bytes())[..4])
}

/// Saves a file; with `expected`, only if the saved text still has that digest (the form was
/// made from it), so that a form never writes old values over another author's save.
async fn save_checked(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    path: &str,
    content: &str,
    expected: Option<&str>,
) -> Result<String, AppError> {
    require_author(user)?;
    let path = course_path(path).map_err(|_| AppError::field("path", "author-error-path"))?;
    if content.len() > MAX_FILE_BYTES {
        return Err(AppError::field("content", "author-error-too-long"));
    }
    // Browsers send a text area's lines with CR LF; the files use LF.
    let content = content.replace("\r\n", "\n");
    let mut tx = crate::db::begin_write(pool).await?;
    editable(&mut tx, id, "content").await?;
    if let Some(expected) = expected {
        let current = sqlx::query_scalar!(
            "SELECT content FROM course_draft_files WHERE draft_id = $1 AND path = $2",
            id,
            path
        )
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound)?;
        if digest(&current) != expected {
            return Err(AppError::field("content", "author-error-stale"));
        }
    }
    sqlx::query!(
        "INSERT INTO course_draft_files (draft_id, path, content) VALUES ($1, $2, $3)
         ON CONFLICT (draft_id, path) DO UPDATE SET content = excluded.content",
        id,
        path,
        content
    )
    .execute(&mut *tx)
    .await?;
    add_editor(&mut tx, id, user.id).await?;
    tx.commit().await?;
    Ok(digest(&content))
}

/// Saves a structured file from its form (see [`model::domain::content::form`]): the fields
/// that changed are written into the text the form was made from (`base`, its digest), then the
/// form's action (add or remove an entry) is done.
#[tracing::instrument(skip(pool, user, fields))]
pub async fn save_form(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    path: &str,
    base: &str,
    fields: &[(String, String)],
    action: &FormAction,
) -> Result<FormSaved, AppError> {
    require_author(user)?;
    let current = sqlx::query_scalar!(
        "SELECT content FROM course_draft_files WHERE draft_id = $1 AND path = $2",
        id,
        path
    )
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    if digest(&current) != base {
        return Err(AppError::field("content", "author-error-stale"));
    }
    let applied = form::apply(&current, fields, action).map_err(|p| match p {
        FormProblem::NotToml => AppError::field("content", "author-error-not-toml"),
        FormProblem::NoSuchEntry => AppError::field("content", "author-error-no-entry"),
    })?;
    let saved = if applied.text == current {
        base.to_string()
    } else {
        save_checked(pool, user, id, path, &applied.text, Some(base)).await?
    };
    Ok(FormSaved {
        saved,
        invalid: applied.invalid,
        focus: applied.focus,
    })
}

/// Adds an empty file to a draft, with the skeleton of its kind (a lesson's front matter). A
/// file that already exists is refused, so nothing is overwritten.
#[tracing::instrument(skip(pool, user))]
pub async fn create_file(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    path: &str,
) -> Result<String, AppError> {
    require_author(user)?;
    let path =
        course_path(path.trim()).map_err(|_| AppError::field("path", "author-error-path"))?;
    let exists = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM course_draft_files WHERE draft_id = $1 AND path = $2) AS "e!: bool""#,
        id,
        path
    )
    .fetch_one(pool)
    .await?;
    if exists {
        return Err(AppError::field("path", "author-error-exists"));
    }
    let skeleton = skeleton(&path);
    save_file(pool, user, id, &path, skeleton).await?;
    Ok(path)
}

/// What a new file starts with, by its kind, so that a structured one opens in its form with the
/// fields to fill in (the checker then says what is still missing).
fn skeleton(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or_default();
    if name.ends_with(".md") {
        "+++\ntitle = \"\"\nobjectives = []\nsources = []\n+++\n\n"
    } else if name == "module.toml" {
        "id = \"\"\nquizzes = []\ncases = []\ntitle = { nb = \"\" }\nsummary = { nb = \"\" }\n\n[[lessons]]\nid = \"\"\nminutes = 10\n"
    } else if name.ends_with(".quiz.toml") {
        "id = \"\"\ntitle = { nb = \"\" }\npass_mark = 80\nitems = []\n"
    } else {
        ""
    }
}

/// A name a file beside a lesson can have, made from an uploaded file's own name: lower case,
/// spaces as `-`, only letters, digits, `-`, `_` and `.` (`Kart over NAV.PNG` → `kart-over-nav.png`).
pub fn asset_name(uploaded: &str) -> Option<String> {
    let base = uploaded.rsplit(['/', '\\']).next().unwrap_or_default();
    let name: String = base
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    let name = name.trim_start_matches('.').to_string();
    (!name.is_empty() && name.len() <= 100).then_some(name)
}

/// Adds an image or attachment to a draft (or replaces the one at that path): `folder` is a
/// module's folder, `file_name` the uploaded file's own name. Only while the draft is being
/// edited. Returns the path it was saved at.
#[tracing::instrument(skip(pool, user, bytes), fields(bytes = bytes.len()))]
pub async fn save_asset(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    folder: &str,
    file_name: &str,
    bytes: &[u8],
) -> Result<String, AppError> {
    require_author(user)?;
    let name =
        asset_name(file_name).ok_or_else(|| AppError::field("file", "author-error-asset-kind"))?;
    let path = course_path(&format!("{}/{name}", folder.trim()))
        .map_err(|_| AppError::field("folder", "author-error-path"))?;
    if path.split('/').count() != 2 {
        return Err(AppError::field("folder", "author-error-path"));
    }
    check_asset(&path, bytes).map_err(|p| {
        AppError::field(
            "file",
            match p {
                AssetProblem::Kind => "author-error-asset-kind",
                AssetProblem::TooBig => "author-error-asset-too-big",
                AssetProblem::NotWhatItSays => "author-error-asset-not-what-it-says",
            },
        )
    })?;
    let mut tx = crate::db::begin_write(pool).await?;
    editable(&mut tx, id, "file").await?;
    let sha = crate::services::catalogue::store_asset(&mut tx, &path, bytes).await?;
    sqlx::query!(
        "INSERT INTO course_draft_assets (draft_id, path, sha256) VALUES ($1, $2, $3)
         ON CONFLICT (draft_id, path) DO UPDATE SET sha256 = excluded.sha256",
        id,
        path,
        sha
    )
    .execute(&mut *tx)
    .await?;
    add_editor(&mut tx, id, user.id).await?;
    tx.commit().await?;
    tracing::info!(draft = id, %path, "file added to a draft");
    Ok(path)
}

/// Removes an image or attachment from a draft. Only while the draft is being edited.
#[tracing::instrument(skip(pool, user))]
pub async fn remove_asset(
    pool: &Pool,
    user: &SessionUser,
    id: i64,
    path: &str,
) -> Result<(), AppError> {
    require_author(user)?;
    let mut tx = crate::db::begin_write(pool).await?;
    editable(&mut tx, id, "path").await?;
    let removed = sqlx::query!(
        "DELETE FROM course_draft_assets WHERE draft_id = $1 AND path = $2",
        id,
        path
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    add_editor(&mut tx, id, user.id).await?;
    tx.commit().await?;
    Ok(())
}

/// Marks the draft changed now; refuses (on `field`) a draft that is not being edited.
async fn editable(tx: &mut Conn, id: i64, field: &str) -> Result<(), AppError> {
    let t = now();
    let changed = sqlx::query!(
        "UPDATE course_drafts SET updated_at = $1 WHERE id = $2 AND state = 'draft'",
        t,
        id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        draft_row(tx, id).await?;
        return Err(AppError::field(field, "author-error-not-editable"));
    }
    Ok(())
}

async fn add_editor(tx: &mut Conn, id: i64, user_id: i64) -> Result<(), AppError> {
    sqlx::query!(
        "INSERT INTO course_draft_editors (draft_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        id,
        user_id
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod asset_tests {
    use super::asset_name;

    #[test]
    fn uploaded_names_become_plain_file_names() {
        assert_eq!(
            asset_name("Kart over NAV.PNG").as_deref(),
            Some("kart-over-nav.png")
        );
        assert_eq!(
            asset_name("C:\\Users\\x\\Møte plan.pdf").as_deref(),
            Some("mte-plan.pdf")
        );
        assert_eq!(
            asset_name("../../.hidden.png").as_deref(),
            Some("hidden.png")
        );
        assert_eq!(asset_name("   "), None);
    }
}
