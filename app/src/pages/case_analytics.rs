//! Path analytics for authors: the case as a graph with how many learners took each choice, where
//! runs ended and where unfinished runs stand, and the same figures as tables.

use super::SignInFirst;
use crate::api::get_case_analytics;
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{AnalyticsNode, CaseAnalytics};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::collections::HashMap;

#[component]
pub fn CaseAnalyticsPage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new(
        move || {
            let p = params.read();
            (
                p.get("course").unwrap_or_default(),
                p.get("case").unwrap_or_default(),
            )
        },
        |(course, case)| get_case_analytics(course, case),
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(a) => view! { <Analytics a/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

const BOX_W: u32 = 150;
const BOX_H: u32 = 46;
const COL: u32 = 210;
const ROW: u32 = 70;

fn center(n: &AnalyticsNode) -> (u32, u32) {
    (20 + n.depth * COL + BOX_W / 2, 20 + n.row * ROW + BOX_H / 2)
}

#[component]
fn Analytics(a: CaseAnalytics) -> impl IntoView {
    let t = use_i18n();
    let title = t.t_with("analytics-title", &[("case", a.title.clone().into())]);
    let by_id: HashMap<String, AnalyticsNode> =
        a.nodes.iter().map(|n| (n.id.clone(), n.clone())).collect();
    let width = 40 + a.nodes.iter().map(|n| n.depth + 1).max().unwrap_or(1) * COL;
    let height = 40 + a.nodes.iter().map(|n| n.row + 1).max().unwrap_or(1) * ROW;
    let max = a
        .edges
        .iter()
        .filter_map(|e| e.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let chart_label = t.t_with(
        "analytics-chart-label",
        &[("runs", a.runs.into()), ("finished", a.finished.into())],
    );
    let edges = a
        .edges
        .iter()
        .filter_map(|e| {
            let (from, to) = (by_id.get(&e.from)?, by_id.get(&e.to)?);
            let ((x1, y1), (x2, y2)) = (center(from), center(to));
            let (x1, x2) = (x1 + BOX_W / 2, x2.saturating_sub(BOX_W / 2));
            let stroke = 1 + e.count.unwrap_or(0) * 7 / max;
            let label = e.count.map(|c| c.to_string()).unwrap_or_default();
            let class = if e.expert { "edge expert" } else { "edge" };
            Some(view! {
                <g class=class>
                    <line x1=x1 y1=y1 x2=x2 y2=y2 stroke-width=stroke></line>
                    <text x=(x1 + x2) / 2 y=(y1 + y2) / 2 - 4 text-anchor="middle">{label}</text>
                </g>
            })
        })
        .collect_view();
    let boxes = a
        .nodes
        .iter()
        .map(|n| {
            let (cx, cy) = center(n);
            let class = if n.outcome.is_some() {
                "node ending"
            } else {
                "node"
            };
            let figure = match &n.outcome {
                Some(_) => t.t_with("analytics-ended-here", &[("n", n.count.into())]),
                None if n.waiting > 0 => t.t_with("analytics-waiting", &[("n", n.waiting.into())]),
                None => String::new(),
            };
            view! {
                <g class=class data-node=n.id.clone()>
                    <rect x=cx - BOX_W / 2 y=cy - BOX_H / 2 width=BOX_W height=BOX_H rx="8"></rect>
                    <text x=cx y=cy - 4 text-anchor="middle">{n.id.clone()}</text>
                    <text x=cx y=cy + 13 text-anchor="middle" class="figure">{figure}</text>
                </g>
            }
        })
        .collect_view();
    let choice_rows = a
        .edges
        .iter()
        .filter(|e| e.choice.is_some())
        .map(|e| {
            let total = by_id.get(&e.from).map(|n| n.count).unwrap_or(0);
            let share = match (e.count, total) {
                (Some(c), t) if t > 0 => format!("{} %", c * 100 / t),
                _ => "–".into(),
            };
            view! {
                <tr data-choice=e.choice.clone()>
                    <td>{e.from.clone()}</td>
                    <td lang=a.lang.code()>{e.text.clone()}{e.expert.then_some(" ★")}</td>
                    <td class="num">{e.count.unwrap_or(0)}</td>
                    <td class="num">{share}</td>
                    <td>{e.to.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let end_rows = a
        .nodes
        .iter()
        .filter(|n| n.outcome.is_some() || n.waiting > 0)
        .map(|n| {
            let what = match &n.outcome {
                Some(o) => t.t_with(&format!("case-outcome-{o}"), &[("week", "…".into())]),
                None => t.t("analytics-stopped-here"),
            };
            let count = if n.outcome.is_some() { n.count } else { n.waiting };
            view! { <tr data-node=n.id.clone()><td>{n.id.clone()}</td><td>{what}</td><td class="num">{count}</td></tr> }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <article class="page" id="case-analytics">
            <p class="eyebrow">{t.t("analytics-eyebrow")}</p>
            <h1>{title}</h1>
            <p class="lead">{t.t_with("analytics-lead", &[("version", a.version_no.into()), ("runs", a.runs.into()), ("finished", a.finished.into())])}</p>
            <div class="chart-scroll" tabindex="0" role="region" aria-label=t.t("analytics-graph-region")>
                <svg class="case-graph" role="img" aria-label=chart_label viewBox=format!("0 0 {width} {height}") width=width height=height>
                    {edges}
                    {boxes}
                </svg>
            </div>
            <p class="meta">{t.t("analytics-legend")}</p>
            <h2 id="choices-heading">{t.t("analytics-choices")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="choices-heading">
                <table class="data-table" id="analytics-choices">
                    <thead><tr>
                        <th scope="col">{t.t("analytics-node")}</th>
                        <th scope="col">{t.t("analytics-choice")}</th>
                        <th scope="col">{t.t("analytics-count")}</th>
                        <th scope="col">{t.t("analytics-share")}</th>
                        <th scope="col">{t.t("analytics-leads-to")}</th>
                    </tr></thead>
                    <tbody>{choice_rows}</tbody>
                </table>
            </div>
            <h2 id="ends-heading">{t.t("analytics-ends")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ends-heading">
                <table class="data-table" id="analytics-ends">
                    <thead><tr>
                        <th scope="col">{t.t("analytics-node")}</th>
                        <th scope="col">{t.t("analytics-what")}</th>
                        <th scope="col">{t.t("analytics-runs")}</th>
                    </tr></thead>
                    <tbody>{end_rows}</tbody>
                </table>
            </div>
        </article>
    }
}
