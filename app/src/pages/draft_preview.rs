//! What a learner would see of a draft's quiz, item bank or case simulation, beside its form.
//! Questions are the attempt page's own; a case shows every node, each choice a link to the node
//! it leads to.

use super::attempt::Question;
use crate::i18n::use_i18n;
use crate::wire::{CasePreview, FilePreview, PreviewNode, QuizPreview};
use leptos::prelude::*;
use std::collections::BTreeMap;

fn node_anchor(id: &str) -> String {
    format!("node-{id}")
}

#[component]
pub fn LearnerPreview(preview: FilePreview) -> impl IntoView {
    let t = use_i18n();
    let body = match preview {
        FilePreview::Quiz(q) => view! { <QuizView q/> }.into_any(),
        FilePreview::Case(c) => view! { <CaseView c/> }.into_any(),
    };
    view! {
        <section class="panel learner-preview" aria-labelledby="learner-preview-heading" id="learner-preview">
            <h2 id="learner-preview-heading">{t.t("author-learner-preview")}</h2>
            <p class="hint">{t.t("author-learner-preview-hint")}</p>
            {body}
        </section>
    }
}

#[component]
fn QuizView(q: QuizPreview) -> impl IntoView {
    let total = u32::try_from(q.items.len()).unwrap_or(u32::MAX);
    let lang = q.lang;
    view! {
        <h3 class="preview-title">{q.title}</h3>
        <div class="quiz-preview">
            {q.items.into_iter().map(|item| view! {
                <Question item total saved=BTreeMap::new() immediate=false error=Signal::derive(|| None) lang/>
            }).collect_view()}
        </div>
    }
}

#[component]
fn CaseView(c: CasePreview) -> impl IntoView {
    let t = use_i18n();
    let start = node_anchor(&c.start);
    view! {
        <h3 class="preview-title">{c.title}</h3>
        <div class="prose" inner_html=c.summary_html></div>
        <p><a href=format!("#{start}")>{t.t("author-preview-start")}</a></p>
        {c.nodes.into_iter().map(|n| view! { <Node n/> }).collect_view()}
    }
}

#[component]
fn Node(n: PreviewNode) -> impl IntoView {
    let t = use_i18n();
    view! {
        <article class="case-node-preview" id=node_anchor(&n.id) tabindex="-1">
            <h4><code>{n.id.clone()}</code> {n.actor_name.map(|a| format!(" · {a}"))}</h4>
            <div class="prose" inner_html=n.html></div>
            {(!n.documents.is_empty()).then(|| view! {
                <p class="hint">{t.t("case-documents")} ": " {n.documents.join(", ")}</p>
            })}
            {(!n.choices.is_empty()).then(|| view! {
                <ol class="preview-choices">
                    {n.choices.into_iter().map(|c| view! {
                        <li>
                            {c.text} " "
                            <a href=format!("#{}", node_anchor(&c.next))>{t.t_with("author-preview-leads-to", &[("node", c.next.clone().into())])}</a>
                            {c.expert.then(|| view! { " " <span class="badge badge-ok">{t.t("author-preview-expert")}</span> })}
                            {c.conditional.then(|| view! { " " <span class="badge">{t.t("author-preview-conditional")}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            })}
            {(!n.routes.is_empty()).then(|| view! {
                <p>{t.t("author-preview-moves-on")} " "
                    {n.routes.into_iter().map(|r| view! { <a href=format!("#{}", node_anchor(&r))><code>{r.clone()}</code></a> " " }).collect_view()}
                </p>
            })}
            {n.ending.map(|e| view! {
                <p class="alert alert-info">{t.t_with("author-preview-ending", &[("outcome", e.outcome.into()), ("score", e.score.into())])}</p>
            })}
        </article>
    }
}
