//! One lesson: its text, objectives and sources, and the button that marks it complete.

use super::SignInFirst;
use crate::api::{get_lesson, CompleteLesson};
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::LessonPage;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn LessonView() -> impl IntoView {
    let params = use_params_map();
    let complete = ServerAction::<CompleteLesson>::new();
    let page = Resource::new(
        move || {
            let p = params.read();
            (
                p.get("course").unwrap_or_default(),
                p.get("lesson").unwrap_or_default(),
                complete.version().get(),
            )
        },
        |(course, lesson_id, _)| get_lesson(course, lesson_id),
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <Lesson p complete/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(AppError::NotFound) => view! { <LessonNotFound/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn LessonNotFound() -> impl IntoView {
    crate::components::status::set_status(404);
    let t = use_i18n();
    let params = use_params_map();
    let course = params.read_untracked().get("course").unwrap_or_default();
    view! {
        <Title text=t.t("lesson-not-found-title")/>
        <section class="page narrow" id="lesson-not-found">
            <h1>{t.t("lesson-not-found-title")}</h1>
            <p role="alert">{t.t("lesson-not-found-body")}</p>
            <p><A href=format!("/courses/{course}") attr:class="button">{t.t("back-to-programme")}</A></p>
        </section>
    }
}

#[component]
fn Lesson(p: LessonPage, complete: ServerAction<CompleteLesson>) -> impl IntoView {
    let t = use_i18n();
    let course_href = format!("/courses/{}", p.course_id);
    let lesson_href = {
        let course = p.course_id.clone();
        move |id: &str| format!("/courses/{course}/lessons/{id}")
    };
    let fallback = p.fallback.then(|| view! {
        <p class="alert alert-info" role="note" id="language-fallback">{t.t("lesson-fallback")}</p>
    });
    let objectives = (!p.objectives.is_empty()).then(|| view! {
        <aside class="panel objectives" aria-labelledby="objectives-heading" lang=p.lang.code()>
            <h2 id="objectives-heading">{t.t("lesson-objectives")}</h2>
            <ul>{p.objectives.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
        </aside>
    });
    let sources = (!p.sources.is_empty()).then(|| view! {
        <section class="sources" aria-labelledby="sources-heading" lang=p.lang.code()>
            <h2 id="sources-heading">{t.t("lesson-sources")}</h2>
            <ul>
                {p.sources
                    .iter()
                    .map(|s| match &s.url {
                        Some(url) => view! { <li><a href=url.clone() rel="noopener noreferrer">{s.title.clone()}</a></li> }.into_any(),
                        None => view! { <li>{s.title.clone()}</li> }.into_any(),
                    })
                    .collect_view()}
            </ul>
        </section>
    });
    let completion = if p.completed {
        view! {
            <p class="completed" role="status" id="lesson-completed">
                <span aria-hidden="true">"✓ "</span>{t.t("lesson-completed")}
            </p>
        }
        .into_any()
    } else {
        let (course_id, lesson_id) = (p.course_id.clone(), p.id.clone());
        view! {
            <ActionForm action=complete attr:class="complete-form" attr:id="complete-form">
                <input type="hidden" name="course_id" value=course_id/>
                <input type="hidden" name="lesson_id" value=lesson_id/>
                <button type="submit" class="button button-primary" id="complete-lesson">{t.t("lesson-mark-complete")}</button>
            </ActionForm>
        }
        .into_any()
    };
    let failed = move || {
        complete.value().with(|v| match v {
            Some(Err(e)) => {
                Some(view! { <p class="alert alert-error" role="alert">{t.t(e.message_key())}</p> })
            }
            _ => None,
        })
    };
    let position = t.t_with(
        "lesson-position",
        &[("n", p.position.into()), ("total", p.count.into())],
    );
    view! {
        <Title text=p.title.clone()/>
        <article class="page lesson" id="lesson" data-lesson=p.id.clone()>
            <nav class="breadcrumbs" aria-label=t.t("breadcrumbs-label")>
                <ol>
                    <li><A href=course_href.clone() attr:id="breadcrumb-programme">{p.course_title.clone()}</A></li>
                    <li>{t.t_with("module-number", &[("n", p.module_number.into())])}": "{p.module_title.clone()}</li>
                </ol>
            </nav>
            <header class="lesson-header">
                <h1 lang=p.lang.code()>{p.title.clone()}</h1>
                <p class="meta">{position}" · "{t.t_with("minutes", &[("minutes", p.minutes.into())])}</p>
            </header>
            {fallback}
            {objectives}
            <div class="lesson-body prose" lang=p.lang.code() inner_html=p.html.clone()></div>
            {sources}
            <div class="lesson-actions">
                {failed}
                {completion}
            </div>
            <nav class="pager" aria-label=t.t("pager-label")>
                {p.prev.clone().map(|l| view! {
                    <A href=lesson_href(&l.id) attr:class="pager-prev" attr:id="prev-lesson" attr:rel="prev">
                        <span class="pager-dir">{t.t("lesson-previous")}</span>
                        <span class="pager-title">{l.title}</span>
                    </A>
                })}
                {p.next.clone().map(|l| view! {
                    <A href=lesson_href(&l.id) attr:class="pager-next" attr:id="next-lesson" attr:rel="next">
                        <span class="pager-dir">{t.t("lesson-next")}</span>
                        <span class="pager-title">{l.title}</span>
                    </A>
                })}
                <A href=course_href attr:class="pager-up" attr:id="back-to-programme">{t.t("back-to-programme")}</A>
            </nav>
        </article>
    }
}
