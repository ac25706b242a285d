//! The form for a structured file of a draft (course, module, quiz, item bank, case): one group
//! of fields per table and per entry of a list, a field per language for texts, buttons that
//! add and remove entries. A plain form post to `/author/drafts/:draft/form`, so it works with
//! and without JavaScript; the server writes back only what changed.

use crate::api::group_anchor;
use crate::domain::Lang;
use crate::i18n::use_i18n;
use crate::wire::{FieldKind, FormField, FormGroup, FormPart};
use leptos::prelude::*;

/// The element id of a field.
fn field_id(path: &str) -> String {
    format!("ff-{}", path.replace('/', "--"))
}

#[component]
pub fn StructuredForm(
    draft_id: i64,
    path: String,
    digest: String,
    parts: Vec<FormPart>,
    can_edit: bool,
) -> impl IntoView {
    let t = use_i18n();
    let file = path.clone();
    view! {
        <form method="post" action=format!("/author/drafts/{draft_id}/form") class="structured-form" id="structured-form">
            // Enter in a field submits with the form's first button: this one saves, so it is
            // never an "add" or "remove" further down.
            <button type="submit" name="action" value="save" class="visually-hidden" tabindex="-1" aria-hidden="true">{t.t("author-save")}</button>
            <input type="hidden" name="path" value=path/>
            <input type="hidden" name="base" value=digest/>
            {parts.into_iter().map(|part| match part {
                FormPart::Group(g) => view! { <Group g can_edit file=file.clone()/> }.into_any(),
                FormPart::Add { path, key, depth } => can_edit.then(|| view! {
                    <p class="add-entry" style=format!("--depth: {depth}")>
                        <button type="submit" name="action" value=format!("add:{path}") class="button" id=format!("add-{}", group_anchor(&path))>
                            {t.t_with("author-form-add", &[("list", key.into())])}
                        </button>
                    </p>
                }).into_any(),
            }).collect_view()}
            {can_edit.then(|| view! {
                <p class="form-actions">
                    <button type="submit" name="action" value="save" class="button button-primary" id="save-form">{t.t("author-save")}</button>
                </p>
            })}
        </form>
    }
}

#[component]
fn Group(g: FormGroup, can_edit: bool, file: String) -> impl IntoView {
    let t = use_i18n();
    let legend = if g.title.is_empty() {
        file
    } else {
        g.title.clone()
    };
    let remove = (g.removable && can_edit).then(|| {
        view! {
            <details class="remove-entry">
                <summary>{t.t_with("author-form-remove", &[("entry", g.title.clone().into())])}</summary>
                <p class="hint">{t.t("author-form-remove-hint")}</p>
                <button type="submit" name="action" value=format!("remove:{}", g.path) class="button button-danger" id=format!("remove-{}", group_anchor(&g.path))>
                    {t.t("author-form-remove-confirm")}
                </button>
            </details>
        }
    });
    view! {
        <fieldset class="form-entry" id=group_anchor(&g.path) style=format!("--depth: {}", g.depth)>
            <legend>{legend}</legend>
            {g.fields.into_iter().map(|f| view! { <Field f can_edit/> }).collect_view()}
            {remove}
        </fieldset>
    }
}

#[component]
fn Field(f: FormField, can_edit: bool) -> impl IntoView {
    let t = use_i18n();
    let id = field_id(&f.path);
    let name = format!("f:{}", f.path);
    let label = match f.lang.as_deref().and_then(Lang::from_tag) {
        Some(lang) => {
            view! { <code>{f.label.clone()}</code> " (" {lang.native_name()} ")" }.into_any()
        }
        None => view! { <code>{f.label.clone()}</code> }.into_any(),
    };
    let rows = |v: &str| (v.lines().count() + 1).clamp(2, 14);
    let hint_id = format!("{id}-hint");
    match f.kind {
        FieldKind::Flag => view! {
            <div class="field field-check">
                <input type="hidden" name=name.clone() value="false"/>
                <input type="checkbox" id=id.clone() name=name value="true" checked=f.value == "true" disabled=!can_edit/>
                <label for=id>{label}</label>
            </div>
        }
        .into_any(),
        FieldKind::Text | FieldKind::Number => view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input type="text" id=id name=name value=f.value readonly=!can_edit
                    inputmode=(f.kind == FieldKind::Number).then_some("decimal")/>
            </div>
        }
        .into_any(),
        FieldKind::LongText => view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <textarea id=id name=name rows=rows(&f.value) readonly=!can_edit>{f.value.clone()}</textarea>
            </div>
        }
        .into_any(),
        FieldKind::List | FieldKind::Raw => {
            let hint = if f.kind == FieldKind::List {
                t.t("author-form-list-hint")
            } else {
                t.t("author-form-raw-hint")
            };
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <p class="hint" id=hint_id.clone()>{hint}</p>
                    <textarea id=id name=name rows=rows(&f.value) class="code-input" readonly=!can_edit aria-describedby=hint_id>{f.value.clone()}</textarea>
                </div>
            }
            .into_any()
        }
    }
}
