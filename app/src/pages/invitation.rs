//! `/invitation?token=…`: where the link in an invitation email leads. It says which
//! organisation invites whom; a signed-in person with the invited address accepts with one
//! button, someone without an account makes one (the address is the invited one) and joins.

use crate::api::{invitation, AcceptInvitation, JoinByInvitation};
use crate::app::use_auth;
use crate::components::form::{field_error, Field, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::domain::clock::local_date;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{InvitationView, SessionUser};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let t = use_i18n();
    let auth = use_auth();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let accept = auth.action::<AcceptInvitation>();
    let join = auth.action::<JoinByInvitation>();
    let found = Resource::new(token, invitation);
    let page = move || {
        Suspend::new(async move {
            let user = auth.user.await.ok().flatten();
            match found.await {
                Ok(i) => view! { <Invitation i user token=token() accept join/> }.into_any(),
                Err(AppError::LinkExpired) => view! {
                    <div class="alert alert-error" role="alert" id="invitation-expired"><p>{t.t("invitation-expired")}</p></div>
                }
                .into_any(),
                Err(AppError::NotFound) => view! {
                    <div class="alert alert-error" role="alert" id="invitation-invalid"><p>{t.t("invitation-invalid")}</p></div>
                }
                .into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=t.t("invitation-title")/>
        <article class="page narrow" id="invitation">
            <h1>{t.t("invitation-title")}</h1>
            <Transition fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{page}</Transition>
        </article>
    }
}

#[component]
fn Invitation(
    i: InvitationView,
    user: Option<SessionUser>,
    token: String,
    accept: ServerAction<AcceptInvitation>,
    join: ServerAction<JoinByInvitation>,
) -> impl IntoView {
    let t = use_i18n();
    let lead = t.t_with(
        "invitation-lead",
        &[
            ("organisation", i.organisation.clone().into()),
            ("role", t.t(i.role.message_key()).into()),
        ],
    );
    let state = match i.state.as_str() {
        "open" => None,
        other => Some(t.t(&format!("invitation-now-{other}"))),
    };
    let body = match (state, user) {
        (Some(message), _) => view! {
            <div class="alert alert-error" role="alert" id="invitation-closed"><p>{message}</p></div>
        }
        .into_any(),
        (None, Some(user)) if user.email != i.email => view! {
            <div class="alert alert-error" role="alert" id="invitation-other-account">
                <p>{t.t_with("invitation-other-account", &[("invited", i.email.clone().into()), ("you", user.email.into())])}</p>
            </div>
        }
        .into_any(),
        (None, Some(_)) => {
            let value = accept.value();
            view! {
                <FormError value/>
                <ActionForm action=accept attr:id="accept-form">
                    <input type="hidden" name="token" value=token/>
                    <Submit label=t.t_with("invitation-accept", &[("organisation", i.organisation.clone().into())]) id="accept-invitation" pending=accept.pending()/>
                </ActionForm>
            }
            .into_any()
        }
        (None, None) => {
            let value = join.value();
            let next = format!("/invitation?token={}", super::urlencode(&token));
            view! {
                <h2>{t.t("invitation-new-account")}</h2>
                <FormError value/>
                <ActionForm action=join attr:class="form" attr:id="join-form" attr:novalidate=true>
                    <input type="hidden" name="token" value=token/>
                    <Field label=t.t("field-name") name="name" autocomplete="name" value=i.name.clone() error=field_error(value, "name")/>
                    <div class="field">
                        <label for="field-invited-email">{t.t("field-email")}</label>
                        <input id="field-invited-email" type="email" value=i.email.clone() readonly aria-describedby="field-invited-email-hint"/>
                        <p class="hint" id="field-invited-email-hint">{t.t("invitation-email-hint")}</p>
                    </div>
                    <Field label=t.t("field-password") name="password" kind="password" autocomplete="new-password"
                        hint=t.t_with("password-hint", &[("min", (crate::domain::NewPassword::MIN_CHARS as u32).into())]) error=field_error(value, "password")/>
                    <Submit label=t.t("invitation-join") id="join-invitation" pending=join.pending()/>
                </ActionForm>
                <p>{t.t("invitation-have-account")}" "<a href=format!("/sign-in?next={}", super::urlencode(&next)) id="invitation-sign-in">{t.t("nav-sign-in")}</a></p>
            }
            .into_any()
        }
    };
    view! {
        <p class="lead" id="invitation-lead">{lead}</p>
        <p class="meta">{t.t_with("invitation-valid-until", &[("date", local_date(i.expires_at, t.lang()).into())])}</p>
        {body}
    }
}
