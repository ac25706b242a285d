//! `/organisations/:org/verify` and `/organisations/:org/verify/:check`: bulk verification. An
//! administrator pastes (or, with JavaScript, chooses a file of) certificate codes and employees'
//! email addresses and gets each one's status, with a CSV download of the answer.

use super::SignInFirst;
use crate::api::{bulk_report, BulkVerify};
use crate::components::form::{field_error, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::clock::local_date;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{BulkReport, BulkRow};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn BulkVerifyPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let org_id = move || params.read().get("org").and_then(|s| s.parse::<i64>().ok());
    let check = move || params.read().get("check").map(|s| s.parse::<i64>().ok());
    let data = Resource::new(
        move || (org_id(), check()),
        |(id, check)| async move {
            match (id, check) {
                (Some(id), None) => bulk_report(id, None).await,
                (Some(id), Some(Some(check))) => bulk_report(id, Some(check)).await,
                _ => Err(AppError::NotFound),
            }
        },
    );
    let verify = ServerAction::<BulkVerify>::new();
    let page = move || {
        Suspend::new(async move {
            match data.await {
                Ok(r) => view! { <Bulk r verify/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("bulk-title")/>
        <article class="page" id="bulk-verify">
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Bulk(r: BulkReport, verify: ServerAction<BulkVerify>) -> impl IntoView {
    let t = use_i18n();
    let value = verify.value();
    let list_error = field_error(value, "list");
    let id = r.org_id;
    let count = |outcome: &[&str]| {
        r.rows
            .iter()
            .filter(|b| outcome.contains(&b.outcome.as_str()))
            .count() as i64
    };
    let summary = r.check_id.map(|_| {
        t.t_with(
            "bulk-summary",
            &[
                ("total", (r.rows.len() as i64).into()),
                ("valid", count(&["valid"]).into()),
                ("expiring", count(&["expiring"]).into()),
                (
                    "problem",
                    count(&[
                        "expired",
                        "revoked",
                        "suspended",
                        "lapsed",
                        "missing",
                        "not_found",
                        "not_member",
                        "unreadable",
                    ])
                    .into(),
                ),
            ],
        )
    });
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{id}")>{r.org_name.clone()}</A></p>
        <h1>{t.t("bulk-title")}</h1>
        <p>{t.t("bulk-lead")}</p>
        {r.check_id.map(|check| view! {
            <section aria-labelledby="bulk-result-heading" id="bulk-result">
                <h2 id="bulk-result-heading">{t.t("bulk-result-heading")}</h2>
                <p role="status" id="bulk-summary">{summary.clone()}</p>
                <BulkTable rows=r.rows.clone()/>
                <p><a href=format!("/organisations/{id}/verify/{check}/results.csv") class="button" id="bulk-csv" download>{t.t("bulk-csv")}</a></p>
            </section>
        })}
        <section class="panel" aria-labelledby="bulk-form-heading">
            <h2 id="bulk-form-heading">{if r.check_id.is_some() { t.t("bulk-again") } else { t.t("bulk-form-heading") }}</h2>
            <FormError value/>
            <ActionForm action=verify attr:class="form" attr:id="bulk-form" attr:novalidate=true>
                <input type="hidden" name="org_id" value=id/>
                <div class="field" class:field-invalid=move || list_error.get().is_some()>
                    <label for="field-list">{t.t("bulk-list")}</label>
                    <p class="hint" id="field-list-hint">{t.t("bulk-hint")}</p>
                    {move || list_error.get().map(|e| view! { <p class="field-error" id="field-list-error">{e}</p> })}
                    <textarea id="field-list" name="list" rows="8" spellcheck="false"
                        aria-required="true"
                        aria-invalid=move || list_error.get().is_some().then_some("true")
                        aria-describedby=move || if list_error.get().is_some() { "field-list-hint field-list-error" } else { "field-list-hint" }
                    >{r.input.clone()}</textarea>
                </div>
                <Submit label=t.t("bulk-check") id="bulk-check" pending=verify.pending()/>
            </ActionForm>
        </section>
    }
}

#[component]
fn BulkTable(rows: Vec<BulkRow>) -> impl IntoView {
    let t = use_i18n();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="bulk-result-heading">
            <table class="data-table" id="bulk-rows">
                <thead>
                    <tr>
                        <th scope="col" class="num">{t.t("bulk-line")}</th>
                        <th scope="col">{t.t("bulk-input")}</th>
                        <th scope="col">{t.t("bulk-outcome")}</th>
                        <th scope="col">{t.t("field-name")}</th>
                        <th scope="col">{t.t("org-certificates")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|b| {
                        let good = matches!(b.outcome.as_str(), "valid");
                        let warn = matches!(b.outcome.as_str(), "expiring");
                        view! {
                            <tr data-input=b.input.clone() data-outcome=b.outcome.clone()>
                                <td class="num">{b.line}</td>
                                <th scope="row" class="code">{b.input.clone()}</th>
                                <td>
                                    <span class="badge" class:badge-ok=good class:badge-warn=warn class:badge-bad=!good && !warn>
                                        {t.t(&format!("bulk-outcome-{}", b.outcome))}
                                    </span>
                                </td>
                                <td>{b.person.clone().unwrap_or_else(|| "–".into())}</td>
                                <td>
                                    <ul class="plain-list">
                                        {b.certificates.into_iter().map(|c| view! {
                                            <li>
                                                <A href=format!("/verify/{}", c.code)><span class="code">{c.code.clone()}</span></A>
                                                " · "{c.title}
                                                " · "{t.t(&format!("certificate-status-{}", c.status))}
                                                " · "{t.t_with("org-expires", &[("date", local_date(c.expires_at, t.lang()).into())])}
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
