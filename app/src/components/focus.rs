//! Moving the keyboard focus after an action, so keyboard and screen-reader users continue from
//! what changed.

/// Focuses `el` once it is in the document: a re-rendered view (a `Transition` after a server
/// action) is built before it replaces the old one. Tries for up to `frames` animation frames.
#[cfg(feature = "hydrate")]
pub fn focus_when_connected(el: web_sys::HtmlElement, frames: u32) {
    leptos::prelude::request_animation_frame(move || {
        if el.is_connected() {
            let _ = el.focus();
        } else if frames > 0 {
            focus_when_connected(el, frames - 1);
        }
    });
}
