//! The organisation page's progress figures: how many of its people completed each module (a
//! table with a bar per module) and what they completed week by week (a bar chart with the same
//! figures as a table beside it, so a screen reader gets every number). Each table downloads as
//! CSV.

use crate::domain::clock::local_date;
use crate::i18n::use_i18n;
use crate::wire::{ModuleFigure, WeekFigure};
use leptos::prelude::*;

#[component]
pub fn ModuleCompletion(org_id: i64, modules: Vec<ModuleFigure>) -> impl IntoView {
    let t = use_i18n();
    view! {
        <section aria-labelledby="modules-heading" id="module-completion">
            <h2 id="modules-heading">{t.t("org-modules-heading")}</h2>
            <p class="hint">{t.t("org-modules-lead")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="modules-heading">
                <table class="data-table figures" id="modules">
                    <thead>
                        <tr>
                            <th scope="col">{t.t("org-module")}</th>
                            <th scope="col" class="num">{t.t("org-modules-completed")}</th>
                            <th scope="col" class="bar-cell"><span class="visually-hidden">{t.t("org-modules-share")}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {modules.into_iter().map(|m| {
                            let share = if m.members > 0 { m.completed * 100 / m.members } else { 0 };
                            let label = t.t_with("org-modules-of", &[("done", m.completed.into()), ("all", m.members.into())]);
                            view! {
                                <tr data-course=m.course_id.clone() data-module=m.module_id.clone()>
                                    <th scope="row"><span class="meta">{m.course_title}</span><br/>{m.module_title}</th>
                                    <td class="num" data-completed=m.completed>{label.clone()}</td>
                                    <td class="bar-cell">
                                        <progress max=m.members.max(1) value=m.completed aria-label=label>{format!("{share} %")}</progress>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p><a href=format!("/organisations/{org_id}/modules.csv") class="button" id="modules-csv" download>{t.t("org-modules-csv")}</a></p>
        </section>
    }
}

/// Bar chart geometry, in the SVG's own units.
const CHART_H: i64 = 120;
const BAR_W: i64 = 24;
const GAP: i64 = 8;

#[component]
pub fn ProgressOverTime(org_id: i64, weeks: Vec<WeekFigure>) -> impl IntoView {
    let t = use_i18n();
    let lang = t.lang();
    let top = weeks.iter().map(|w| w.lessons).max().unwrap_or(0).max(1);
    let total: i64 = weeks.iter().map(|w| w.lessons).sum();
    let modules: i64 = weeks.iter().map(|w| w.modules).sum();
    let width = weeks.len() as i64 * (BAR_W + GAP);
    let summary = t.t_with(
        "org-weeks-summary",
        &[
            ("weeks", (weeks.len() as i64).into()),
            ("lessons", total.into()),
            ("modules", modules.into()),
        ],
    );
    let bars = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let h = w.lessons * CHART_H / top;
            let x = i as i64 * (BAR_W + GAP) + GAP / 2;
            view! {
                <rect class="chart-bar" x=x y=CHART_H - h width=BAR_W height=h data-lessons=w.lessons>
                    <title>{format!("{}: {}", local_date(w.starts_at, lang), w.lessons)}</title>
                </rect>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="weeks-heading" id="progress-over-time">
            <h2 id="weeks-heading">{t.t("org-weeks-heading")}</h2>
            <p class="hint" id="weeks-summary">{summary.clone()}</p>
            <figure class="chart">
                <svg viewBox=format!("0 0 {width} {}", CHART_H + 2) role="img" aria-label=summary preserveAspectRatio="none" id="weeks-chart">
                    {bars}
                    <line class="chart-axis" x1="0" y1=CHART_H + 1 x2=width y2=CHART_H + 1/>
                </svg>
                <figcaption class="meta">{t.t("org-weeks-caption")}</figcaption>
            </figure>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="weeks-heading">
                <table class="data-table" id="weeks">
                    <thead>
                        <tr>
                            <th scope="col">{t.t("org-week-starting")}</th>
                            <th scope="col" class="num">{t.t("org-lessons")}</th>
                            <th scope="col" class="num">{t.t("org-modules")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {weeks.into_iter().rev().map(|w| view! {
                            <tr>
                                <th scope="row">{local_date(w.starts_at, lang)}</th>
                                <td class="num">{w.lessons}</td>
                                <td class="num">{w.modules}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p><a href=format!("/organisations/{org_id}/weeks.csv") class="button" id="weeks-csv" download>{t.t("org-weeks-csv")}</a></p>
        </section>
    }
}
