//! A case simulation's page: what the case is about, the learner's runs, and starting or
//! continuing one.

use super::SignInFirst;
use crate::api::{get_case, StartCase};
use crate::components::form::FormError;
use crate::components::language::FallbackNote;
use crate::components::status::ErrorPage;
use crate::domain::clock::local_time;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::CaseOverview;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CasePage() -> impl IntoView {
    let params = use_params_map();
    let start = ServerAction::<StartCase>::new();
    let case = Resource::new(
        move || {
            let p = params.read();
            (
                p.get("course").unwrap_or_default(),
                p.get("case").unwrap_or_default(),
            )
        },
        |(course, case)| get_case(course, case),
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(c) => view! { <Case c start/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Case(c: CaseOverview, start: ServerAction<StartCase>) -> impl IntoView {
    let t = use_i18n();
    let course_href = format!("/courses/{}", c.course_id);
    let value = start.value();
    let label = if c.open_run.is_some() {
        t.t("case-continue")
    } else if c.runs.is_empty() {
        t.t("case-start")
    } else {
        t.t("case-play-again")
    };
    let runs_base = format!("/courses/{}/cases/{}/runs", c.course_id, c.id);
    let runs = c.runs.clone();
    let case_id = c.id.clone();
    view! {
        <Title text=c.title.clone()/>
        <article class="page narrow" id="case" data-case=case_id>
            <nav class="breadcrumbs" aria-label=t.t("breadcrumbs-label")>
                <ol><li><A href=course_href.clone()>{c.course_title.clone()}</A></li></ol>
            </nav>
            <p class="eyebrow">{t.t("case-eyebrow")}</p>
            <h1 lang=c.lang.code()>{c.title.clone()}</h1>
            <FallbackNote lang=c.lang/>
            <div class="prose" lang=c.lang.code() inner_html=c.summary_html.clone()></div>
            <ul class="quiz-rules" id="case-facts">
                <li>{t.t_with("minutes-total", &[("minutes", c.minutes.into())])}</li>
                <li>{t.t(&format!("case-rules-{}", c.jurisdiction.to_lowercase()))}</li>
                <li>{t.t("case-how")}</li>
                <li>{t.t("case-fictional")}</li>
            </ul>
            <FormError value/>
            <div class="quiz-action">
                <ActionForm action=start attr:class="inline-form" attr:id="start-case-form">
                    <input type="hidden" name="course_id" value=c.course_id.clone()/>
                    <input type="hidden" name="case_id" value=c.id.clone()/>
                    <button type="submit" class="button button-primary" id="start-case"
                        aria-busy=move || start.pending().get().then_some("true")>{label}</button>
                </ActionForm>
            </div>
            {(!runs.is_empty()).then(|| view! {
                <h2>{t.t("case-your-runs")}</h2>
                <ol class="attempts" id="runs">
                    {runs.into_iter().map(|r| {
                        let result = match &r.ending {
                            Some(e) => format!(
                                "{} · {}",
                                t.t_with(&format!("case-outcome-{}", e.outcome), &[("week", e.week.into())]),
                                t.t_with("case-score", &[("score", e.score.into())]),
                            ),
                            None => t.t_with("case-run-open", &[("decisions", r.decisions.into())]),
                        };
                        let link = if r.ending.is_some() { t.t("case-see-debrief") } else { t.t("case-continue") };
                        view! {
                            <li data-run=r.id>
                                <span>{t.t_with("case-run-row", &[("number", r.number.into()), ("time", local_time(r.started_at, t.lang()).into())])}": "{result}</span>
                                " " <A href=format!("{runs_base}/{}", r.id)>{link}</A>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            })}
            <p><A href=course_href attr:id="back-to-programme">{t.t("back-to-programme")}</A></p>
        </article>
    }
}
