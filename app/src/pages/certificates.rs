//! Certificates: the learner's own (with the link to share), and the public verification page
//! where anyone checks a code — and a platform administrator revokes or reinstates.

use super::SignInFirst;
use crate::api::{my_certificates, verify_certificate, ChangeCertificate, RenewCertificate};
use crate::app::use_auth;
use crate::components::form::field_error;
use crate::components::form::FormError;
use crate::components::status::ErrorPage;
use crate::domain::clock::local_date;
use crate::domain::hours::display_hours;
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n};
use crate::wire::RenewalView;
use crate::wire::{CertificateView, Role};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

fn status_text(t: I18n, c: &CertificateView) -> String {
    t.t(&format!("certificate-status-{}", c.status))
}

#[component]
pub fn CertificatesPage() -> impl IntoView {
    let t = use_i18n();
    let renew = ServerAction::<RenewCertificate>::new();
    let list = Resource::new(move || renew.version().get(), |_| my_certificates());
    let renew_error = field_error(renew.value(), "code");
    view! {
        <Title text=t.t("certificates-title")/>
        <article class="page narrow" id="certificates">
            <h1>{t.t("certificates-title")}</h1>
            <p><A href="/certificates/cpd" attr:id="cpd-link">{t.t("renewal-cpd-link")}</A></p>
            {move || renew_error.get().map(|e| view! { <div class="alert alert-error" role="alert" id="renew-error"><p>{e}</p></div> })}
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => view! { <p id="no-certificates">{t.t("certificates-none")}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="certificate-list" role="list">
                                {list.into_iter().map(|c| view! { <CertificateCard c renew/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                        Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </article>
    }
}

#[component]
fn CertificateCard(c: CertificateView, renew: ServerAction<RenewCertificate>) -> impl IntoView {
    let t = use_i18n();
    let href = format!("/verify/{}", c.code);
    let status = status_text(t, &c);
    view! {
        <li class=format!("certificate-card status-{}", c.status) data-code=c.code.clone()>
            <p class="eyebrow">{if c.qualification { t.t("certificate-qualification") } else { t.t("certificate-module") }}</p>
            <h2>{c.title.clone()}</h2>
            <p>{c.programme.clone()}</p>
            <dl class="certificate-facts">
                <dt>{t.t("certificate-code")}</dt><dd class="code">{c.code.clone()}</dd>
                <dt>{t.t("certificate-issued")}</dt><dd>{local_date(c.issued_at, t.lang())}</dd>
                <dt>{t.t("certificate-expires")}</dt><dd>{local_date(c.expires_at, t.lang())}</dd>
                <dt>{t.t("certificate-status")}</dt><dd class="status">{status}</dd>
            </dl>
            {c.status_reason.clone().map(|r| view! { <p class="alert">{t.t("certificate-reason")}": "{r}</p> })}
            <p class="certificate-actions">
                <A href=href.clone() attr:class="button button-small">{t.t("certificate-verification-link")}</A>
                // Plain links: these are files, not pages of the application.
                <a href=format!("/certificates/{}/certificate.pdf", c.code) class="button button-small download-pdf" download>
                    {t.t("certificate-download-pdf")}
                </a>
                <a href=format!("/certificates/{}/credential.jwt", c.code) class="button button-small download-credential" download>
                    {t.t("certificate-download-credential")}
                </a>
            </p>
            <p class="hint">{t.t("certificate-share-hint")}</p>
            <p class="hint">{t.t("certificate-credential-hint")}</p>
            {c.renewal.clone().map(|r| view! { <Renewal code=c.code.clone() r renew/> })}
        </li>
    }
}

/// Where renewal stands, what it still needs, and the button when it is ready.
#[component]
fn Renewal(code: String, r: RenewalView, renew: ServerAction<RenewCertificate>) -> impl IntoView {
    let t = use_i18n();
    let state = match r.state.as_str() {
        "not_yet" => t.t_with(
            "renewal-not-yet",
            &[("date", local_date(r.opens_at, t.lang()).into())],
        ),
        "open" => t.t("renewal-open"),
        "renewed" => t.t_with(
            "renewal-renewed",
            &[("code", r.renewed_by.clone().unwrap_or_default().into())],
        ),
        _ => t.t("renewal-closed"),
    };
    let needs = matches!(r.state.as_str(), "not_yet" | "open");
    let heading = format!("renewal-heading-{code}");
    let labelled_by = heading.clone();
    view! {
        <section class="renewal" aria-labelledby=labelled_by data-state=r.state.clone()>
            <h3 id=heading>{t.t("renewal-heading")}</h3>
            <p class="renewal-state">{state}</p>
            {needs.then(|| view! {
                <ul class="renewal-needs">
                    {(r.cpd_required_tenths > 0).then(|| view! {
                        <li class="renewal-cpd">{t.t_with("renewal-cpd", &[
                            ("logged", display_hours(r.cpd_tenths, t.lang()).into()),
                            ("required", display_hours(r.cpd_required_tenths, t.lang()).into()),
                        ])}</li>
                    })}
                    {(!r.modules_missing.is_empty()).then(|| view! {
                        <li>{t.t_with("renewal-modules", &[("modules", r.modules_missing.join(", ").into())])}</li>
                    })}
                </ul>
            })}
            {r.ready.then(|| view! {
                <ActionForm action=renew>
                    <input type="hidden" name="code" value=code.clone()/>
                    <button type="submit" class="button button-primary renew-certificate">{t.t("renewal-renew")}</button>
                </ActionForm>
            })}
        </section>
    }
}

/// `/verify` (a form for the code) and `/verify/<code>` (the result).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let code = move || {
        params
            .read()
            .get("code")
            .or_else(|| query.read().get("code"))
            .filter(|c| !c.trim().is_empty())
    };
    // Revoking or reinstating comes back to this address: each change loads the result again.
    let change = ServerAction::<ChangeCertificate>::new();
    let result = Resource::new(
        move || (code(), change.version().get()),
        |(code, _)| async move {
            match code {
                Some(code) => Some(verify_certificate(code).await),
                None => None,
            }
        },
    );
    view! {
        <Title text=t.t("verify-title")/>
        <article class="page narrow" id="verify">
            <h1>{t.t("verify-title")}</h1>
            <p class="lead">{t.t("verify-lead")}</p>
            <form method="get" action="/verify" class="form verify-form" id="verify-form">
                <div class="field">
                    <label for="verify-code">{t.t("certificate-code")}</label>
                    <input id="verify-code" name="code" type="text" autocomplete="off" spellcheck="false"
                        placeholder="RTW-XXXX-XXXX-XXXX-XXXX" value=move || code().unwrap_or_default() maxlength="40"/>
                </div>
                <button type="submit" class="button button-primary" id="verify-submit">{t.t("verify-submit")}</button>
            </form>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match result.await {
                        None => ().into_any(),
                        Some(Ok(c)) => view! { <Verified c change/> }.into_any(),
                        Some(Err(AppError::NotFound)) => view! {
                            <div class="alert alert-error" role="alert" id="verify-not-found">
                                <p><strong>{t.t("verify-not-found")}</strong></p>
                                <p>{t.t("verify-not-found-hint")}</p>
                            </div>
                        }.into_any(),
                        Some(Err(e)) => view! { <ErrorPage error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </article>
    }
}

#[component]
fn Verified(c: CertificateView, change: ServerAction<ChangeCertificate>) -> impl IntoView {
    let t = use_i18n();
    let auth = use_auth();
    let valid = c.status == "valid";
    let class = if valid {
        "alert alert-success verify-result"
    } else {
        "alert alert-error verify-result"
    };
    let status = status_text(t, &c);
    let code = c.code.clone();
    let stored = c.status.clone();
    let admin = move || {
        let code = code.clone();
        let status = stored.clone();
        Suspend::new(async move {
            let is_admin =
                matches!(auth.user.await, Ok(Some(u)) if u.roles.contains(&Role::PlatformAdmin));
            is_admin.then(|| view! { <AdminActions code status change/> })
        })
    };
    view! {
        <section class=class role="status" id="verify-result" data-status=c.status.clone() aria-labelledby="verify-result-heading">
            <h2 id="verify-result-heading">{status}</h2>
            <dl class="certificate-facts">
                <dt>{t.t("certificate-holder")}</dt><dd id="verify-holder">{c.holder.clone()}</dd>
                <dt>{t.t("certificate-name")}</dt><dd>{c.title.clone()}</dd>
                <dt>{t.t("certificate-programme")}</dt><dd>{c.programme.clone()}</dd>
                <dt>{t.t("certificate-code")}</dt><dd class="code">{c.code.clone()}</dd>
                <dt>{t.t("certificate-issued")}</dt><dd>{local_date(c.issued_at, t.lang())}</dd>
                <dt>{t.t("certificate-expires")}</dt><dd>{local_date(c.expires_at, t.lang())}</dd>
                {c.status_at.filter(|_| !valid).map(|at| view! { <dt>{t.t("certificate-status-changed")}</dt><dd>{local_date(at, t.lang())}</dd> })}
            </dl>
        </section>
        <p class="hint">{t.t("verify-api-hint")}" "<code>{format!("/api/v1/certificates/{}", c.code)}</code></p>
        <Suspense fallback=|| ()>{admin}</Suspense>
    }
}

#[component]
fn AdminActions(
    code: String,
    status: String,
    change: ServerAction<ChangeCertificate>,
) -> impl IntoView {
    let t = use_i18n();
    let value = change.value();
    // The first is the usual next step; a suspended certificate can also be revoked outright.
    let (action, label, other) = match status.as_str() {
        "valid" | "expired" => (
            "revoke",
            t.t("certificate-revoke"),
            Some(("suspend", t.t("certificate-suspend"), "suspend-certificate")),
        ),
        "suspended" => (
            "reinstate",
            t.t("certificate-reinstate"),
            Some(("revoke", t.t("certificate-revoke"), "revoke-certificate")),
        ),
        _ => ("reinstate", t.t("certificate-reinstate"), None),
    };
    view! {
        <section class="panel admin-actions" aria-labelledby="admin-heading">
            <h2 id="admin-heading">{t.t("certificate-admin")}</h2>
            <FormError value/>
            <ActionForm action=change attr:class="form" attr:id="change-certificate-form">
                <input type="hidden" name="code" value=code/>
                <div class="field">
                    <label for="change-reason">{t.t("certificate-reason")}</label>
                    <textarea id="change-reason" name="reason" required maxlength="500" rows="3"></textarea>
                </div>
                <div class="button-row">
                    <button type="submit" class="button" id="change-certificate" name="action" value=action>{label}</button>
                    {other.map(|(action, label, id)| view! {
                        <button type="submit" class="button" id=id name="action" value=action>{label}</button>
                    })}
                </div>
            </ActionForm>
        </section>
    }
}
