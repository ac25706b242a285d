//! Content in another language than the reader's.

use crate::domain::Lang;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Tells the reader that content is shown in another language than theirs: the course has no text
/// in their language, so it falls back (to its default language). Nothing when the languages match.
#[component]
pub fn FallbackNote(lang: Lang) -> impl IntoView {
    let t = use_i18n();
    (lang != t.lang()).then(|| {
        view! {
            <p class="alert alert-info language-fallback" role="note">{t.t("content-fallback")}</p>
        }
    })
}
