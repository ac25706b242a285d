//! A progress bar that screen readers announce with its value.

use leptos::prelude::*;

#[component]
pub fn ProgressBar(percent: u8, #[prop(into)] label: String) -> impl IntoView {
    let percent = percent.min(100);
    view! {
        <div
            class="progress"
            role="progressbar"
            aria-label=label
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=percent.to_string()
        >
            <div class="progress-fill" style=format!("width: {percent}%")></div>
        </div>
    }
}
