//! The document shell, the root component and the routes.

use crate::api::{get_session, SignOut};
use crate::components::layout::{Footer, Header};
use crate::components::status::NotFound;
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n};
use crate::pages::{
    AccessibilityPage, AccountPage, AttemptView, AuthorPage, BulkVerifyPage, CaseAnalyticsPage,
    CasePage, CaseRunView, CertificatesPage, CohortPage, CpdPage, DraftEditPage, DraftPage,
    ForgotPasswordPage, HomePage, InvitationPage, LessonView, LtiPlatformsPage, NetworkPage,
    NetworksPage, OrgApiPage, OrgLrsPage, OrgPersonPage, OrgSsoPage, OrgWebhooksPage,
    OrganisationPage, OrganisationsPage, ProgrammePage, QuizPage, RegisterPage, ResetPasswordPage,
    ReviewPage, RosterImportPage, SignInPage, SsoFailedPage, SsoLinkPage, StatisticsPage,
    VerifyPage, VersionChangesPage,
};
use crate::wire::SessionUser;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The whole HTML document, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = page_lang();
    #[cfg(feature = "ssr")]
    crate::server::csp::set_page_policy();
    #[cfg(feature = "ssr")]
    let assets = crate::api::ctx::asset_base();
    #[cfg(not(feature = "ssr"))]
    let assets = String::new();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="stylesheet" href=format!("{assets}/rtw.css")/>
                <link rel="icon" href=format!("{assets}/favicon.svg") type="image/svg+xml"/>
                <HydrationScripts options root=assets/>
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
    pub sign_out: ServerAction<SignOut>,
    pub user: Resource<Result<Option<SessionUser>, AppError>>,
    /// Bumped when a page's action may have changed who is signed in.
    changed: RwSignal<u64>,
}

impl Auth {
    /// Creates a server action for a page that signs someone in (register, sign in) and makes
    /// the header follow it. Pages create these themselves, below `<Routes>`: after a form post
    /// without JavaScript the router puts the error from the address (`?__path=…&__err=…`) in
    /// context there, and the action shows it.
    pub fn action<S>(self) -> ServerAction<S>
    where
        S: leptos::server_fn::ServerFn + Clone + Send + Sync + 'static,
        S::Output: Send + Sync + 'static,
        S::Error: leptos::server_fn::error::FromServerFnError + Send + Sync + 'static,
    {
        let action = ServerAction::<S>::new();
        let changed = self.changed;
        Effect::new(move |_| {
            if action.version().get() > 0 {
                changed.update(|n| *n += 1);
            }
        });
        action
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(I18n(page_lang()));
    view! {
        <Title formatter=title_text/>
        <Router>
            <AppBody/>
        </Router>
    }
}

/// The page title as it goes into `<title>`. leptos_meta writes the text there unescaped on the
/// server, so a course title holding `</title><script>` could end the element and add markup; the
/// server escapes it. In the browser the text is set as `document.title`, which takes plain text.
fn title_text(text: String) -> String {
    #[cfg(feature = "ssr")]
    {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c => out.push(c),
            }
        }
        out
    }
    #[cfg(not(feature = "ssr"))]
    {
        text
    }
}

/// Everything inside the router.
#[component]
fn AppBody() -> impl IntoView {
    let sign_out = ServerAction::<SignOut>::new();
    let changed = RwSignal::new(0_u64);
    let user = Resource::new(
        move || (changed.get(), sign_out.version().get()),
        |_| get_session(),
    );
    provide_context(Auth {
        sign_out,
        user,
        changed,
    });
    let t = use_i18n();
    focus_content_after_navigation();

    view! {
        // `target="_self"`: the browser, not the router, follows it, so the focus moves to `<main>`.
        <a class="skip-link" href="#main" target="_self">{t.t("skip-to-content")}</a>
        <Header/>
        <main id="main" tabindex="-1">
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/sso/failed") view=SsoFailedPage ssr=SsrMode::Async/>
                <Route path=path!("/sso/link") view=SsoLinkPage ssr=SsrMode::Async/>
                <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/reset-password") view=ResetPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course") view=ProgrammePage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/lessons/:lesson") view=LessonView ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/quizzes/:quiz") view=QuizPage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/quizzes/:quiz/attempts/:attempt") view=AttemptView ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/quizzes/:quiz/attempts/:attempt/review") view=ReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/cases/:case") view=CasePage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/cases/:case/runs/:run") view=CaseRunView ssr=SsrMode::Async/>
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                <Route path=path!("/certificates") view=CertificatesPage ssr=SsrMode::Async/>
                <Route path=path!("/certificates/cpd") view=CpdPage ssr=SsrMode::Async/>
                <Route path=path!("/verify") view=VerifyPage ssr=SsrMode::Async/>
                <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async/>
                <Route path=path!("/verify/:code") view=VerifyPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations") view=OrganisationsPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org") view=OrganisationPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/api") view=OrgApiPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/webhooks") view=OrgWebhooksPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/sign-in") view=OrgSsoPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/xapi") view=OrgLrsPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/verify") view=BulkVerifyPage ssr=SsrMode::Async/>
                <Route path=path!("/networks") view=NetworksPage ssr=SsrMode::Async/>
                <Route path=path!("/lti/platforms") view=LtiPlatformsPage ssr=SsrMode::Async/>
                <Route path=path!("/networks/:network") view=NetworkPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/cohorts/:cohort") view=CohortPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/people/:person") view=OrgPersonPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/verify/:check") view=BulkVerifyPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:org/imports/:import") view=RosterImportPage ssr=SsrMode::Async/>
                <Route path=path!("/invitation") view=InvitationPage ssr=SsrMode::Async/>
                <Route path=path!("/author") view=AuthorPage ssr=SsrMode::Async/>
                <Route path=path!("/author/drafts/:draft") view=DraftPage ssr=SsrMode::Async/>
                <Route path=path!("/author/drafts/:draft/edit") view=DraftEditPage ssr=SsrMode::Async/>
                <Route path=path!("/author/courses/:course/changes") view=VersionChangesPage ssr=SsrMode::Async/>
                <Route path=path!("/author/courses/:course/cases/:case/analytics") view=CaseAnalyticsPage ssr=SsrMode::Async/>
                <Route path=path!("/author/courses/:course/quizzes/:quiz/statistics") view=StatisticsPage ssr=SsrMode::Async/>
            </Routes>
        </main>
        <Footer/>
    }
}

/// After a page change in the browser the focus goes to the start of the new content (the skip
/// link's target, `<main tabindex="-1">`), so keyboard and screen-reader users go on from there and
/// not from a link that is no longer on the page. Without JavaScript every page change is a page
/// load, which starts at the top by itself.
fn focus_content_after_navigation() {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let location = leptos_router::hooks::use_location();
        Effect::new(move |previous: Option<String>| {
            let path = location.pathname.get();
            if previous.is_some_and(|p| p != path) {
                if let Some(main) = document()
                    .get_element_by_id("main")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = main.focus();
                }
            }
            path
        });
    }
}
