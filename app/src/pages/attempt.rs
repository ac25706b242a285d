//! Taking a quiz: every question in one form that works without JavaScript. Nothing on this page
//! says which answer is right; grading happens on the server after submitting.

use super::SignInFirst;
use crate::api::{get_attempt, SaveAnswers, SubmitAttempt};
use crate::components::form::FormError;
use crate::components::language::FallbackNote;
use crate::components::status::ErrorPage;
use crate::domain::clock::local_time;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::pages::review::ItemFeedback;
use crate::wire::{AttemptPage, Choice, ShownItem, ShownKind};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::collections::BTreeMap;

#[component]
pub fn AttemptView() -> impl IntoView {
    let params = use_params_map();
    let submit = ServerAction::<SubmitAttempt>::new();
    // Checking an answer (immediate feedback) comes back to this address, so each submission is
    // part of the key: the attempt loads again with the item's feedback.
    let attempt = Resource::new(
        move || {
            (
                params
                    .read()
                    .get("attempt")
                    .and_then(|a| a.parse::<i64>().ok()),
                submit.version().get(),
            )
        },
        |(id, _)| async move {
            match id {
                Some(id) => get_attempt(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let t = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match attempt.await {
                    Ok(a) => view! { <Attempt a submit/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Attempt(a: AttemptPage, submit: ServerAction<SubmitAttempt>) -> impl IntoView {
    let t = use_i18n();
    let value = submit.value();
    // With JavaScript, every change is saved at once, so a reload or a lost connection resumes the
    // attempt. Without it, the answers travel with the final submission.
    let save = ServerAction::<SaveAnswers>::new();
    let autosave = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use leptos::form::FromFormData;
            use wasm_bindgen::JsCast;
            let form = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("form").ok().flatten())
                .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
            if let Some(data) = form.and_then(|f| web_sys::FormData::new_with_form(&f).ok()) {
                if let Ok(input) = SaveAnswers::from_form_data(&data) {
                    save.dispatch(input);
                }
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, save);
    };
    let save_status = move || match save.value().get() {
        Some(Ok(_)) if !save.pending().get() => t.t("attempt-saved"),
        Some(Err(_)) => t.t("attempt-save-failed"),
        _ => String::new(),
    };
    let total = a.items.len() as u32;
    let title = t.t_with(
        "attempt-title",
        &[
            ("quiz", a.quiz_title.clone().into()),
            ("number", a.number.into()),
        ],
    );
    let quiz_href = format!("/courses/{}/quizzes/{}", a.course_id, a.quiz_id);
    let saved = a.saved.clone();
    let immediate = a.immediate;
    let lang = a.lang;
    let error = Signal::derive(move || value.get().and_then(|r| r.err()));
    view! {
        <Title text=title.clone()/>
        <article class="page narrow" id="attempt" data-attempt=a.id>
            <h1>{title}</h1>
            <FallbackNote lang=a.lang/>
            <p class="lead">{if immediate { t.t("attempt-lead-immediate") } else { t.t("attempt-lead") }}</p>
            {a.deadline.map(|d| view! {
                <div class="alert" id="attempt-deadline">
                    <p>{t.t_with("attempt-deadline", &[("time", local_time(d, t.lang()).into())])}</p>
                    <Countdown deadline=d now=a.now/>
                </div>
            })}
            <FormError value/>
            <p class="autosave" role="status" aria-live="polite" id="autosave-status">{save_status}</p>
            <div on:change=autosave>
            <ActionForm action=submit attr:class="form quiz-form" attr:id="attempt-form" attr:novalidate=true>
                <input type="hidden" name="attempt_id" value=a.id/>
                {a.items.into_iter().map(|item| view! { <Question item total saved=saved.clone() immediate error lang/> }).collect_view()}
                <button type="submit" class="button button-primary" id="submit-attempt"
                    aria-busy=move || submit.pending().get().then_some("true")>
                    {t.t("attempt-submit")}
                </button>
            </ActionForm>
            </div>
            <p><A href=quiz_href>{t.t("review-back")}</A></p>
        </article>
    }
}

fn field(item: &str, part: Option<&str>) -> String {
    match part {
        Some(p) => format!("a[{item}.{p}]"),
        None => format!("a[{item}]"),
    }
}

fn dom_id(item: &str, part: &str) -> String {
    format!("q-{item}-{part}")
}

#[component]
pub(crate) fn Question(
    item: ShownItem,
    total: u32,
    saved: BTreeMap<String, String>,
    immediate: bool,
    error: Signal<Option<AppError>>,
    /// The language the items are written in (the course's fallback when not the reader's).
    lang: crate::domain::Lang,
) -> impl IntoView {
    let t = use_i18n();
    let id = item.id.clone();
    let checked = item.checked.clone();
    let saved_value = |key: &str| saved.get(key).cloned();
    let heading = t.t_with(
        "attempt-question",
        &[("number", item.number.into()), ("total", total.into())],
    );
    let points = t.t_with("attempt-points", &[("points", item.points.into())]);
    let prompt_id = dom_id(&id, "prompt");
    let labelled_by = prompt_id.clone();
    let body = match item.kind {
        ShownKind::SingleChoice(options) => {
            let chosen = saved_value(&id);
            radios(&id, options, chosen).into_any()
        }
        ShownKind::TrueFalse => {
            let chosen = saved_value(&id);
            let options = vec![
                Choice { id: "true".into(), text: t.t("attempt-true") },
                Choice { id: "false".into(), text: t.t("attempt-false") },
            ];
            radios(&id, options, chosen).into_any()
        }
        ShownKind::MultipleResponse(options) => view! {
            <ul class="choices">
                {options.into_iter().map(|o| {
                    let key = format!("{id}.{}", o.id);
                    let checked = saved.contains_key(&key);
                    let input_id = dom_id(&id, &o.id);
                    view! {
                        <li>
                            <input type="checkbox" id=input_id.clone() name=field(&id, Some(&o.id)) value="on" checked=checked/>
                            <label for=input_id>{o.text}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any(),
        ShownKind::Matching(prompts, answers) => view! {
            <div class="pairs">
                {prompts.into_iter().map(|p| {
                    let key = format!("{id}.{}", p.id);
                    let select_id = dom_id(&id, &p.id);
                    view! {
                        <div class="field">
                            <label for=select_id.clone()>{p.text}</label>
                            {select(select_id, field(&id, Some(&p.id)), &answers, saved.get(&key).cloned(), t.t("attempt-choose"))}
                        </div>
                    }
                }).collect_view()}
            </div>
        }
        .into_any(),
        ShownKind::Ordering(steps) => view! {
            <div class="pairs">
                {(1..=steps.len()).map(|n| {
                    let key = format!("{id}.{n}");
                    let select_id = dom_id(&id, &n.to_string());
                    view! {
                        <div class="field">
                            <label for=select_id.clone()>{t.t_with("attempt-position", &[("n", (n as u32).into())])}</label>
                            {select(select_id, field(&id, Some(&n.to_string())), &steps, saved.get(&key).cloned(), t.t("attempt-choose"))}
                        </div>
                    }
                }).collect_view()}
            </div>
        }
        .into_any(),
        ShownKind::Numeric(unit) => {
            let input_id = dom_id(&id, "answer");
            view! {
                <div class="field">
                    <label for=input_id.clone()>{t.t("attempt-number-answer")}</label>
                    <span class="with-unit">
                        <input type="text" inputmode="decimal" id=input_id name=field(&id, None)
                            value=saved_value(&id).unwrap_or_default() autocomplete="off"/>
                        {unit.map(|u| view! { <span class="unit">{u}</span> })}
                    </span>
                </div>
            }
            .into_any()
        }
        ShownKind::ShortText => {
            let input_id = dom_id(&id, "answer");
            view! {
                <div class="field">
                    <label for=input_id.clone()>{t.t("attempt-text-answer")}</label>
                    <input type="text" id=input_id name=field(&id, None) maxlength="500"
                        value=saved_value(&id).unwrap_or_default() autocomplete="off"/>
                </div>
            }
            .into_any()
        }
    };
    let is_checked = checked.is_some();
    // Immediate feedback: a checked item is locked and shows its feedback; the others can be
    // checked one by one (the button submits the whole form, so nothing typed is lost).
    let after = match checked {
        Some(r) => {
            let state = if r.credit == 1000 {
                "right"
            } else if r.credit == 0 {
                "wrong"
            } else {
                "partly"
            };
            let verdict = t.t(&format!("attempt-checked-{state}"));
            // Just checked (the check leads back to `#question-<id>`): the feedback takes the
            // focus so it is read out at once. This very element, once it is in the document, since
            // the attempt may render more than once after a check. The router follows the check's
            // redirect a frame after the action ends, so the new attempt may be on the page before
            // the address has the item's hash: the effect waits for it.
            let feedback = NodeRef::<leptos::html::Div>::new();
            #[cfg(feature = "hydrate")]
            {
                let location = leptos_router::hooks::use_location();
                let target = format!("#question-{id}");
                Effect::new(move |_| {
                    if let Some(div) = feedback.get() {
                        if location.hash.get() == target {
                            crate::components::focus::focus_when_connected(div.into(), 60);
                        }
                    }
                });
            }
            view! {
                <div node_ref=feedback class=format!("check-feedback review-item {state}") id=format!("feedback-{id}") tabindex="-1" role="group"
                    aria-label=t.t("attempt-feedback-label")>
                    <p class="verdict"><strong>{verdict}</strong></p>
                    <ItemFeedback i=r lang/>
                </div>
            }
            .into_any()
        }
        None if immediate => {
            let key = format!("check-{id}");
            let message = move || error.get().and_then(|e| e.field_key(&key).map(|k| t.t(k)));
            let error_id = format!("check-error-{id}");
            view! {
                <p class="field-error" id=error_id.clone() role="alert">{message}</p>
                <button type="submit" class="button button-small check-answer" name="check" value=id.clone()
                    data-check=id.clone() aria-describedby=error_id>
                    {t.t("attempt-check")}
                </button>
            }
            .into_any()
        }
        None => ().into_any(),
    };
    view! {
        <fieldset class="question" id=format!("question-{id}") data-item=id.clone() aria-labelledby=labelled_by
            disabled=is_checked class:checked=is_checked>
            <legend class="question-number">{heading}" · "{points}</legend>
            <p class="question-prompt" id=prompt_id lang=lang.code()>{item.prompt}</p>
            <input type="hidden" name=format!("a[{}{id}]", crate::wire::SHOWN_FIELD_PREFIX) value="1"/>
            <div class="question-body" lang=lang.code()>{body}</div>
        </fieldset>
        {after}
    }
}

fn radios(item: &str, options: Vec<Choice>, chosen: Option<String>) -> impl IntoView {
    let item = item.to_string();
    view! {
        <ul class="choices">
            {options.into_iter().map(|o| {
                let input_id = dom_id(&item, &o.id);
                let checked = chosen.as_deref() == Some(o.id.as_str());
                view! {
                    <li>
                        <input type="radio" id=input_id.clone() name=field(&item, None) value=o.id.clone() checked=checked/>
                        <label for=input_id>{o.text}</label>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn select(
    id: String,
    name: String,
    options: &[Choice],
    chosen: Option<String>,
    placeholder: String,
) -> impl IntoView {
    let options = options.to_vec();
    view! {
        <select id=id name=name>
            <option value="">{placeholder}</option>
            {options.into_iter().map(|o| {
                let selected = chosen.as_deref() == Some(o.id.as_str());
                view! { <option value=o.id.clone() selected=selected>{o.text}</option> }
            }).collect_view()}
        </select>
    }
}

/// Time left, counting down each second once the page is interactive (from the server's clock at
/// first, so the server-rendered page and the hydrated one agree).
#[component]
fn Countdown(deadline: i64, now: i64) -> impl IntoView {
    let t = use_i18n();
    let left = RwSignal::new((deadline - now).max(0));
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            let offset = now - (web_sys::js_sys::Date::now() / 1000.0) as i64;
            set_interval(
                move || {
                    let client_now = (web_sys::js_sys::Date::now() / 1000.0) as i64 + offset;
                    left.set((deadline - client_now).max(0));
                },
                std::time::Duration::from_secs(1),
            );
        }
    });
    let text = move || {
        let s = left.get();
        t.t_with(
            "attempt-time-left",
            &[("time", format!("{}:{:02}", s / 60, s % 60).into())],
        )
    };
    // role=timer is not announced on every tick; the minute warnings below are.
    let warning = move || {
        let s = left.get();
        if s == 0 {
            t.t("attempt-time-up")
        } else if s <= 60 {
            t.t("attempt-one-minute")
        } else {
            String::new()
        }
    };
    view! {
        <p role="timer" id="attempt-time-left"><strong>{text}</strong></p>
        <p class="visually-hidden" aria-live="assertive">{warning}</p>
    }
}
