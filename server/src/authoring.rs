//! Course versions as zip archives, for authors: download a version's files, and upload an
//! archive (edited offline or in Git) as a new draft. The upload is a plain form post, so it
//! works without JavaScript; a refused archive comes back to the authors' page with the reason.
//! And the structured files' forms, which are plain form posts too.

use crate::credentials::{attachment, error};
use app::api::{draft_file_href, group_anchor};
use app::domain::content::form::FormAction;
use app::error::AppError;
use app::pages::urlencode;
use app::server::auth::RequestContext;
use app::server::AppState;
use axum::extract::{Form, Multipart, Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;

fn sign_in_first() -> Response {
    Redirect::to("/sign-in?next=%2Fauthor").into_response()
}

/// `GET /author/courses/{course}/versions/{version}/files.zip`
pub async fn export(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path((course, version)): Path<(String, String)>,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return sign_in_first();
    };
    let Ok(version_no) = version.parse::<i64>() else {
        return error(AppError::NotFound, &ctx);
    };
    match app::with_data!(state.db, |d, pool| {
        d::services::authoring::transfer::export_version(pool, &user, &course, version_no).await
    }) {
        Ok((name, body)) => attachment(body, "application/zip", name),
        Err(e) => error(e, &ctx),
    }
}

/// `POST /author/courses/{course}/import` (multipart, the archive in the field `archive`).
pub async fn import(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(course): Path<String>,
    mut form: Multipart,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return sign_in_first();
    };
    if let Err(e) = app::with_data!(state.db, |d| d::services::authoring::require_author(&user)) {
        return error(e, &ctx);
    }
    let refused = |key: &str, file: Option<&str>| {
        let file = file
            .map(|f| format!("&file={}", app::pages::urlencode(f)))
            .unwrap_or_default();
        Redirect::to(&format!(
            "/author?import_error={key}{file}#course-{}",
            app::pages::urlencode(&course)
        ))
        .into_response()
    };
    let mut archive = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("archive") => {
                match field.bytes().await {
                    Ok(bytes) => archive = Some(bytes),
                    Err(_) => return refused("author-import-too-big", None),
                }
                break;
            }
            Ok(Some(_)) => continue,
            Ok(None) => break,
            Err(_) => return refused("author-import-not-zip", None),
        }
    }
    let Some(bytes) = archive.filter(|b| !b.is_empty()) else {
        return refused("author-import-missing", None);
    };
    let files = match app::with_data!(state.db, |d| {
        d::services::authoring::transfer::read_archive(&bytes).map_err(|r| (r.key, r.file))
    }) {
        Ok(files) => files,
        Err((key, file)) => return refused(key, file.as_deref()),
    };
    match app::with_data!(state.db, |d, pool| {
        d::services::authoring::transfer::import_as_draft(pool, &user, &course, &files).await
    }) {
        Ok(id) => Redirect::to(&format!("/author/drafts/{id}")).into_response(),
        Err(AppError::Invalid(fields)) => {
            let key = fields.first().map(|f| f.key.clone()).unwrap_or_default();
            refused(&key, None)
        }
        Err(e) => error(e, &ctx),
    }
}

/// `POST /author/drafts/{id}/form`: a structured file saved from its form (a plain form post,
/// so it works without JavaScript). The fields are named `f:<path in the file>`; `base` is the
/// digest of the text the form was made from; `action` is `save`, `add:<list>` or
/// `remove:<entry>`. Comes back to the editor, at the new entry after an addition.
pub async fn save_form(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<String>,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return sign_in_first();
    };
    let Ok(id) = id.parse::<i64>() else {
        return error(AppError::NotFound, &ctx);
    };
    let value = |name: &str| {
        posted
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let path = value("path").unwrap_or_default().to_string();
    let base = value("base").unwrap_or_default();
    let Some(action) = value("action").and_then(FormAction::parse) else {
        return error(AppError::field("action", "author-error-no-entry"), &ctx);
    };
    let fields: Vec<(String, String)> = posted
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("f:")?.to_string(), v.clone())))
        .collect();
    let editor = draft_file_href(id, &path);
    match app::with_data!(state.db, |d, pool| {
        d::services::authoring::editing::save_form(pool, &user, id, &path, base, &fields, &action)
            .await
    }) {
        Ok(saved) => {
            let invalid = if saved.invalid.is_empty() {
                String::new()
            } else {
                format!("&invalid={}", urlencode(&saved.invalid.join(",")))
            };
            let anchor = saved
                .focus
                .map(|p| format!("#{}", group_anchor(&p)))
                .unwrap_or_default();
            Redirect::to(&format!("{editor}&saved={}{invalid}{anchor}", saved.saved))
                .into_response()
        }
        Err(AppError::Invalid(fields)) => {
            let key = fields.first().map(|f| f.key.clone()).unwrap_or_default();
            Redirect::to(&format!("{editor}&form_error={key}")).into_response()
        }
        Err(e) => error(e, &ctx),
    }
}

/// `POST /author/drafts/{id}/assets` (multipart: `folder`, and the image or PDF in `file`): adds
/// it to the draft beside the folder's lessons. A plain form post, so it works without
/// JavaScript; comes back to the draft with what was saved, or why not.
pub async fn upload_asset(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<i64>,
    mut form: Multipart,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return sign_in_first();
    };
    let back = |query: String| {
        Redirect::to(&format!("/author/drafts/{id}?{query}#assets")).into_response()
    };
    let refused = |key: &str| back(format!("asset_error={key}"));
    let (mut folder, mut file) = (String::new(), None);
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("folder") => {
                folder = field.text().await.unwrap_or_default();
            }
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or_default().to_string();
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes)),
                    Err(_) => return refused("author-error-asset-too-big"),
                }
            }
            Ok(Some(_)) => continue,
            Ok(None) => break,
            Err(_) => return refused("author-error-asset-too-big"),
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return refused("author-error-asset-missing");
    };
    match app::with_data!(state.db, |d, pool| {
        d::services::authoring::editing::save_asset(pool, &user, id, &folder, &name, &bytes).await
    }) {
        Ok(path) => back(format!("uploaded={}", urlencode(&path))),
        Err(AppError::Invalid(fields)) => {
            let key = fields.first().map(|f| f.key.clone()).unwrap_or_default();
            refused(&key)
        }
        Err(e) => error(e, &ctx),
    }
}

/// `GET /content/{sha256}.{ext}`: an image or attachment of a lesson. Stored by the hash of its
/// bytes, so the address never changes what it serves, and a browser may keep it for good.
pub async fn content(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(file): Path<String>,
) -> Response {
    let Some((sha, ext)) = file.split_once('.') else {
        return error(AppError::NotFound, &ctx);
    };
    if sha.len() != 64
        || !sha
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return error(AppError::NotFound, &ctx);
    }
    match app::with_data!(state.db, |d, pool| {
        d::services::catalogue::asset(pool, sha, ext).await
    }) {
        Ok((media_type, bytes)) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(media_type)),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=31536000, immutable"),
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => error(e, &ctx),
    }
}
