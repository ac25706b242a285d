//! Playing a case: the situation from one person's view, the documents, the choices (each a form
//! post, so it works without JavaScript), the state the case shows, the timeline of the sick leave,
//! and after an ending the debrief against the expert's path.

use super::SignInFirst;
use crate::api::{get_case_run, Decide, StartCase};
use crate::components::form::FormError;
use crate::components::language::FallbackNote;
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{CaseEnding, CasePlay, ReasonedChoice, ShownValue, SourceRef};
use leptos::html;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CaseRunView() -> impl IntoView {
    let params = use_params_map();
    let decide = ServerAction::<Decide>::new();
    let again = ServerAction::<StartCase>::new();
    let run = Resource::new(
        // A decision redirects to the same address, so the decision count is part of the key:
        // each one loads the run again.
        move || {
            (
                params.read().get("run").and_then(|r| r.parse::<i64>().ok()),
                decide.version().get(),
            )
        },
        |(id, _)| async move {
            match id {
                Some(id) => get_case_run(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match run.await {
                    Ok(p) => view! { <Play p decide again/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Play(
    p: CasePlay,
    decide: ServerAction<Decide>,
    again: ServerAction<StartCase>,
) -> impl IntoView {
    let t = use_i18n();
    let case_href = format!("/courses/{}/cases/{}", p.course_id, p.case_id);
    let course_href = format!("/courses/{}", p.course_id);
    let heading = NodeRef::<html::H2>::new();
    // After a decision (not on first load) the new situation's heading takes the focus, so keyboard
    // and screen-reader users continue from the top of what changed.
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if decide.version().get_untracked() > 0 {
            if let Some(h) = heading.get() {
                crate::components::focus::focus_when_connected(h.into(), 60);
            }
        }
    });
    let clock = t.t_with(
        "case-clock",
        &[("week", p.week.into()), ("day", p.day.into())],
    );
    let title = p.case_title.clone();
    let (run_id, step, number, lang) = (p.run_id, p.step, p.number, p.lang);
    let crumb = title.clone();
    let main = match p.ending.clone() {
        Some(ending) => view! { <Debrief p=p.clone() ending again heading/> }.into_any(),
        None => view! { <Situation p=p.clone() decide heading/> }.into_any(),
    };
    view! {
        <Title text=title.clone()/>
        <article class="page case-run" id="case-run" data-run=run_id data-step=step>
            <nav class="breadcrumbs" aria-label=t.t("breadcrumbs-label")>
                <ol>
                    <li><A href=course_href>{t.t("back-to-programme")}</A></li>
                    <li><A href=case_href>{crumb}</A></li>
                </ol>
            </nav>
            <p class="eyebrow">{t.t_with("case-run-eyebrow", &[("number", number.into())])}</p>
            <h1 lang=lang.code()>{title.clone()}</h1>
            <FallbackNote lang/>
            <p class="case-clock" id="case-clock"><strong>{clock}</strong></p>
            <div class="case-layout">
                <div class="case-main">{main}</div>
                <aside class="case-side" aria-label=t.t("case-side-label")>
                    <CaseState p=p.clone()/>
                    <Timeline p=p.clone()/>
                    <Events p/>
                </aside>
            </div>
        </article>
    }
}

#[component]
fn Situation(
    p: CasePlay,
    decide: ServerAction<Decide>,
    heading: NodeRef<html::H2>,
) -> impl IntoView {
    let t = use_i18n();
    let value = decide.value();
    let who = t.t(&format!("case-actor-{}", p.actor));
    let who = match &p.actor_name {
        Some(name) => format!("{who}: {name}"),
        None => who,
    };
    let (run_id, step) = (p.run_id, p.step);
    view! {
        <section class="case-situation" aria-labelledby="situation-heading" id="situation">
            <h2 id="situation-heading" tabindex="-1" node_ref=heading>
                <span class=format!("actor actor-{}", p.actor)>{t.t("case-view-of")}" "{who}</span>
            </h2>
            <div class="prose case-text" lang=p.lang.code() inner_html=p.html.clone()></div>
            {(!p.documents.is_empty()).then(|| view! {
                <div class="case-documents" id="case-documents">
                    <h3>{t.t("case-documents")}</h3>
                    {p.documents.iter().map(|d| view! {
                        <details class="case-document" data-document=d.id.clone()>
                            <summary>{d.title.clone()}</summary>
                            <div class="prose" lang=p.lang.code() inner_html=d.html.clone()></div>
                        </details>
                    }).collect_view()}
                </div>
            })}
            <h3 id="choices-heading">{t.t("case-what-do-you-do")}</h3>
            <FormError value/>
            <ul class="case-choices" role="list" aria-labelledby="choices-heading" id="case-choices">
                {p.choices.clone().into_iter().map(|c| view! {
                    <li>
                        <ActionForm action=decide attr:class="choice-form">
                            <input type="hidden" name="run_id" value=run_id/>
                            <input type="hidden" name="step" value=step/>
                            <input type="hidden" name="choice" value=c.id.clone()/>
                            <button type="submit" class="choice-button" data-choice=c.id lang=p.lang.code()
                                disabled=move || decide.pending().get()>
                                {c.text}
                            </button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

fn outcome_text(t: crate::i18n::I18n, e: &CaseEnding) -> String {
    t.t_with(
        &format!("case-outcome-{}", e.outcome),
        &[("week", e.week.into())],
    )
}

#[component]
fn Debrief(
    p: CasePlay,
    ending: CaseEnding,
    again: ServerAction<StartCase>,
    heading: NodeRef<html::H2>,
) -> impl IntoView {
    let t = use_i18n();
    let value = again.value();
    let result_class = if ending.score >= 70 {
        "alert alert-success case-result"
    } else {
        "alert alert-info case-result"
    };
    let matched = p.debrief.iter().filter(|d| d.expert.is_none()).count() as u32;
    let total = p.debrief.len() as u32;
    view! {
        <section class="case-ending" aria-labelledby="situation-heading" id="case-ending" data-outcome=ending.outcome.clone()>
            <h2 id="situation-heading" tabindex="-1" node_ref=heading>{t.t("case-ended")}</h2>
            <div class="prose case-text" lang=p.lang.code() inner_html=p.html.clone()></div>
            <div class=result_class role="status" id="case-result">
                <p><strong>{outcome_text(t, &ending)}</strong></p>
                <p>{t.t_with("case-score", &[("score", ending.score.into())])}</p>
                {p.expert_ending.as_ref().map(|e| view! {
                    <p id="expert-ending">{t.t_with("case-expert-ending", &[("outcome", outcome_text(t, e).into()), ("score", e.score.into())])}</p>
                })}
            </div>
            <h2 id="debrief-heading">{t.t("case-debrief")}</h2>
            <p>{t.t_with("case-debrief-summary", &[("matched", matched.into()), ("total", total.into())])}</p>
            <ol class="debrief" id="debrief" aria-labelledby="debrief-heading">
                {p.debrief.into_iter().map(|d| {
                    let same = d.expert.is_none();
                    view! {
                        <li class="debrief-row" class:same=same data-step=d.step>
                            <h3>{t.t_with("case-decision", &[("step", d.step.into()), ("week", d.week.into())])}
                                " · "{t.t(&format!("case-actor-{}", d.actor))}</h3>
                            <Reasoned label=t.t("case-you-chose") c=d.chosen/>
                            {match d.expert {
                                None => view! { <p class="debrief-verdict">"✓ "{t.t("case-same-as-expert")}</p> }.into_any(),
                                Some(e) => view! { <Reasoned label=t.t("case-expert-chose") c=e/> }.into_any(),
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <FormError value/>
            <ActionForm action=again attr:class="inline-form" attr:id="play-again-form">
                <input type="hidden" name="course_id" value=p.course_id.clone()/>
                <input type="hidden" name="case_id" value=p.case_id.clone()/>
                <button type="submit" class="button button-primary" id="play-again">{t.t("case-play-again")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn Reasoned(label: String, c: ReasonedChoice) -> impl IntoView {
    let t = use_i18n();
    view! {
        <div class="reasoned">
            <p><strong>{label}": "</strong>{c.text}</p>
            <p class="why"><strong>{t.t("case-why")}": "</strong>{c.why}</p>
            {(!c.sources.is_empty()).then(|| view! {
                <p class="sources">{t.t("review-sources")}": "{sources(c.sources)}</p>
            })}
        </div>
    }
}

fn sources(list: Vec<SourceRef>) -> impl IntoView {
    let n = list.len();
    list.into_iter()
        .enumerate()
        .map(|(i, s)| {
            let sep = if i + 1 < n { "; " } else { "" };
            match s.url {
                Some(url) => {
                    view! { <a href=url rel="noopener noreferrer">{s.title}</a>{sep} }.into_any()
                }
                None => view! { <span>{s.title}</span>{sep} }.into_any(),
            }
        })
        .collect_view()
}

#[component]
fn CaseState(p: CasePlay) -> impl IntoView {
    let t = use_i18n();
    (!p.vars.is_empty()).then(|| {
        view! {
            <section class="case-panel" aria-labelledby="state-heading">
                <h2 id="state-heading">{t.t("case-state")}</h2>
                <dl class="case-vars" id="case-vars">
                    {p.vars.into_iter().map(|v| {
                        let value = match v.value {
                            ShownValue::Number { value, min, max } => {
                                let (lo, hi) = (min.unwrap_or(0), max.unwrap_or(100));
                                view! {
                                    <dd data-var=v.id.clone()>
                                        <meter min=lo max=hi value=value aria-hidden="true"></meter>
                                        " "<span>{t.t_with("case-value-of", &[("value", value.into()), ("max", hi.into())])}</span>
                                    </dd>
                                }.into_any()
                            }
                            ShownValue::Flag(b) => view! {
                                <dd data-var=v.id.clone()>{if b { t.t("case-yes") } else { t.t("case-no") }}</dd>
                            }.into_any(),
                        };
                        view! { <dt lang=p.lang.code()>{v.label}</dt>{value} }
                    }).collect_view()}
                </dl>
            </section>
        }
    })
}

#[component]
fn Timeline(p: CasePlay) -> impl IntoView {
    let t = use_i18n();
    let now_at = p
        .timeline
        .iter()
        .position(|m| !m.passed)
        .unwrap_or(p.timeline.len());
    let mut rows: Vec<AnyView> = p
        .timeline
        .into_iter()
        .map(|m| {
            let when = t.t_with("case-milestone-when", &[("week", m.week.into()), ("day", m.day.into())]);
            let state = if m.passed { t.t("case-milestone-passed") } else { t.t("case-milestone-ahead") };
            view! {
                <li class="milestone" class:passed=m.passed data-day=m.day>
                    <span class="milestone-when">{when}</span>
                    <span class="milestone-title">{m.title}</span>
                    <span class="visually-hidden">" ("{state}")"</span>
                    {m.source.url.map(|u| view! { <a class="milestone-source" href=u rel="noopener noreferrer">{m.source.title.clone()}</a> }.into_any())
                        .unwrap_or_else(|| view! { <span class="milestone-source">{m.source.title.clone()}</span> }.into_any())}
                </li>
            }
            .into_any()
        })
        .collect();
    rows.insert(
        now_at,
        view! {
            <li class="milestone now" aria-current="step">
                <span class="milestone-when">{t.t_with("case-now", &[("week", p.week.into()), ("day", p.day.into())])}</span>
            </li>
        }
        .into_any(),
    );
    view! {
        <section class="case-panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t.t("case-timeline")}</h2>
            <ol class="timeline" id="case-timeline">{rows}</ol>
        </section>
    }
}

#[component]
fn Events(p: CasePlay) -> impl IntoView {
    let t = use_i18n();
    (!p.events.is_empty()).then(|| {
        view! {
            <section class="case-panel" aria-labelledby="events-heading">
                <h2 id="events-heading">{t.t("case-events")}</h2>
                <ol class="case-events" id="case-events" reversed>
                    {p.events.into_iter().map(|e| view! {
                        <li class:decision=e.decision class:reaction=!e.decision>
                            <span class="milestone-when">{t.t_with("case-milestone-when", &[("week", e.week.into()), ("day", e.day.into())])}</span>
                            " "<span lang=p.lang.code()>{if e.decision { format!("{}: {}", t.t("case-you-chose"), e.text) } else { e.text }}</span>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}
