//! `/organisations/:org/imports/:import`: the dry run of an uploaded roster. Every row with what
//! importing would do, every problem with its line, and the button that imports (all rows, and
//! only when no row has a problem). Nothing is written before that button.

use super::SignInFirst;
use crate::api::{roster_preview, ImportRoster};
use crate::components::form::{FormError, Submit};
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::ImportReport;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RosterImportPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let ids = move || {
        let p = params.read();
        let get = |k: &str| p.get(k).and_then(|s| s.parse::<i64>().ok());
        get("org").zip(get("import"))
    };
    let apply = ServerAction::<ImportRoster>::new();
    let report = Resource::new(ids, |ids| async move {
        match ids {
            Some((org, import)) => roster_preview(org, import).await.map(|r| (org, import, r)),
            None => Err(AppError::NotFound),
        }
    });
    let page = move || {
        Suspend::new(async move {
            match report.await {
                Ok((org, import, r)) => view! { <Report org import r apply/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("import-title")/>
        <article class="page" id="roster-import">
            <h1>{t.t("import-title")}</h1>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Report(
    org: i64,
    import: i64,
    r: ImportReport,
    apply: ServerAction<ImportRoster>,
) -> impl IntoView {
    let t = use_i18n();
    let count = |outcome: &str| r.rows.iter().filter(|row| row.outcome == outcome).count() as i64;
    let summary = t.t_with(
        "import-summary",
        &[
            ("invite", count("invite").into()),
            ("renew", count("renew").into()),
            ("member", count("member").into()),
            ("problems", (r.problems.len() as i64).into()),
        ],
    );
    let clean = r.problems.is_empty();
    let sending = count("invite") + count("renew");
    let value = apply.value();
    view! {
        <p class="breadcrumbs"><A href=format!("/organisations/{org}")>{t.t("import-back")}</A></p>
        <div class=if clean { "alert alert-info" } else { "alert alert-error" } role="status" id="import-summary">
            <p>{summary}</p>
            {(!clean).then(|| view! { <p>{t.t("import-fix-first")}</p> })}
        </div>
        {(!r.problems.is_empty()).then(|| view! {
            <section aria-labelledby="problems-heading">
                <h2 id="problems-heading">{t.t("import-problems-heading")}</h2>
                <ul id="import-problems">
                    {r.problems.into_iter().map(|p| view! {
                        <li data-line=p.line>
                            <strong>{t.t_with("import-line", &[("line", (p.line as i64).into())])}</strong>
                            ": "{p.messages.join(" ")}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!r.rows.is_empty()).then(|| view! {
            <section aria-labelledby="rows-heading">
                <h2 id="rows-heading">{t.t("import-rows-heading")}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rows-heading">
                    <table class="data-table" id="import-rows">
                        <thead>
                            <tr>
                                <th scope="col" class="num">{t.t("import-line-column")}</th>
                                <th scope="col">{t.t("field-name")}</th>
                                <th scope="col">{t.t("field-email")}</th>
                                <th scope="col">{t.t("org-role")}</th>
                                <th scope="col">{t.t("import-outcome")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {r.rows.into_iter().map(|row| view! {
                                <tr data-email=row.email.clone() data-outcome=row.outcome.clone()>
                                    <td class="num">{row.line}</td>
                                    <th scope="row">{row.name}</th>
                                    <td>{row.email.clone()}</td>
                                    <td>{t.t(row.role.message_key())}</td>
                                    <td>{t.t(&format!("import-outcome-{}", row.outcome))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        })}
        {(clean && sending > 0).then(|| view! {
            <FormError value/>
            <ActionForm action=apply attr:id="import-form">
                <input type="hidden" name="org_id" value=org/>
                <input type="hidden" name="import_id" value=import/>
                <Submit label=t.t_with("import-apply", &[("count", sending.into())]) id="import-apply" pending=apply.pending()/>
            </ActionForm>
        })}
    }
}
