//! RTW Academy: the application crate.
//!
//! - `domain`, `wire`, `error`, `i18n`: from the `model` crate (pure rules, the types between browser
//!   and server, the interface strings), re-exported here under their old paths.
//! - `api`: thin server functions; `pages` and `components`: the user interface.
//! - `server` (feature `ssr`): state, database access, services, email and sessions.
//!
//! Built twice: with `ssr` into the server, and with `hydrate` into the browser bundle.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod pages;

pub use model::{domain, error, i18n, wire};

#[cfg(feature = "ssr")]
pub mod server;

pub use app::{shell, App};

/// The browser entry point: takes over the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
    // A marker the end-to-end tests wait for before they interact with the page.
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
