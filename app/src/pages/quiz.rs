//! A quiz's page: its rules, the learner's attempts, and starting or continuing an attempt.

use super::SignInFirst;
use crate::api::{get_quiz, StartQuiz};
use crate::components::form::FormError;
use crate::components::language::FallbackNote;
use crate::components::status::ErrorPage;
use crate::domain::clock::local_time;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{QuizOverview, QuizState};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn QuizPage() -> impl IntoView {
    let params = use_params_map();
    let start = ServerAction::<StartQuiz>::new();
    let quiz = Resource::new(
        move || {
            let p = params.read();
            (
                p.get("course").unwrap_or_default(),
                p.get("quiz").unwrap_or_default(),
            )
        },
        |(course, quiz)| get_quiz(course, quiz),
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match quiz.await {
                    Ok(q) => view! { <Quiz q start/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Quiz(q: QuizOverview, start: ServerAction<StartQuiz>) -> impl IntoView {
    let t = use_i18n();
    let course_href = format!("/courses/{}", q.course_id);
    let attempts_rule = match q.max_attempts {
        Some(max) => t.t_with(
            "quiz-attempts-limit",
            &[
                ("max", max.into()),
                ("used", (q.attempts.len() as u32).into()),
            ],
        ),
        None => t.t("quiz-attempts-unlimited"),
    };
    let value = start.value();
    let (course_id, quiz_id) = (q.course_id.clone(), q.id.clone());
    let action = match q.state {
        QuizState::Ready | QuizState::InProgress(_) => {
            let label = if matches!(q.state, QuizState::Ready) { t.t("quiz-start") } else { t.t("quiz-continue") };
            view! {
                <ActionForm action=start attr:class="inline-form" attr:id="start-quiz-form">
                    <input type="hidden" name="course_id" value=course_id/>
                    <input type="hidden" name="quiz_id" value=quiz_id/>
                    <button type="submit" class="button button-primary" id="start-quiz">{label}</button>
                </ActionForm>
            }
            .into_any()
        }
        QuizState::WaitUntil(time) => view! {
            <p class="alert" role="status" id="quiz-wait">{t.t_with("quiz-wait-until", &[("time", local_time(time, t.lang()).into())])}</p>
        }
        .into_any(),
        QuizState::NoAttemptsLeft => view! {
            <p class="alert" role="status" id="quiz-no-attempts">{t.t("quiz-no-attempts")}</p>
        }
        .into_any(),
    };
    let attempts = q.attempts.clone();
    let review_base = format!("/courses/{}/quizzes/{}/attempts", q.course_id, q.id);
    view! {
        <Title text=q.title.clone()/>
        <article class="page narrow" id="quiz" data-quiz=q.id.clone()>
            <nav class="breadcrumbs" aria-label=t.t("breadcrumbs-label")>
                <ol><li><A href=course_href.clone()>{q.course_title.clone()}</A></li></ol>
            </nav>
            <p class="eyebrow">{t.t("quiz-eyebrow")}</p>
            <h1 lang=q.lang.code()>{q.title.clone()}</h1>
            <FallbackNote lang=q.lang/>
            {(!q.intro.is_empty()).then(|| view! { <p class="lead" lang=q.lang.code()>{q.intro.clone()}</p> })}
            <ul class="quiz-rules" id="quiz-rules">
                <li>{t.t_with("quiz-facts", &[("items", q.items.into()), ("pass", q.pass_mark.into())])}</li>
                <li>{attempts_rule}</li>
                {(q.wait_minutes > 0).then(|| view! { <li>{t.t_with("quiz-wait-rule", &[("minutes", q.wait_minutes.into())])}</li> })}
                {q.time_limit_minutes.map(|m| view! { <li>{t.t_with("quiz-time-limit", &[("minutes", m.into())])}</li> })}
            </ul>
            {q.passed.then(|| view! { <p class="alert alert-success" role="status" id="quiz-passed">{t.t("quiz-passed")}</p> })}
            <FormError value/>
            <div class="quiz-action">{action}</div>
            {(!attempts.is_empty()).then(|| view! {
                <h2>{t.t("quiz-your-attempts")}</h2>
                <ol class="attempts" id="attempts">
                    {attempts.into_iter().map(|a| {
                        let result = match (a.percent, a.passed) {
                            (Some(p), Some(passed)) => t.t_with("quiz-attempt-result", &[
                                ("percent", p.into()),
                                ("result", if passed { t.t("quiz-result-passed") } else { t.t("quiz-result-failed") }.into()),
                            ]),
                            _ => t.t("quiz-attempt-open"),
                        };
                        let review = a.submitted_at.map(|_| format!("{review_base}/{}/review", a.id));
                        view! {
                            <li data-attempt=a.id>
                                <span>{t.t_with("quiz-attempt-row", &[("number", a.number.into())])}": "{result}</span>
                                {review.map(|href| view! { " " <A href=href>{t.t("quiz-see-review")}</A> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            })}
            <p><A href=course_href attr:id="back-to-programme">{t.t("back-to-programme")}</A></p>
        </article>
    }
}
