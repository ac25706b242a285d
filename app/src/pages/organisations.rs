//! `/organisations`: the organisations the signed-in user administers, and for platform
//! administrators a form to create one.

use super::SignInFirst;
use crate::api::{organisations, CreateOrganisation};
use crate::app::use_auth;
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::organisation::OrgKind;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{OrgCard, Role};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let t = use_i18n();
    let auth = use_auth();
    let list = Resource::new(|| (), |_| organisations());
    let page = move || {
        Suspend::new(async move {
            let admin =
                matches!(auth.user.await, Ok(Some(u)) if u.roles.contains(&Role::PlatformAdmin));
            match list.await {
                Ok(orgs) => view! {
                    <OrgList orgs/>
                    {admin.then(|| view! {
                        <CreateOrganisationForm/>
                        <p><A href="/lti/platforms" attr:id="lti-platforms-link">{t.t("lti-platforms-link")}</A></p>
                    })}
                }
                .into_any(),
                Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("orgs-title")/>
        <article class="page" id="organisations">
            <h1>{t.t("orgs-title")}</h1>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
            <p><A href="/networks" attr:id="networks-link">{t.t("networks-link")}</A></p>
        </article>
    }
}

#[component]
fn OrgList(orgs: Vec<OrgCard>) -> impl IntoView {
    let t = use_i18n();
    if orgs.is_empty() {
        return view! { <p id="orgs-none">{t.t("orgs-none")}</p> }.into_any();
    }
    view! {
        <ul class="card-list" id="org-list">
            {orgs.into_iter().map(|o| view! {
                <li class="card">
                    <h2><A href=format!("/organisations/{}", o.id)>{o.name.clone()}</A></h2>
                    <p class="meta">
                        {t.t(o.kind.message_key())}" · "
                        {t.t_with("orgs-members", &[("count", o.members.into())])}
                    </p>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn CreateOrganisationForm() -> impl IntoView {
    let t = use_i18n();
    let create = ServerAction::<CreateOrganisation>::new();
    let value = create.value();
    let kind_error = field_error(value, "kind");
    view! {
        <section class="panel" aria-labelledby="org-create-heading">
            <h2 id="org-create-heading">{t.t("orgs-create-heading")}</h2>
            <FormError value/>
            <ActionForm action=create attr:class="form" attr:id="org-create-form" attr:novalidate=true>
                <Field label=t.t("orgs-name") name="name" error=field_error(value, "name")/>
                <div class="field" class:field-invalid=move || kind_error.get().is_some()>
                    <label for="field-kind">{t.t("orgs-kind")}</label>
                    {move || kind_error.get().map(|e| view! { <p class="field-error" id="field-kind-error">{e}</p> })}
                    <select id="field-kind" name="kind">
                        {OrgKind::ALL.into_iter().map(|k| view! {
                            <option value=k.as_str()>{t.t(k.message_key())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Submit label=t.t("orgs-create") id="org-create" pending=create.pending()/>
            </ActionForm>
        </section>
    }
}
