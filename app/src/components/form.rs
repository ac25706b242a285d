//! Form parts that are accessible by default: labels, hints and errors tied to their field,
//! an error summary that is announced, and a submit button that shows progress.

use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The translated message for `field` in the latest result of an action, if it failed there.
pub fn field_error<T: Send + Sync + 'static>(
    value: MappedSignal<Option<Result<T, AppError>>>,
    field: &'static str,
) -> Signal<Option<String>> {
    let t = use_i18n();
    Signal::derive(move || {
        value.with(|v| match v {
            Some(Err(e)) => e.field_key(field).map(|k| t.t(k)),
            _ => None,
        })
    })
}

/// A text input with its label, optional hint and error message.
#[component]
pub fn Field(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Optional fields say so to assistive technology by not being marked required.
    #[prop(default = true)]
    required: bool,
) -> impl IntoView {
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id, has_hint) = (hint_id.clone(), error_id.clone(), hint.is_some());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
            <input
                id=id.clone()
                name=name
                type=kind
                autocomplete=autocomplete
                aria-required=required.then_some("true")
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
                value=value
            />
        </div>
    }
}

/// The form-level error: announced by screen readers, shown above the form.
#[component]
pub fn FormError<T: Send + Sync + 'static>(
    value: MappedSignal<Option<Result<T, AppError>>>,
) -> impl IntoView {
    let t = use_i18n();
    move || {
        value.with(|v| match v {
            Some(Err(e)) => Some(view! {
                <div class="alert alert-error" role="alert" id="form-error">
                    <p>{t.t(e.message_key())}</p>
                </div>
            }),
            _ => None,
        })
    }
}

/// A submit button that says it is working while the action is pending.
#[component]
pub fn Submit(#[prop(into)] label: String, id: &'static str, pending: Memo<bool>) -> impl IntoView {
    let t = use_i18n();
    view! {
        <button type="submit" class="button button-primary" id=id aria-disabled=move || pending.get().then_some("true")>
            {move || if pending.get() { t.t("working") } else { label.clone() }}
        </button>
    }
}
