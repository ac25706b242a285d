//! `/author`: the authors' start page. Each course with its published versions and its drafts,
//! and a button that starts a new draft from the newest version.

use super::SignInFirst;
use crate::api::{author_overview, draft_href, version_changes_href, StartDraft, WithdrawVersion};
use crate::components::form::{field_error, FormError};
use crate::components::status::ErrorPage;
use crate::domain::clock::local_date;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{AuthorCourse, DraftState};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AuthorPage() -> impl IntoView {
    let t = use_i18n();
    // Made here so the page is read again after a withdrawal (it redirects to this same page).
    let withdraw = ServerAction::<WithdrawVersion>::new();
    provide_context(withdraw);
    let courses = Resource::new(move || withdraw.version().get(), |_| author_overview());
    let query = use_query_map();
    // Why an uploaded archive was refused (the upload is a plain form post that comes back here).
    let refused = move || {
        let q = query.read();
        let key = q.get("import_error").filter(|k| k.starts_with("author-"))?;
        let file = q.get("file");
        Some(view! {
            <div class="alert alert-error" role="alert" id="import-refused">
                <p><strong>{t.t("author-import-refused")}</strong> " " {t.t(&key)}</p>
                {file.map(|f| view! { <p>{t.t_with("author-import-in-file", &[("file", f.into())])}</p> })}
            </div>
        })
    };
    view! {
        <Title text=t.t("author-title")/>
        <article class="page" id="author">
            <h1>{t.t("author-title")}</h1>
            <p class="lead">{t.t("author-lead")}</p>
            {refused}
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match courses.await {
                        Ok(courses) => courses
                            .into_iter()
                            .map(|course| view! { <CourseSection course/> })
                            .collect_view()
                            .into_any(),
                        Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                        Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </article>
    }
}

#[component]
fn CourseSection(course: AuthorCourse) -> impl IntoView {
    let t = use_i18n();
    let lang = t.lang();
    let start = ServerAction::<StartDraft>::new();
    let withdraw = expect_context::<ServerAction<WithdrawVersion>>();
    let withdraw_error = field_error(withdraw.value(), "reason");
    let open_versions = course.versions.iter().filter(|v| !v.withdrawn).count();
    let version_course = course.id.clone();
    let heading_id = format!("course-{}", course.id);
    let labelled_by = heading_id.clone();
    let course_id = course.id.clone();
    let start_id = format!("start-draft-{}", course.id);
    let import_action = format!("/author/courses/{}/import", course.id);
    let import_id = format!("import-file-{}", course.id);
    let import_hint_id = format!("import-hint-{}", course.id);
    let can_start = course.versions.iter().any(|v| v.has_sources);
    let open: Vec<_> = course
        .drafts
        .iter()
        .filter(|d| matches!(d.state, DraftState::Draft | DraftState::InReview))
        .cloned()
        .collect();
    view! {
        <section class="panel" aria-labelledby=labelled_by data-course=course.id.clone()>
            <h2 id=heading_id>{course.title.clone()}</h2>
            <p class="hint">
                {t.t_with("author-versions", &[
                    ("count", course.versions.len().into()),
                    ("newest", course.versions.first().map(|v| v.version_no).unwrap_or(0).into()),
                ])}
            </p>
            {if can_start {
                view! {
                    <FormError value=start.value()/>
                    <ActionForm action=start attr:class="start-draft">
                        <input type="hidden" name="course_id" value=course_id/>
                        <button type="submit" class="button button-primary" id=start_id>
                            {t.t("author-start-draft")}
                        </button>
                    </ActionForm>
                }.into_any()
            } else {
                view! { <p class="hint">{t.t("author-no-sources")}</p> }.into_any()
            }}
            <h3>{t.t("author-versions-heading")}</h3>
            <ul class="draft-list" id=format!("versions-{}", course.id)>
                {course.versions.clone().into_iter().enumerate().map(|(at, v)| {
                    let cid = version_course.clone();
                    // The version before it that kept its files, to compare with.
                    let previous = v.has_sources.then(|| {
                        course.versions[at + 1..].iter().find(|p| p.has_sources).map(|p| p.version_no)
                    }).flatten();
                    let changes = previous.map(|p| version_changes_href(&cid, p, v.version_no));
                    let href = format!("/author/courses/{cid}/versions/{}/files.zip", v.version_no);
                    let reason_id = format!("withdraw-reason-{cid}-{}", v.version_no);
                    let button_id = format!("withdraw-{cid}-{}", v.version_no);
                    let can_withdraw = !v.withdrawn && open_versions > 1;
                    view! {
                        <li data-version=v.version_no data-withdrawn=v.withdrawn.to_string()>
                            {t.t_with("author-version", &[("version", v.version_no.into()), ("date", local_date(v.published_at, lang).into())])}
                            " · " {t.t_with("author-version-learners", &[("count", v.learners.into())])}
                            {v.compatible_with.map(|from| view! { " · " {t.t_with("author-version-compatible", &[("version", from.into())])} })}
                            {v.withdrawn.then(|| view! { " " <span class="badge badge-bad">{t.t("author-withdrawn")}</span> })}
                            {v.has_sources.then(|| view! { " · " <a href=href download>{t.t("author-download")}</a> })}
                            {changes.map(|href| view! { " · " <A href=href>{t.t("author-see-changes")}</A> })}
                            {can_withdraw.then(|| view! {
                                <details class="withdraw">
                                    <summary>{t.t("author-withdraw")}</summary>
                                    <ActionForm action=withdraw attr:class="form">
                                        <input type="hidden" name="course_id" value=cid.clone()/>
                                        <input type="hidden" name="version_no" value=v.version_no/>
                                        <div class="field">
                                            <label for=reason_id.clone()>{t.t("author-withdraw-reason")}</label>
                                            <input type="text" id=reason_id name="reason" maxlength="2000"/>
                                        </div>
                                        <button type="submit" class="button" id=button_id.clone()>{t.t("author-withdraw")}</button>
                                    </ActionForm>
                                </details>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || withdraw_error.get().map(|e| view! { <div class="alert alert-error" role="alert" id="withdraw-error"><p>{e}</p></div> })}
            <h3>{t.t("author-import-heading")}</h3>
            <form method="post" enctype="multipart/form-data" class="form" action=import_action>
                <div class="field">
                    <label for=import_id.clone()>{t.t("author-import-label")}</label>
                    <p class="hint" id=import_hint_id.clone()>{t.t("author-import-hint")}</p>
                    <input type="file" id=import_id name="archive" accept=".zip,application/zip" aria-describedby=import_hint_id/>
                </div>
                <button type="submit" class="button" id=format!("import-{}", course.id)>{t.t("author-import-submit")}</button>
            </form>
            <h3>{t.t("author-drafts")}</h3>
            {if course.drafts.is_empty() {
                view! { <p class="drafts-none">{t.t("author-no-drafts")}</p> }.into_any()
            } else {
                view! {
                    <ul class="draft-list">
                        {course.drafts.into_iter().take(10).map(|d| {
                            let what = match d.published_version_no {
                                Some(no) => t.t_with("author-draft-published-as", &[("version", no.into())]),
                                None => t.t(d.state.key()),
                            };
                            view! {
                                <li data-draft=d.id data-state=d.state.as_str()>
                                    <A href=draft_href(d.id)>
                                        {t.t_with("author-draft-name", &[("id", d.id.into()), ("version", d.base_version_no.into())])}
                                    </A>
                                    " · " {what} " · " {d.created_by} " · " {local_date(d.updated_at, lang)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="hint">{t.t_with("author-open-drafts", &[("count", open.len().into())])}</p>
        </section>
    }
}
