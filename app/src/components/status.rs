//! Pages for things that went wrong, with the right HTTP status on the server.

use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the response status while rendering on the server; does nothing in the browser.
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(code),
    ) {
        res.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    let t = use_i18n();
    view! {
        <Title text=t.t("not-found-title")/>
        <section class="page narrow" id="not-found">
            <h1>{t.t("not-found-title")}</h1>
            <p>{t.t("not-found-body")}</p>
            <p><a href="/" class="button">{t.t("back-to-start")}</a></p>
        </section>
    }
}

/// A page-level error (other than "not signed in", which pages answer with a redirect).
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    if error == AppError::NotFound {
        return view! { <NotFound/> }.into_any();
    }
    set_status(error.status());
    let t = use_i18n();
    view! {
        <Title text=t.t("error-page-title")/>
        <section class="page narrow" id="error-page">
            <h1>{t.t("error-page-title")}</h1>
            <p role="alert">{t.t(error.message_key())}</p>
            <p><a href="/" class="button">{t.t("back-to-start")}</a></p>
        </section>
    }
    .into_any()
}
