//! One file per page, named after it.

mod accessibility;
mod account;
mod attempt;
mod author;
mod bulk_verify;
mod case;
mod case_analytics;
mod case_run;
mod certificates;
mod cohorts;
mod cpd;
mod draft;
mod draft_edit;
mod draft_form;
mod draft_preview;
mod forgot_password;
mod home;
mod invitation;
mod lesson;
mod lti_platforms;
mod networks;
mod org_api;
mod org_figures;
mod org_lrs;
mod org_sso;
mod org_webhooks;
mod organisation;
mod organisations;
mod programme;
mod quiz;
mod register;
mod reset_password;
pub(crate) mod review;
mod roster_import;
mod sign_in;
mod sso;
mod statistics;
mod version_changes;

pub use accessibility::AccessibilityPage;
pub use account::AccountPage;
pub use attempt::AttemptView;
pub use author::AuthorPage;
pub use bulk_verify::BulkVerifyPage;
pub use case::CasePage;
pub use case_analytics::CaseAnalyticsPage;
pub use case_run::CaseRunView;
pub use certificates::{CertificatesPage, VerifyPage};
pub use cohorts::CohortPage;
pub use cpd::CpdPage;
pub use draft::DraftPage;
pub use draft_edit::DraftEditPage;
pub use forgot_password::ForgotPasswordPage;
pub use home::HomePage;
pub use invitation::InvitationPage;
pub use lesson::LessonView;
pub use lti_platforms::LtiPlatformsPage;
pub use networks::{NetworkPage, NetworksPage};
pub use org_api::OrgApiPage;
pub use org_lrs::OrgLrsPage;
pub use org_sso::OrgSsoPage;
pub use org_webhooks::OrgWebhooksPage;
pub use organisation::OrgPersonPage;
pub use organisation::OrganisationPage;
pub use organisations::OrganisationsPage;
pub use programme::ProgrammePage;
pub use quiz::QuizPage;
pub use register::RegisterPage;
pub use reset_password::ResetPasswordPage;
pub use review::ReviewPage;
pub use roster_import::RosterImportPage;
pub use sign_in::SignInPage;
pub use sso::{SsoFailedPage, SsoLinkPage};
pub use statistics::StatisticsPage;
pub use version_changes::VersionChangesPage;

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

/// Sends a visitor who is not signed in to the sign-in page, and back here afterwards. On the
/// server the answer is a 303 redirect (so a browser without JavaScript follows it too); the link
/// is there for any client that does not follow redirects.
#[component]
pub fn SignInFirst() -> impl IntoView {
    let location = use_location();
    let here = format!("{}{}", location.pathname.get_untracked(), {
        let s = location.search.get_untracked();
        if s.is_empty() {
            String::new()
        } else {
            format!("?{s}")
        }
    });
    let target = format!("/sign-in?next={}", urlencode(&here));
    crate::components::status::set_status(303);
    let t = crate::i18n::use_i18n();
    view! {
        <p class="page narrow"><a href=target.clone()>{t.t("error-unauthenticated")}</a></p>
        <Redirect path=target/>
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass).
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::urlencode;

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(
            urlencode("/courses/a?x=1&y=æ"),
            "/courses/a%3Fx%3D1%26y%3D%C3%A6"
        );
    }
}
