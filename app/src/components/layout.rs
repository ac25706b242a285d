//! The site header (brand, account links) and footer (language picker).

use crate::api::SetLanguage;
use crate::app::use_auth;
use crate::domain::Lang;
use crate::i18n::use_i18n;
use crate::wire::Role;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    let t = use_i18n();
    let auth = use_auth();
    let account = move || {
        Suspend::new(async move {
            match auth.user.await {
                Ok(Some(user)) => view! {
                    {(user.roles.contains(&Role::OrgAdmin) || user.roles.contains(&Role::PlatformAdmin)).then(|| view! {
                        <A href="/organisations" attr:id="nav-organisations">{t.t("nav-organisations")}</A>
                    })}
                    {(user.roles.contains(&Role::Author) || user.roles.contains(&Role::PlatformAdmin)).then(|| view! {
                        <A href="/author" attr:id="nav-author">{t.t("nav-author")}</A>
                    })}
                    <A href="/certificates" attr:id="nav-certificates">{t.t("nav-certificates")}</A>
                    <A href="/account" attr:class="signed-in-as" attr:id="signed-in-as">{user.name}</A>
                    <ActionForm action=auth.sign_out attr:class="inline-form">
                        <button type="submit" class="link-button" id="sign-out">{t.t("nav-sign-out")}</button>
                    </ActionForm>
                }
                .into_any(),
                _ => view! {
                    <A href="/sign-in" attr:id="nav-sign-in">{t.t("nav-sign-in")}</A>
                    <A href="/register" attr:class="button button-small" attr:id="nav-register">{t.t("nav-register")}</A>
                }
                .into_any(),
            }
        })
    };
    view! {
        <header class="site-header">
            <div class="header-inner">
                <a href="/" class="brand" id="brand">
                    <span class="brand-mark" aria-hidden="true">"RTW"</span>
                    <span class="brand-name">{t.t("app-name")}</span>
                </a>
                <nav class="account-nav" aria-label=t.t("nav-account-label")>
                    <Suspense fallback=|| ()>{account}</Suspense>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let t = use_i18n();
    let location = use_location();
    let back = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    };
    let current = t.lang();
    view! {
        <footer class="site-footer">
            <div class="footer-inner">
                // A plain form: changing language reloads the page in the new language.
                <form method="post" action=SetLanguage::PATH class="language-form" id="language-form">
                    <input type="hidden" name="back" value=back/>
                    <label for="language-select">{t.t("language-label")}</label>
                    <select id="language-select" name="lang">
                        {Lang::ALL
                            .into_iter()
                            .map(|l| view! {
                                <option value=l.code() lang=l.code() selected=l == current>{l.native_name()}</option>
                            })
                            .collect_view()}
                    </select>
                    <button type="submit" class="button button-small">{t.t("language-change")}</button>
                </form>
                <p class="footer-note">
                    {t.t("footer-note")}" "
                    <a href="/accessibility" id="footer-accessibility">{t.t("footer-accessibility")}</a>
                </p>
            </div>
        </footer>
    }
}
