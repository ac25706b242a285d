//! `/author/courses/:course/changes?from=…&to=…`: what changed between two published versions
//! of a course, file by file. Two lists choose the versions (a plain GET form, so it works
//! without JavaScript).

use super::SignInFirst;
use crate::api::get_version_changes;
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::pages::draft::Changes;
use crate::wire::VersionChanges;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn VersionChangesPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let changes = Resource::new(
        move || {
            let q = query.read();
            let number = |key: &str| q.get(key).and_then(|v| v.parse::<i64>().ok());
            (
                params.read().get("course").unwrap_or_default(),
                number("from"),
                number("to"),
            )
        },
        |(course, from, to)| get_version_changes(course, from, to),
    );
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match changes.await {
                    Ok(c) => view! { <ChangesView c/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ChangesView(c: VersionChanges) -> impl IntoView {
    let t = use_i18n();
    let title = t.t_with(
        "author-version-changes-title",
        &[
            ("course", c.course_title.clone().into()),
            ("from", c.from.into()),
            ("to", c.to.into()),
        ],
    );
    let choose = |name: &'static str, label: String, chosen: i64, versions: &[i64]| {
        let id = format!("field-{name}");
        view! {
            <div class="field field-inline">
                <label for=id.clone()>{label}</label>
                <select id=id name=name>
                    {versions.iter().map(|&v| view! {
                        <option value=v selected=v == chosen>{t.t_with("author-version-short", &[("version", v.into())])}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <Title text=title.clone()/>
        <article class="page" id="version-changes">
            <p><A href="/author">{t.t("author-back")}</A></p>
            <h1>{title}</h1>
            <form method="get" class="form form-row" id="choose-versions">
                {choose("from", t.t("author-compare-from"), c.from, &c.versions)}
                {choose("to", t.t("author-compare-to"), c.to, &c.versions)}
                <button type="submit" class="button" id="compare">{t.t("author-compare")}</button>
            </form>
            <Changes diffs=c.diffs/>
        </article>
    }
}
