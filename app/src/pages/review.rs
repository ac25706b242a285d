//! The result of a submitted attempt: score, pass or not, and per question what was right and why
//! (unless the quiz keeps its answers secret).

use super::SignInFirst;
use crate::api::get_review;
use crate::components::language::FallbackNote;
use crate::components::status::ErrorPage;
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{AttemptReview, ReviewedItem};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ReviewPage() -> impl IntoView {
    let params = use_params_map();
    let review = Resource::new(
        move || {
            params
                .read()
                .get("attempt")
                .and_then(|a| a.parse::<i64>().ok())
        },
        |id| async move {
            match id {
                Some(id) => get_review(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match review.await {
                    Ok(r) => view! { <Review r/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Review(r: AttemptReview) -> impl IntoView {
    let t = use_i18n();
    let title = t.t_with(
        "review-title",
        &[
            ("quiz", r.quiz_title.clone().into()),
            ("number", r.number.into()),
        ],
    );
    let quiz_href = format!("/courses/{}/quizzes/{}", r.course_id, r.quiz_id);
    let verdict = if r.passed {
        t.t("review-passed")
    } else {
        t.t("review-failed")
    };
    let no_feedback = r.items.is_empty();
    let lang = r.lang;
    view! {
        <Title text=title.clone()/>
        <article class="page narrow" id="review" data-attempt=r.id>
            <h1>{title}</h1>
            <FallbackNote lang/>
            <div class=if r.passed { "alert alert-success" } else { "alert" } role="status" id="review-result">
                <p id="review-score">{t.t_with("review-score", &[("percent", r.percent.into()), ("pass", r.pass_mark.into())])}</p>
                <p id="review-verdict"><strong>{verdict}</strong></p>
            </div>
            {r.late.then(|| view! { <p class="alert" id="review-late">{t.t("review-late")}</p> })}
            {no_feedback.then(|| view! { <p id="review-no-feedback">{t.t("review-no-feedback")}</p> })}
            <ol class="review-items">
                {r.items.into_iter().map(|i| {
                    let state = if i.credit == 1000 { "right" } else if i.credit == 0 { "wrong" } else { "partly" };
                    let (credit, prompt) = (i.credit, i.prompt.clone());
                    view! {
                        <li class=format!("review-item {state}") data-credit=credit>
                            <p class="question-prompt" lang=lang.code()>{prompt}</p>
                            <ItemFeedback i lang/>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p><A href=quiz_href attr:class="button" attr:id="back-to-quiz">{t.t("review-back")}</A></p>
        </article>
    }
}

/// What the review says about one item: the answer given, the right answer, the credit, the
/// feedback, the explanation and its sources. Also shown at once for a checked item when the quiz
/// gives immediate feedback.
#[component]
pub(crate) fn ItemFeedback(
    i: ReviewedItem,
    /// The language the quiz's items are written in; the interface around them is the reader's.
    lang: Lang,
) -> impl IntoView {
    let t = use_i18n();
    let code = lang.code();
    view! {
            <dl>
                <dt>{t.t("review-your-answer")}</dt>
                {match i.given {
                    Some(given) => view! { <dd class="given" lang=code>{given}</dd> }.into_any(),
                    None => view! { <dd class="given">{t.t("review-no-answer")}</dd> }.into_any(),
                }}
                <dt>{t.t("review-right-answer")}</dt>
                <dd class="right-answer" lang=code>{i.right_answer}</dd>
                <dd class="credit">{t.t_with("review-credit", &[("percent", u32::from(i.credit / 10).into())])}</dd>
            </dl>
            {i.feedback.into_iter().map(|f| view! { <p class="feedback" lang=code>{f}</p> }).collect_view()}
            <p class="explanation"><strong>{t.t("review-why")}": "</strong><span lang=code>{i.explanation}</span></p>
            {(!i.sources.is_empty()).then(|| view! {
                <p class="sources"><span>{t.t("review-sources")}": "</span>
                    {i.sources.into_iter().map(|s| match s.url {
                        Some(url) => view! { <a href=url rel="noopener noreferrer">{s.title}</a>" " }.into_any(),
                        None => view! { <span>{s.title}" "</span> }.into_any(),
                    }).collect_view()}
                </p>
            })}
    }
}
