//! `/author/drafts/:draft/edit?path=…`: one file of a draft in the editor. The text in a text
//! area, the validator's problems with this file above it, and for a lesson a preview as the
//! learner will see it: of the saved text without JavaScript, live while typing with it.

use super::draft_form::StructuredForm;
use super::draft_preview::LearnerPreview;
use super::SignInFirst;
use crate::api::{draft_file_href, draft_href, get_draft_file, preview_lesson_text, SaveDraftFile};
use crate::components::form::{field_error, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::DraftFileView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::time::Duration;

/// How long typing pauses before the preview is brought up to date.
const PREVIEW_DELAY: Duration = Duration::from_millis(400);

#[component]
pub fn DraftEditPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let file = Resource::new(
        // `saved` (a digest of the saved text) is part of the key: after saving, the page reads
        // the file again instead of showing the text it had before.
        move || {
            let q = query.read();
            (
                params
                    .read()
                    .get("draft")
                    .and_then(|d| d.parse::<i64>().ok()),
                q.get("path").unwrap_or_default(),
                q.get("saved"),
            )
        },
        |(id, path, _saved)| async move {
            match id {
                Some(id) => get_draft_file(id, path).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let saved = move || query.read().get("saved").is_some();
    let as_text = move || query.read().get("view").as_deref() == Some("text");
    // What the form's plain post reported: a refusal (`form_error`), or fields left unsaved.
    let form_error = move || {
        query
            .read()
            .get("form_error")
            .filter(|k| k.starts_with("author-"))
    };
    let invalid = move || {
        query
            .read()
            .get("invalid")
            .map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match file.await {
                    Ok(f) => view! {
                        <Editor f saved=saved() as_text=as_text() form_error=form_error() invalid=invalid()/>
                    }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Editor(
    f: DraftFileView,
    saved: bool,
    as_text: bool,
    form_error: Option<String>,
    invalid: Vec<String>,
) -> impl IntoView {
    let t = use_i18n();
    let save = ServerAction::<SaveDraftFile>::new();
    let value = save.value();
    let content_error = field_error(value, "content");
    let is_lesson = f.preview_html.is_some();
    let preview = RwSignal::new((
        f.preview_title.clone(),
        f.preview_html.clone().unwrap_or_default(),
    ));
    let typed = StoredValue::new(0u64);
    let on_input = move |ev: leptos::ev::Event| {
        if !is_lesson {
            return;
        }
        let text = event_target_value(&ev);
        let seq = typed.get_value() + 1;
        typed.set_value(seq);
        set_timeout(
            move || {
                if typed.get_value() == seq {
                    leptos::task::spawn_local(async move {
                        if let Ok(p) = preview_lesson_text(text).await {
                            preview.set(p);
                        }
                    });
                }
            },
            PREVIEW_DELAY,
        );
    };
    let title = t.t_with("author-edit-title", &[("path", f.path.clone().into())]);
    let problems = f.problems.clone();
    let text_href = format!("{}&view=text", draft_file_href(f.draft_id, &f.path));
    let form_href = draft_file_href(f.draft_id, &f.path);
    let has_form = f.form.is_some();
    let side_preview = f.preview.clone();
    let form = f.form.clone().filter(|_| !as_text).map(|parts| {
        view! {
            <div class="editor-layout">
                <div>
                    <p class="hint" id="form-lead">{t.t("author-form-lead")} " " <A href=text_href attr:id="edit-as-text">{t.t("author-form-as-text")}</A></p>
                    <StructuredForm draft_id=f.draft_id path=f.path.clone() digest=f.digest.clone() parts can_edit=f.can_edit/>
                </div>
                {side_preview.map(|preview| view! { <LearnerPreview preview/> })}
            </div>
        }
    });
    let text_editor = form.is_none();
    // In the text view, a quiz's or a case's preview comes after the text.
    let preview_below = f
        .preview
        .clone()
        .filter(|_| text_editor)
        .map(|preview| view! { <LearnerPreview preview/> });
    view! {
        <Title text=title.clone()/>
        <article class="page" id="draft-editor">
            <p><A href=draft_href(f.draft_id)>{t.t_with("author-back-to-draft", &[("id", f.draft_id.into())])}</A></p>
            <h1>{title}</h1>
            {saved.then(|| view! { <p class="alert alert-success" role="status" id="file-saved">{t.t("author-saved")}</p> })}
            {form_error.map(|key| view! { <div class="alert alert-error" role="alert" id="form-error"><p>{t.t(&key)}</p></div> })}
            {(!invalid.is_empty()).then(|| view! {
                <div class="alert alert-error" role="alert" id="form-invalid">
                    <p>{t.t("author-form-invalid")}</p>
                    <ul>{invalid.into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}</ul>
                </div>
            })}
            {(!f.can_edit).then(|| view! { <p class="alert alert-info" role="note" id="read-only">{t.t("author-error-not-editable")}</p> })}
            {(!problems.is_empty()).then(|| view! {
                <section class="alert alert-error" aria-labelledby="file-problems-heading" id="file-problems">
                    <h2 id="file-problems-heading">{t.t_with("author-problems", &[("count", problems.len().into())])}</h2>
                    <ul>
                        {problems.iter().map(|p| view! {
                            <li>
                                {p.line.map(|l| format!("{} {l}: ", t.t("author-line")))}
                                {p.message.clone()} ". " <span class="hint">{p.hint.clone()}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {form}
            {(text_editor && has_form).then(|| view! { <p class="hint"><A href=form_href attr:id="edit-as-form">{t.t("author-form-as-form")}</A></p> })}
            {text_editor.then(|| view! {
            <div class="editor-layout">
                <ActionForm action=save attr:class="form editor-form" attr:id="edit-form">
                    <FormError value/>
                    <input type="hidden" name="id" value=f.draft_id/>
                    <input type="hidden" name="path" value=f.path.clone()/>
                    <div class="field" class:field-invalid=move || content_error.get().is_some()>
                        <label for="field-content">{t.t("author-content")}</label>
                        <p class="hint" id="field-content-hint">{if is_lesson { t.t("author-content-hint-lesson") } else { t.t("author-content-hint") }}</p>
                        {move || content_error.get().map(|e| view! { <p class="field-error" id="field-content-error">{e}</p> })}
                        <textarea id="field-content" name="content" rows="24" spellcheck="true" class="code-input"
                            readonly=!f.can_edit
                            aria-describedby=move || if content_error.get().is_some() { "field-content-hint field-content-error" } else { "field-content-hint" }
                            aria-invalid=move || content_error.get().is_some().then_some("true")
                            on:input=on_input
                        >{f.content.clone()}</textarea>
                    </div>
                    {f.can_edit.then(|| view! { <Submit label=t.t("author-save") id="save-file" pending=save.pending()/> })}
                </ActionForm>
                {is_lesson.then(|| view! {
                    <section class="panel lesson-preview" aria-labelledby="preview-heading" id="preview">
                        <h2 id="preview-heading">{t.t("author-preview")}</h2>
                        <p class="preview-title" id="preview-title">{move || preview.get().0.unwrap_or_default()}</p>
                        <div class="lesson-body prose" id="preview-body" inner_html=move || preview.get().1></div>
                    </section>
                })}
            </div>
            })}
            {preview_below}
        </article>
    }
}
