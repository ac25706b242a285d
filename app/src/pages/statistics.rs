//! Item statistics for authors: a chart of facility per item and a table with every figure.

use super::SignInFirst;
use crate::api::get_quiz_statistics;
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::QuizStatistics;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let params = use_params_map();
    let stats = Resource::new(
        move || {
            let p = params.read();
            (
                p.get("course").unwrap_or_default(),
                p.get("quiz").unwrap_or_default(),
            )
        },
        |(course, quiz)| get_quiz_statistics(course, quiz),
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match stats.await {
                    Ok(s) => view! { <Statistics s/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Statistics(s: QuizStatistics) -> impl IntoView {
    let t = use_i18n();
    let title = t.t_with("stats-title", &[("quiz", s.title.clone().into())]);
    let summary = t.t_with(
        "stats-summary",
        &[
            ("version", s.version_no.into()),
            ("attempts", s.attempts.into()),
            ("mean", t.lang().decimal(s.mean_percent, 1).into()),
            ("minutes", t.lang().decimal(s.mean_seconds / 60.0, 1).into()),
        ],
    );
    let bar_h = 22;
    let height = (s.items.len() as i32 * bar_h).max(bar_h);
    let chart_label = t.t("stats-chart-label");
    let bars = s.items.iter().enumerate().map(|(i, item)| {
        let y = i as i32 * bar_h;
        let w = item.facility.clamp(0.0, 100.0) * 4.0;
        view! {
            <g>
                <text x="0" y=y + 15 class="chart-label">{item.item_id.clone()}</text>
                <rect x="260" y=y + 3 width=w height="16" class="chart-bar"></rect>
                <text x=format!("{}", 266.0 + w) y=y + 15 class="chart-value">{format!("{:.0} %", item.facility)}</text>
            </g>
        }
    }).collect_view();
    view! {
        <Title text=title.clone()/>
        <article class="page" id="statistics">
            <h1>{title}</h1>
            <p class="lead" id="stats-summary">{summary}</p>
            <figure class="chart">
                <svg role="img" aria-label=chart_label.clone() viewBox=format!("0 0 720 {height}") width="100%">
                    <title>{chart_label.clone()}</title>
                    {bars}
                </svg>
                <figcaption>{chart_label}</figcaption>
            </figure>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="stats-table-caption">
                <table id="stats-table">
                    <caption class="visually-hidden" id="stats-table-caption">{t.t("stats-table-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.t("stats-item")}</th>
                            <th scope="col">{t.t("stats-attempts")}</th>
                            <th scope="col">{t.t("stats-facility")}</th>
                            <th scope="col">{t.t("stats-discrimination")}</th>
                            <th scope="col">{t.t("stats-options")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {s.items.into_iter().map(|i| {
                            let id = i.item_id.clone();
                            view! {
                            <tr data-item=id>
                                <th scope="row"><code>{i.item_id}</code><br/><span class="meta">{i.prompt}</span></th>
                                <td class="attempts">{i.attempts}</td>
                                <td class="facility">{format!("{} %", t.lang().decimal(i.facility, 1))}</td>
                                <td class="discrimination">{i.discrimination.map(|d| t.lang().decimal(d, 1)).unwrap_or_else(|| "–".into())}</td>
                                <td>
                                    <ul class="option-counts">
                                        {i.options.into_iter().map(|(text, right, count)| view! {
                                            <li class:right=right>{text}": "<strong>{count}</strong>{right.then_some(" ✓")}</li>
                                        }).collect_view()}
                                    </ul>
                                </td>
                            </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </article>
    }
}
