//! The programme overview: modules in order, estimated time, and the learner's own progress.

use super::SignInFirst;
use crate::api::get_programme;
use crate::components::progress::ProgressBar;
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{ModuleProgress, ProgrammeOverview};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProgrammePage() -> impl IntoView {
    let params = use_params_map();
    let overview = Resource::new(
        move || params.read().get("course").unwrap_or_default(),
        get_programme,
    );
    let t = use_i18n();
    view! {
        <Suspense fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(o) => view! { <Overview o/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Overview(o: ProgrammeOverview) -> impl IntoView {
    let t = use_i18n();
    let course = o.course_id.clone();
    let resume = o.resume.clone().map(|r| {
        let label = if o.started { t.t("programme-continue") } else { t.t("programme-start") };
        view! {
            <div class="resume">
                <A href=format!("/courses/{}/lessons/{}", course, r.id) attr:class="button button-primary" attr:id="resume">
                    {label}
                </A>
                <span class="resume-title">{r.title}</span>
            </div>
        }
    });
    let all_done = o.resume.is_none().then(|| view! {
        <p class="alert alert-success" role="status" id="programme-done">{t.t("programme-all-done")}</p>
    });
    let progress_text = t.t_with(
        "progress-lessons",
        &[("done", o.done.into()), ("total", o.total.into())],
    );
    view! {
        <Title text=o.title.clone()/>
        <section class="page" id="programme">
            <header class="programme-header" lang=o.lang.code()>
                <p class="eyebrow">{t.t("programme-eyebrow")}</p>
                <h1>{o.title.clone()}</h1>
                <p class="lead">{o.summary.clone()}</p>
            </header>
            <div class="panel progress-panel">
                <h2 class="visually-hidden">{t.t("programme-your-progress")}</h2>
                <p class="progress-text" id="progress-text">
                    <strong>{progress_text}</strong>
                    " · "
                    {t.t_with("percent", &[("value", o.percent.into())])}
                    " · "
                    {t.t_with("minutes-total", &[("minutes", o.minutes.into())])}
                </p>
                <ProgressBar percent=o.percent label=t.t("programme-your-progress")/>
                {resume}
                {all_done}
                {o.moved_from.map(|from| view! {
                    <p class="hint" id="programme-moved">
                        {t.t_with("programme-moved", &[("from", from.into()), ("version", o.version_no.into())])}
                    </p>
                })}
            </div>
            <h2>{t.t("programme-modules")}</h2>
            <ol class="module-list" role="list">
                {o.modules.into_iter().map(|m| view! { <ModuleCard course=o.course_id.clone() m/> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn ModuleCard(course: String, m: ModuleProgress) -> impl IntoView {
    let t = use_i18n();
    let status = t.t_with(
        "progress-lessons",
        &[("done", m.done.into()), ("total", m.total.into())],
    );
    view! {
        <li class="module" id=format!("module-{}", m.id)>
            <div class="module-head" lang=m.lang.code()>
                <p class="eyebrow">{t.t_with("module-number", &[("n", m.number.into())])}</p>
                <h3>{m.title}</h3>
                <p>{m.summary}</p>
                <p class="meta">{status}" · "{t.t_with("minutes-total", &[("minutes", m.minutes.into())])}</p>
            </div>
            <ol class="lesson-list" role="list">
                {m.lessons
                    .into_iter()
                    .map(|l| {
                        let state = if l.completed { t.t("lesson-status-done") } else { t.t("lesson-status-open") };
                        view! {
                            <li class="lesson-row" class:done=l.completed data-lesson=l.id.clone()>
                                <span class="lesson-check" aria-hidden="true">{if l.completed { "✓" } else { "" }}</span>
                                <A href=format!("/courses/{}/lessons/{}", course, l.id) attr:lang=l.lang.code()>{l.title}</A>
                                <span class="meta">
                                    {t.t_with("minutes", &[("minutes", l.minutes.into())])}
                                    <span class="lesson-state">" · "{state}</span>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {(!m.quizzes.is_empty()).then(|| view! {
                <h4 class="visually-hidden">{t.t("programme-quizzes")}</h4>
                <ul class="quiz-list" role="list">
                    {m.quizzes.into_iter().map(|q| {
                        let result = match (q.passed, q.best_percent) {
                            (true, _) => t.t("quiz-result-passed"),
                            (false, Some(p)) => format!("{p} % · {}", t.t("quiz-result-failed")),
                            (false, None) => String::new(),
                        };
                        view! {
                            <li class="quiz-row" class:done=q.passed data-quiz=q.id.clone()>
                                <span class="lesson-check" aria-hidden="true">{if q.passed { "✓" } else { "?" }}</span>
                                <A href=format!("/courses/{}/quizzes/{}", course, q.id) attr:lang=q.lang.code()>{q.title}</A>
                                <span class="meta">{result}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {(!m.cases.is_empty()).then(|| view! {
                <h4 class="visually-hidden">{t.t("programme-cases")}</h4>
                <ul class="quiz-list case-list" role="list">
                    {m.cases.into_iter().map(|c| {
                        let done = c.best_score.is_some();
                        let result = match (c.best_score, c.in_progress) {
                            (Some(s), _) => t.t_with("case-best-score", &[("score", s.into())]),
                            (None, true) => t.t("case-in-progress"),
                            (None, false) => String::new(),
                        };
                        view! {
                            <li class="quiz-row case-row" class:done=done data-case=c.id.clone()>
                                <span class="lesson-check" aria-hidden="true">{if done { "✓" } else { "◆" }}</span>
                                <A href=format!("/courses/{}/cases/{}", course, c.id) attr:lang=c.lang.code()>{c.title}</A>
                                <span class="meta">
                                    {t.t("case-eyebrow")}" · "{t.t_with("minutes", &[("minutes", c.minutes.into())])}
                                    {(!result.is_empty()).then(|| view! { <span>" · "{result.clone()}</span> })}
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}
