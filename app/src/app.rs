//! The document shell, the root component and the routes.

use crate::api::{get_session, Register, SignIn, SignOut};
use crate::components::layout::{Footer, Header};
use crate::components::status::NotFound;
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n};
use crate::pages::{
    ForgotPasswordPage, HomePage, LessonView, ProgrammePage, RegisterPage, ResetPasswordPage,
    SignInPage,
};
use crate::wire::SessionUser;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The whole HTML document, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = page_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="stylesheet" href="/rtw.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The language the page is in: chosen per request on the server, read back from `<html lang>`
/// in the browser so that hydration renders the same text.
fn page_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        crate::api::ctx::request().lang
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Lang::from_tag(&l))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Lang::default()
    }
}

/// Sign-in state shared by the header and the account pages.
#[derive(Clone, Copy)]
pub struct Auth {
    pub register: ServerAction<Register>,
    pub sign_in: ServerAction<SignIn>,
    pub sign_out: ServerAction<SignOut>,
    pub user: Resource<Result<Option<SessionUser>, AppError>>,
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(I18n(page_lang()));
    let register = ServerAction::<Register>::new();
    let sign_in = ServerAction::<SignIn>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let user = Resource::new(
        move || {
            (
                register.version().get(),
                sign_in.version().get(),
                sign_out.version().get(),
            )
        },
        |_| get_session(),
    );
    provide_context(Auth {
        register,
        sign_in,
        sign_out,
        user,
    });
    let t = use_i18n();

    view! {
        <Router>
            <a class="skip-link" href="#main">{t.t("skip-to-content")}</a>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/reset-password") view=ResetPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/courses/:course") view=ProgrammePage ssr=SsrMode::Async/>
                    <Route path=path!("/courses/:course/lessons/:lesson") view=LessonView ssr=SsrMode::Async/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
