//! `/accessibility`: the accessibility statement (what the law asks of public bodies in Norway and
//! Sweden, where the platform stands, what is known not to work, where to complain) and a
//! feedback form anyone can use.

use crate::api::SendAccessibilityFeedback;
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let t = use_i18n();
    let action = ServerAction::<SendAccessibilityFeedback>::new();
    let value = action.value();
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some() || matches!(value.get(), Some(Ok(())));
    let message_error = field_error(value, "message");
    view! {
        <Title text=t.t("a11y-title")/>
        <article class="page narrow prose" id="accessibility">
            <h1>{t.t("a11y-title")}</h1>
            <p class="lead">{t.t("a11y-lead")}</p>
            <h2>{t.t("a11y-law-heading")}</h2>
            <p>{t.t("a11y-law")}</p>
            <h2>{t.t("a11y-status-heading")}</h2>
            <p id="a11y-status">{t.t("a11y-status")}</p>
            <h2>{t.t("a11y-gaps-heading")}</h2>
            <ul id="a11y-gaps">
                <li>{t.t("a11y-gap-charts")}</li>
                <li>{t.t("a11y-gap-pdf")}</li>
                <li>{t.t("a11y-gap-languages")}</li>
            </ul>
            <h2>{t.t("a11y-testing-heading")}</h2>
            <p>{t.t("a11y-testing")}</p>
            <h2>{t.t("a11y-enforcement-heading")}</h2>
            <p>{t.t("a11y-enforcement-no")}</p>
            <p>{t.t("a11y-enforcement-se")}</p>
            <p class="hint">{t.t("a11y-date")}</p>

            <section class="panel" aria-labelledby="feedback-heading" id="feedback">
                <h2 id="feedback-heading">{t.t("feedback-heading")}</h2>
                <Show
                    when=sent
                    fallback=move || view! {
                        <p>{t.t("feedback-lead")}</p>
                        <FormError value/>
                        <ActionForm action attr:novalidate=true attr:class="form" attr:id="feedback-form">
                            <div class="field" class:field-invalid=move || message_error.get().is_some()>
                                <label for="field-message">{t.t("feedback-message")}</label>
                                {move || message_error.get().map(|e| view! { <p class="field-error" id="field-message-error">{e}</p> })}
                                <textarea
                                    id="field-message"
                                    name="message"
                                    rows="6"
                                    aria-required="true"
                                    aria-invalid=move || message_error.get().is_some().then_some("true")
                                    aria-describedby=move || message_error.get().is_some().then_some("field-message-error")
                                ></textarea>
                            </div>
                            <Field label=t.t("feedback-page") name="page" required=false hint=t.t("feedback-page-hint") error=field_error(value, "page")/>
                            <Field label=t.t("feedback-contact") name="contact" required=false autocomplete="email" hint=t.t("feedback-contact-hint") error=field_error(value, "contact")/>
                            <Submit label=t.t("feedback-submit") id="feedback-submit" pending=action.pending()/>
                        </ActionForm>
                    }
                >
                    <div class="alert alert-success" role="status" id="feedback-sent"><p>{t.t("feedback-sent")}</p></div>
                </Show>
            </section>
        </article>
    }
}
