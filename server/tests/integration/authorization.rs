//! The authorization matrix: every page, every server function and every plain endpoint, asked by
//! every kind of user, with the status each must get. Routes are taken from the application
//! itself (the page routes, the server-function registry, the list of plain endpoints), so a route
//! added without a row here fails this test.
//!
//! Who asks: nobody signed in (`anon`); the learner whose records are used (`owner`); another
//! learner (`other`); an author; a platform administrator (`admin`); an administrator of the
//! owner's organisation (`orgadmin`) and of another organisation (`otheradmin`).
//!
//! A cell is the HTTP status: 200 shown, 302 done (a form's redirect) or sent to sign in (pages),
//! 401 must sign in, 403 not allowed, 404 not there or not theirs (someone else's records are
//! not revealed to exist), 400/409/422 allowed in but refused for the input.

use crate::certificates::{complete, pass_quiz, play_case, setup};
use crate::common::{TestApp, HOST};
use axum::body::Body;
use http::{header, Method, Request};
use std::collections::BTreeMap;

const WHO: [&str; 7] = [
    "anon",
    "other",
    "author",
    "admin",
    "orgadmin",
    "otheradmin",
    "owner",
];

/// Server functions: the form each is called with. `{attempt}` is the owner's open attempt,
/// `{done}` a submitted one, `{run}` an open case run, `{choice}` its first choice, `{code}` the
/// owner's certificate, `{cpd}` one of the owner's CPD entries, `{n}` a number per caller.
const CALLS: &[(&str, &str)] = &[
    ("session", ""),
    ("courses", ""),
    ("programme", "course_id=rtw-coordinator"),
    (
        "lesson",
        "course_id=rtw-coordinator&lesson_id=why-coordination",
    ),
    ("complete_lesson", "course_id=cert-course&lesson_id=l1"),
    ("quiz", "course_id=cert-course&quiz_id=q"),
    (
        "start_quiz",
        "course_id=rtw-coordinator&quiz_id=module-2-quiz",
    ),
    ("attempt", "attempt_id={attempt}"),
    ("save_answers", "attempt_id={attempt}&a%5Bx%5D=y"),
    ("review", "attempt_id={done}"),
    ("quiz_statistics", "course_id=cert-course&quiz_id=q"),
    ("author_overview", ""),
    ("get_draft", "id={draft}"),
    ("get_version_changes", "course_id=rtw-coordinator"),
    ("get_draft_file", "id={draft}&path=course.toml"),
    ("start_draft", "course_id=rtw-coordinator"),
    ("save_draft_file", "id={draft}&path=NOTES.toml&content=x"),
    ("preview_lesson_text", "text=%23+x"),
    // The author and the administrator both saved a file above, so neither may approve
    // (four eyes); the author's sending it for review and discarding it come first.
    ("submit_draft", "id={draft}"),
    ("approve_draft", "id={draft}"),
    ("send_back_draft", "id={draft}&comment=Mer"),
    ("discard_draft", "id={draft}"),
    (
        "withdraw_version",
        "course_id=rtw-coordinator&version_no=1&reason=Feil",
    ),
    ("create_draft_file", "id={draft}&path=new-{n}.toml"),
    ("remove_draft_asset", "id={draft}&path=m/kart.png"),
    (
        "case",
        "course_id=rtw-coordinator&case_id=hanna-hospital-ward",
    ),
    ("start_case", "course_id=cert-course&case_id=c"),
    ("case_run", "run_id={run}"),
    ("case_analytics", "course_id=cert-course&case_id=c"),
    ("my_certificates", ""),
    ("verify_certificate", "code={code}"),
    ("renew_certificate", "code={code}"),
    ("my_cpd", ""),
    (
        "add_cpd",
        "activity=Kurs&provider=KS&done_on=2026-10-01&hours=2&attested_by=Leder",
    ),
    ("remove_cpd", "id={cpd}"),
    ("send_accessibility_feedback", "message=Kontrasten&page=%2F"),
    ("set_language", "lang=en"),
    ("request_password_reset", "email=kari.cert%40example.org"),
    (
        "reset_password",
        "token=not-a-token&password=correct+horse+battery",
    ),
    (
        "register",
        "name=Ny+Person&email=ny{n}%40example.org&password=correct+horse+battery",
    ),
    (
        "sign_in",
        "email=kari.cert%40example.org&password=wrong+password",
    ),
    ("delete_account", "password=wrong+password&confirm=on"),
    ("organisations", ""),
    ("create_organisation", "name=Org+{n}&kind=employer"),
    ("organisation", "org_id={org}"),
    (
        "invite_member",
        "org_id={org}&name=Ny+Person&email=inv{n}%40example.org&role=member",
    ),
    (
        "revoke_invitation",
        "org_id={org}&invitation_id={invitation}",
    ),
    (
        "upload_roster",
        "org_id={org}&roster=name%2Cemail%0AX+Y%2Cx{n}%40example.org%0A",
    ),
    ("roster_preview", "org_id={org}&import_id={import}"),
    ("import_roster", "org_id={org}&import_id={import}"),
    ("invitation", "token={token}"),
    ("my_organisations", ""),
    ("org_api", "org_id={org}"),
    (
        "create_api_token",
        "org_id={org}&name=HR+{n}&days=90&scope_people=on",
    ),
    ("revoke_api_token", "org_id={org}&token_id={apitoken}"),
    ("org_webhooks", "org_id={org}"),
    (
        "create_webhook",
        "org_id={org}&url=https%3A%2F%2Fhr.example.org%2Fh{n}&event_module_completed=on",
    ),
    ("replay_delivery", "org_id={org}&delivery_id={delivery}"),
    ("disable_webhook", "org_id={org}&webhook_id={webhook}"),
    ("org_lrs", "org_id={org}"),
    (
        "save_lrs",
        "org_id={org}&endpoint=https%3A%2F%2Flrs.example.org%2FxAPI%2F&username=u&password=p",
    ),
    ("toggle_lrs", "org_id={org}&enable=true"),
    ("org_sso", "org_id={org}"),
    // No provider answers at this address: those allowed in get the field error (422).
    (
        "save_sso",
        "org_id={org}&issuer=http%3A%2F%2F127.0.0.1%3A9%2F&client_id=c&client_secret=s",
    ),
    // No provider is saved, so there is nothing to turn on, even for those allowed.
    ("toggle_sso", "org_id={org}&enable=true"),
    ("sso_choices", ""),
    ("lti_platforms", ""),
    // An empty form: the administrator gets the field errors (422), everyone else is refused.
    ("add_lti_platform", "name="),
    // No such platform: the administrator gets 404.
    ("toggle_lti_platform", "id=999999&enable=false"),
    ("sso_link_info", ""),
    // Nothing waits to be linked in this browser: a field error for everyone.
    ("link_sso", "password=x"),
    (
        "change_member_role",
        "org_id={org}&user_id={member}&role=member",
    ),
    // The organisation's only administrator: those allowed reach the rule that keeps one (422).
    ("remove_member", "org_id={org}&user_id={onlyadmin}"),
    ("org_person", "org_id={org}&user_id={member}"),
    ("bulk_verify", "org_id={org}&list=ola%40example.org"),
    ("bulk_report", "org_id={org}&check_id={check}"),
    ("cohort", "org_id={org}&cohort_id={cohort}"),
    (
        "create_cohort",
        "org_id={org}&name=Kull+{n}&course_id={course}&deadline=2099-01-01",
    ),
    (
        "add_to_cohort",
        "org_id={org}&cohort_id={cohort}&user_id={member}",
    ),
    (
        "remove_from_cohort",
        "org_id={org}&cohort_id={cohort}&user_id={member}",
    ),
    ("networks", ""),
    ("network", "network_id={network}"),
    ("create_network", "name=Nettverk+{n}"),
    (
        "set_network_member",
        "network_id={network}&org_id={org}&join=true",
    ),
    (
        "join_by_invitation",
        "token={token}&name=Kari&password=correct+horse+battery",
    ),
    // These change what later rows see, so they come last, the owner's own last of all.
    ("submit_attempt", "attempt_id={attempt}"),
    ("decide", "run_id={run}&step=0&choice={choice}"),
    (
        "change_certificate",
        "code={code}&action=revoke&reason=Feil+person",
    ),
    ("accept_invitation", "token={token}"),
    ("sign_out", ""),
];

/// Pages (route pattern → the address asked for).
const PAGES: &[(&str, &str)] = &[
    ("/", "/"),
    ("/register", "/register"),
    ("/sign-in", "/sign-in"),
    ("/sso/failed", "/sso/failed?reason=invalid-token"),
    ("/sso/link", "/sso/link"),
    (
        "/organisations/{org}/sign-in",
        "/organisations/{org}/sign-in",
    ),
    ("/forgot-password", "/forgot-password"),
    ("/reset-password", "/reset-password?token=x"),
    ("/accessibility", "/accessibility"),
    ("/verify", "/verify"),
    ("/verify/{code}", "/verify/{code}"),
    ("/courses/{course}", "/courses/rtw-coordinator"),
    (
        "/courses/{course}/lessons/{lesson}",
        "/courses/rtw-coordinator/lessons/why-coordination",
    ),
    (
        "/courses/{course}/quizzes/{quiz}",
        "/courses/cert-course/quizzes/q",
    ),
    (
        "/courses/{course}/quizzes/{quiz}/attempts/{attempt}",
        "/courses/rtw-coordinator/quizzes/module-1-quiz/attempts/{attempt}",
    ),
    (
        "/courses/{course}/quizzes/{quiz}/attempts/{attempt}/review",
        "/courses/cert-course/quizzes/q/attempts/{done}/review",
    ),
    (
        "/courses/{course}/cases/{case}",
        "/courses/rtw-coordinator/cases/hanna-hospital-ward",
    ),
    (
        "/courses/{course}/cases/{case}/runs/{run}",
        "/courses/rtw-coordinator/cases/hanna-hospital-ward/runs/{run}",
    ),
    ("/account", "/account"),
    ("/certificates", "/certificates"),
    ("/certificates/cpd", "/certificates/cpd"),
    ("/author", "/author"),
    ("/author/drafts/{draft}", "/author/drafts/{draft}"),
    (
        "/author/drafts/{draft}/edit",
        "/author/drafts/{draft}/edit?path=course.toml",
    ),
    (
        "/author/courses/{course}/changes",
        "/author/courses/rtw-coordinator/changes",
    ),
    (
        "/author/courses/{course}/cases/{case}/analytics",
        "/author/courses/cert-course/cases/c/analytics",
    ),
    ("/organisations", "/organisations"),
    ("/organisations/{org}", "/organisations/{org}"),
    (
        "/organisations/{org}/imports/{import}",
        "/organisations/{org}/imports/{import}",
    ),
    ("/organisations/{org}/api", "/organisations/{org}/api"),
    (
        "/organisations/{org}/webhooks",
        "/organisations/{org}/webhooks",
    ),
    ("/organisations/{org}/xapi", "/organisations/{org}/xapi"),
    ("/organisations/{org}/verify", "/organisations/{org}/verify"),
    (
        "/organisations/{org}/cohorts/{cohort}",
        "/organisations/{org}/cohorts/{cohort}",
    ),
    (
        "/organisations/{org}/people/{person}",
        "/organisations/{org}/people/{member}",
    ),
    ("/networks", "/networks"),
    ("/lti/platforms", "/lti/platforms"),
    ("/networks/{network}", "/networks/{network}"),
    (
        "/organisations/{org}/verify/{check}",
        "/organisations/{org}/verify/{check}",
    ),
    ("/invitation", "/invitation?token={token}"),
    (
        "/author/courses/{course}/quizzes/{quiz}/statistics",
        "/author/courses/cert-course/quizzes/q/statistics",
    ),
];

/// Plain endpoints (route → the address asked for).
const PLAIN: &[(&str, &str)] = &[
    (
        "/author/courses/{course}/versions/{version}/files.zip",
        "/author/courses/rtw-coordinator/versions/1/files.zip",
    ),
    // Asked with GET like the other plain routes: it only takes a POST (tested in authoring.rs).
    (
        "/author/courses/{course}/import",
        "/author/courses/rtw-coordinator/import",
    ),
    // Also POST only (tested in authoring_forms.rs).
    ("/author/drafts/{id}/form", "/author/drafts/{draft}/form"),
    // POST only too (tested in course_assets.rs).
    (
        "/author/drafts/{id}/assets",
        "/author/drafts/{draft}/assets",
    ),
    // Public: a lesson's image by its hash (none has this one).
    (
        "/content/{file}",
        "/content/0000000000000000000000000000000000000000000000000000000000000000.png",
    ),
    ("/healthz", "/healthz"),
    // No provider: everyone is sent to the page that says so.
    ("/sso/start", "/sso/start?org={org}"),
    // A state this browser did not start: everyone is sent to the page that says so.
    ("/sso/callback", "/sso/callback?code=c&state=s"),
    // LTI: a login from no registered platform, and a choice nobody asked for: the page that says so.
    (
        "/lti/login",
        "/lti/login?iss=https%3A%2F%2Fnobody.example&login_hint=x",
    ),
    // POST only (tested in lti.rs).
    ("/lti/launch", "/lti/launch"),
    ("/lti/jwks.json", "/lti/jwks.json"),
    ("/lti/deep-link", "/lti/deep-link?request=unknown"),
    ("/api/v1/certificates/{code}", "/api/v1/certificates/{code}"),
    ("/.well-known/jwks.json", "/.well-known/jwks.json"),
    ("/api/v1/issuer", "/api/v1/issuer"),
    (
        "/api/v1/status-lists/{purpose}/{list}",
        "/api/v1/status-lists/revocation/0",
    ),
    (
        "/certificates/{code}/certificate.pdf",
        "/certificates/{code}/certificate.pdf",
    ),
    (
        "/certificates/{code}/credential.jwt",
        "/certificates/{code}/credential.jwt",
    ),
    ("/account/data.json", "/account/data.json"),
    (
        "/organisations/{org}/people.csv",
        "/organisations/{org}/people.csv",
    ),
    (
        "/organisations/{org}/modules.csv",
        "/organisations/{org}/modules.csv",
    ),
    (
        "/organisations/{org}/weeks.csv",
        "/organisations/{org}/weeks.csv",
    ),
    (
        "/organisations/{org}/verify/{check}/results.csv",
        "/organisations/{org}/verify/{check}/results.csv",
    ),
    (
        "/organisations/{org}/invitations.csv",
        "/organisations/{org}/invitations.csv",
    ),
    (
        "/organisations/{org}/cohorts.csv",
        "/organisations/{org}/cohorts.csv",
    ),
    (
        "/organisations/{org}/cohorts/{cohort}/people.csv",
        "/organisations/{org}/cohorts/{cohort}/people.csv",
    ),
    // The HR API answers API tokens only; a signed-in browser gets 401 (see `hr_api.rs` for the
    // tokens' own matrix).
    ("/api/v1/openapi.json", "/api/v1/openapi.json"),
    ("/api/v1/people", "/api/v1/people"),
    ("/api/v1/enrolments", "/api/v1/enrolments"),
    ("/api/v1/completions", "/api/v1/completions"),
    ("/api/v1/completions.csv", "/api/v1/completions.csv"),
    ("/api/v1/certificates", "/api/v1/certificates"),
];

/// The expected matrix: one line per route, the statuses in the order of [`WHO`]
/// (anon, other, author, admin, orgadmin, otheradmin, owner). Reviewed cell by cell; change it
/// only on purpose.
const EXPECTED: &str = "
/                                                           200    200    200    200    200    200    200
/register                                                   200    200    200    200    200    200    200
/sign-in                                                    200    200    200    200    200    200    200
/sso/failed                                                 200    200    200    200    200    200    200
/sso/link                                                   200    200    200    200    200    200    200
/organisations/{org}/sign-in                                303    404    404    200    200    404    404
/sso/start                                                  303    303    303    303    303    303    303
/sso/callback                                               303    303    303    303    303    303    303
/lti/login                                                  303    303    303    303    303    303    303
/lti/launch                                                 405    405    405    405    405    405    405
/lti/jwks.json                                              200    200    200    200    200    200    200
/lti/deep-link                                              303    303    303    303    303    303    303
/forgot-password                                            200    200    200    200    200    200    200
/reset-password                                             200    200    200    200    200    200    200
/accessibility                                              200    200    200    200    200    200    200
/verify                                                     200    200    200    200    200    200    200
/verify/{code}                                              200    200    200    200    200    200    200
/courses/{course}                                           303    200    200    200    200    200    200
/courses/{course}/lessons/{lesson}                          303    200    200    200    200    200    200
/courses/{course}/quizzes/{quiz}                            303    200    200    200    200    200    200
/courses/{course}/quizzes/{quiz}/attempts/{attempt}         303    404    404    404    404    404    200
/courses/{course}/quizzes/{quiz}/attempts/{attempt}/review  303    404    404    404    404    404    200
/courses/{course}/cases/{case}                              303    200    200    200    200    200    200
/courses/{course}/cases/{case}/runs/{run}                   303    404    404    404    404    404    200
/account                                                    303    200    200    200    200    200    200
/certificates                                               303    200    200    200    200    200    200
/certificates/cpd                                           303    200    200    200    200    200    200
/organisations                                              303    200    200    200    200    200    200
/organisations/{org}                                        303    404    404    200    200    404    404
/organisations/{org}/imports/{import}                       303    404    404    200    200    404    404
/organisations/{org}/api                                    303    404    404    200    200    404    404
/organisations/{org}/webhooks                               303    404    404    200    200    404    404
/organisations/{org}/xapi                                   303    404    404    200    200    404    404
/organisations/{org}/verify                                 303    404    404    200    200    404    404
/organisations/{org}/cohorts/{cohort}                       303    404    404    200    200    404    404
/organisations/{org}/people/{person}                        303    404    404    200    200    404    404
/networks                                                   303    200    200    200    200    200    200
/lti/platforms                                              303    403    403    200    403    403    403
/networks/{network}                                         303    404    404    200    200    404    404
/organisations/{org}/verify/{check}                         303    404    404    200    200    404    404
/invitation                                                 200    200    200    200    200    200    200
/author                                                     303    403    200    200    403    403    403
/author/drafts/{draft}                                      303    403    200    200    403    403    403
/author/drafts/{draft}/edit                                 303    403    200    200    403    403    403
/author/courses/{course}/changes                            303    403    200    200    403    403    403
/author/courses/{course}/cases/{case}/analytics             303    403    200    200    403    403    403
/author/courses/{course}/quizzes/{quiz}/statistics          303    403    200    200    403    403    403
/healthz                                                    200    200    200    200    200    200    200
/api/v1/certificates/{code}                                 200    200    200    200    200    200    200
/.well-known/jwks.json                                      200    200    200    200    200    200    200
/api/v1/issuer                                              200    200    200    200    200    200    200
/api/v1/status-lists/{purpose}/{list}                       200    200    200    200    200    200    200
/certificates/{code}/certificate.pdf                        303    404    404    200    404    404    200
/certificates/{code}/credential.jwt                         303    404    404    200    404    404    200
/account/data.json                                          303    200    200    200    200    200    200
/author/courses/{course}/versions/{version}/files.zip       303    403    200    200    403    403    403
/author/courses/{course}/import                             405    405    405    405    405    405    405
/author/drafts/{id}/form                                    405    405    405    405    405    405    405
/author/drafts/{id}/assets                                  405    405    405    405    405    405    405
/content/{file}                                             404    404    404    404    404    404    404
/organisations/{org}/people.csv                             303    404    404    200    200    404    404
/organisations/{org}/modules.csv                            303    404    404    200    200    404    404
/organisations/{org}/weeks.csv                              303    404    404    200    200    404    404
/organisations/{org}/verify/{check}/results.csv             303    404    404    200    200    404    404
/organisations/{org}/invitations.csv                        303    404    404    200    200    404    404
/organisations/{org}/cohorts.csv                            303    404    404    200    200    404    404
/organisations/{org}/cohorts/{cohort}/people.csv            303    404    404    200    200    404    404
/api/v1/openapi.json                                        200    200    200    200    200    200    200
/api/v1/people                                              401    401    401    401    401    401    401
/api/v1/enrolments                                          401    401    401    401    401    401    401
/api/v1/completions                                         401    401    401    401    401    401    401
/api/v1/completions.csv                                     401    401    401    401    401    401    401
/api/v1/certificates                                        401    401    401    401    401    401    401
session                                                     200    200    200    200    200    200    200
courses                                                     200    200    200    200    200    200    200
programme                                                   401    200    200    200    200    200    200
lesson                                                      401    200    200    200    200    200    200
complete_lesson                                             401    200    200    200    200    200    200
quiz                                                        401    200    200    200    200    200    200
start_quiz                                                  401    200    200    200    200    200    200
attempt                                                     401    404    404    404    404    404    200
save_answers                                                401    404    404    404    404    404    200
review                                                      401    404    404    404    404    404    200
quiz_statistics                                             401    403    200    200    403    403    403
author_overview                                             401    403    200    200    403    403    403
get_draft                                                   401    403    200    200    403    403    403
get_version_changes                                         401    403    200    200    403    403    403
get_draft_file                                              401    403    200    200    403    403    403
start_draft                                                 401    403    200    200    403    403    403
save_draft_file                                             401    403    200    200    403    403    403
preview_lesson_text                                         401    403    200    200    403    403    403
submit_draft                                                401    403    200    422    403    403    403
approve_draft                                               401    403    422    422    403    403    403
send_back_draft                                             401    403    422    422    403    403    403
discard_draft                                               401    403    200    422    403    403    403
withdraw_version                                            401    403    422    422    403    403    403
create_draft_file                                           401    403    422    422    403    403    403
remove_draft_asset                                          401    403    422    422    403    403    403
case                                                        401    200    200    200    200    200    200
start_case                                                  401    200    200    200    200    200    200
case_run                                                    401    404    404    404    404    404    200
case_analytics                                              401    403    200    200    403    403    403
my_certificates                                             401    200    200    200    200    200    200
verify_certificate                                          200    200    200    200    200    200    200
renew_certificate                                           401    404    404    404    404    404    422
my_cpd                                                      401    200    200    200    200    200    200
add_cpd                                                     401    200    200    200    200    200    200
remove_cpd                                                  401    404    404    404    404    404    200
send_accessibility_feedback                                 200    200    200    200    200    200    200
set_language                                                200    200    200    200    200    200    200
request_password_reset                                      200    200    200    200    200    200    200
reset_password                                              410    410    410    410    410    410    410
register                                                    200    200    200    200    200    200    200
sign_in                                                     401    401    401    401    401    401    401
delete_account                                              401    422    422    422    422    422    422
organisations                                               401    200    200    200    200    200    200
create_organisation                                         401    403    403    200    403    403    403
organisation                                                401    404    404    200    200    404    404
invite_member                                               401    404    404    200    200    404    404
revoke_invitation                                           401    404    404    200    200    404    404
upload_roster                                               401    404    404    200    200    404    404
roster_preview                                              401    404    404    200    200    404    404
import_roster                                               401    404    404    422    422    404    404
invitation                                                  200    200    200    200    200    200    200
my_organisations                                            401    200    200    200    200    200    200
org_api                                                     401    404    404    200    200    404    404
create_api_token                                            401    404    404    200    200    404    404
revoke_api_token                                            401    404    404    200    200    404    404
org_webhooks                                                401    404    404    200    200    404    404
create_webhook                                              401    404    404    200    200    404    404
replay_delivery                                             401    404    404    200    200    404    404
disable_webhook                                             401    404    404    200    200    404    404
org_lrs                                                     401    404    404    200    200    404    404
save_lrs                                                    401    404    404    200    200    404    404
toggle_lrs                                                  401    404    404    200    200    404    404
org_sso                                                     401    404    404    200    200    404    404
save_sso                                                    401    404    404    422    422    404    404
toggle_sso                                                  401    404    404    404    404    404    404
sso_choices                                                 200    200    200    200    200    200    200
lti_platforms                                               401    403    403    200    403    403    403
add_lti_platform                                            401    403    403    422    403    403    403
toggle_lti_platform                                         401    403    403    404    403    403    403
sso_link_info                                               200    200    200    200    200    200    200
link_sso                                                    422    422    422    422    422    422    422
change_member_role                                          401    404    404    200    200    404    404
remove_member                                               401    404    404    422    422    404    404
org_person                                                  401    404    404    200    200    404    404
bulk_verify                                                 401    404    404    200    200    404    404
bulk_report                                                 401    404    404    200    200    404    404
cohort                                                      401    404    404    200    200    404    404
create_cohort                                               401    404    404    200    200    404    404
add_to_cohort                                               401    404    404    200    200    404    404
remove_from_cohort                                          401    404    404    200    200    404    404
networks                                                    401    200    200    200    200    200    200
network                                                     401    404    404    200    200    404    404
create_network                                              401    403    403    200    403    403    403
set_network_member                                          401    403    403    200    403    403    403
submit_attempt                                              401    404    404    404    404    404    200
decide                                                      401    404    404    404    404    404    200
change_certificate                                          401    403    403    200    403    403    403
join_by_invitation                                          422    422    422    422    422    422    422
accept_invitation                                           401    422    422    422    422    422    200
sign_out                                                    200    200    200    200    200    200    200
";

struct World {
    app: TestApp,
    cookies: BTreeMap<&'static str, Option<String>>,
    values: BTreeMap<&'static str, String>,
}

async fn world() -> World {
    let (app, owner) = setup().await;
    complete(&app, &owner, "l1").await;
    complete(&app, &owner, "l2").await;
    pass_quiz(&app, &owner).await;
    play_case(&app, &owner, "good").await;
    let certs = crate::certificates::mine(&app, &owner).await;
    let code = certs[0]["code"]
        .as_str()
        .expect("a certificate")
        .to_string();
    let done: i64 = sqlx::query_scalar("SELECT MAX(id) FROM quiz_attempts")
        .fetch_one(&app.db)
        .await
        .expect("the submitted attempt");
    let start = app
        .submit(
            "start_quiz",
            &[
                ("course_id", "rtw-coordinator"),
                ("quiz_id", "module-1-quiz"),
            ],
            Some(&owner),
        )
        .await;
    let attempt = start
        .location()
        .and_then(|l| l.rsplit('/').next())
        .expect("an open attempt")
        .to_string();
    let start = app
        .submit(
            "start_case",
            &[
                ("course_id", "rtw-coordinator"),
                ("case_id", "hanna-hospital-ward"),
            ],
            Some(&owner),
        )
        .await;
    let run = start
        .location()
        .and_then(|l| l.rsplit('/').next())
        .expect("an open run")
        .to_string();
    let play = app
        .call("case_run", &[("run_id", &run)], Some(&owner))
        .await
        .json();
    let choice = play["choices"][0]["id"]
        .as_str()
        .expect("a choice")
        .to_string();
    app.call(
        "add_cpd",
        &[
            ("activity", "Veiledning"),
            ("provider", "NAV"),
            ("done_on", "2026-09-01"),
            ("hours", "3"),
            ("attested_by", "Leder"),
        ],
        Some(&owner),
    )
    .await;
    let cpd: i64 = sqlx::query_scalar("SELECT MAX(id) FROM cpd_entries")
        .fetch_one(&app.db)
        .await
        .expect("a CPD entry");

    let password = "correct horse battery";
    let other = app
        .register("Ola Nordmann", "ola@example.org", password)
        .await;
    let author = app
        .register("Aud Author", "aud@example.org", password)
        .await;
    let admin = app.register("Ada Admin", "ada@example.org", password).await;
    for (email, role) in [
        ("aud@example.org", "author"),
        ("ada@example.org", "platform_admin"),
    ] {
        sqlx::query(
            "INSERT INTO user_roles (user_id, role, granted_at) SELECT id, $1, 0 FROM users WHERE email = $2",
        )
        .bind(role)
        .bind(email)
        .execute(&app.db)
        .await
        .expect("role");
    }
    let orgadmin = app.register("Oda Org", "oda@example.org", password).await;
    let otheradmin = app.register("Otto Org", "otto@example.org", password).await;
    let pool = &app.db;
    let mut orgs = Vec::new();
    for name in ["Bodø kommune", "Tromsø kommune"] {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organisations (name, kind, created_at) VALUES ($1, 'municipality', 0) RETURNING id",
        )
        .bind(name)
        .fetch_one(pool)
        .await
        .expect("organisation");
        orgs.push(id);
    }
    for (org, email, role) in [
        (orgs[0], "oda@example.org", "admin"),
        (orgs[1], "otto@example.org", "admin"),
        (orgs[0], "kari.cert@example.org", "member"),
    ] {
        sqlx::query(
            "INSERT INTO memberships (organisation_id, user_id, role, joined_at) SELECT $1, id, $2, 0 FROM users WHERE email = $3",
        )
        .bind(org)
        .bind(role)
        .bind(email)
        .execute(pool)
        .await
        .expect("membership");
        if role == "admin" {
            app.grant_role(email, "org_admin").await;
        }
    }
    let expires = app::server::now() + 86_400;
    let mut invitations = Vec::new();
    for email in ["someone@example.org", "kari.cert@example.org"] {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO invitations (organisation_id, email, name, role, created_at, expires_at)
             VALUES ($1, $2, 'Invited', 'member', 0, $3) RETURNING id",
        )
        .bind(orgs[0])
        .bind(email)
        .bind(expires)
        .fetch_one(pool)
        .await
        .expect("invitation");
        invitations.push(id);
    }
    let token = app
        .state
        .sessions
        .sign_invitation(invitations[1], expires)
        .expect("token");
    // A roster with a problem: importing it is refused for the input, so the row stays.
    let import: i64 = sqlx::query_scalar(
        "INSERT INTO roster_imports (organisation_id, content, created_at) VALUES ($1, 'name,email\nX,not-an-email\n', 0) RETURNING id",
    )
    .bind(orgs[0])
    .fetch_one(pool)
    .await
    .expect("roster");
    let apitoken: i64 = sqlx::query_scalar(
        "INSERT INTO api_tokens (organisation_id, name, scopes, token_hash, created_at, expires_at)
         VALUES ($1, 'HR', 'people:read', 'not-a-hash', 0, $2) RETURNING id",
    )
    .bind(orgs[0])
    .bind(expires)
    .fetch_one(pool)
    .await
    .expect("API token");
    let webhook: i64 = sqlx::query_scalar(
        "INSERT INTO webhooks (organisation_id, url, events, secret, created_at)
         VALUES ($1, 'https://hr.example.org/hook', 'module.completed', 'whsec_x', 0) RETURNING id",
    )
    .bind(orgs[0])
    .fetch_one(pool)
    .await
    .expect("webhook");
    let delivery: i64 = sqlx::query_scalar(
        "INSERT INTO webhook_deliveries (webhook_id, event_id, event, payload, created_at)
         VALUES ($1, 'evt_x', 'module.completed', '{}', 0) RETURNING id",
    )
    .bind(webhook)
    .fetch_one(pool)
    .await
    .expect("delivery");
    let user_id = |email: &'static str| async move {
        sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = $1")
            .bind(email)
            .fetch_one(pool)
            .await
            .expect("user")
    };
    let member = user_id("kari.cert@example.org").await;
    let check: i64 = sqlx::query_scalar(
        "INSERT INTO bulk_checks (organisation_id, created_by, input, created_at)
         SELECT $1, id, 'kari.cert@example.org', 0 FROM users WHERE email = 'oda@example.org' RETURNING id",
    )
    .bind(orgs[0])
    .fetch_one(pool)
    .await
    .expect("bulk check");
    let course: String = sqlx::query_scalar("SELECT id FROM courses ORDER BY id LIMIT 1")
        .fetch_one(pool)
        .await
        .expect("a course");
    let cohort: i64 = sqlx::query_scalar(
        "INSERT INTO cohorts (organisation_id, name, course_id, deadline_day, created_at)
         VALUES ($1, 'Kull', $2, 40000, 0) RETURNING id",
    )
    .bind(orgs[0])
    .bind(&course)
    .fetch_one(pool)
    .await
    .expect("cohort");
    // A network of Bodø (Oda administers it) alone; Tromsø (Otto's) is not in it.
    let network: i64 = sqlx::query_scalar(
        "INSERT INTO networks (name, created_at) VALUES ('Nettverk', 0) RETURNING id",
    )
    .fetch_one(pool)
    .await
    .expect("network");
    sqlx::query(
        "INSERT INTO network_members (network_id, organisation_id, joined_at) VALUES ($1, $2, 0)",
    )
    .bind(network)
    .bind(orgs[0])
    .execute(pool)
    .await
    .expect("network member");
    // A draft of the programme, as an author starts one.
    let draft: i64 = sqlx::query_scalar(
        "INSERT INTO course_drafts (course_id, base_version_id, created_at, updated_at)
         SELECT course_id, id, 0, 0 FROM course_versions WHERE course_id = 'rtw-coordinator'
         ORDER BY version_no DESC LIMIT 1 RETURNING id",
    )
    .fetch_one(pool)
    .await
    .expect("draft");
    sqlx::query(
        "INSERT INTO course_draft_files (draft_id, path, content)
         SELECT d.id, f.path, f.content FROM course_drafts d
         JOIN course_version_files f ON f.course_version_id = d.base_version_id WHERE d.id = $1",
    )
    .bind(draft)
    .execute(pool)
    .await
    .expect("draft files");
    let only_admin = user_id("oda@example.org").await;
    let cookies = BTreeMap::from([
        ("anon", None),
        ("other", Some(other)),
        ("author", Some(author)),
        ("admin", Some(admin)),
        ("orgadmin", Some(orgadmin)),
        ("otheradmin", Some(otheradmin)),
        ("owner", Some(owner)),
    ]);
    let values = BTreeMap::from([
        ("{attempt}", attempt),
        ("{done}", done.to_string()),
        ("{run}", run),
        ("{choice}", choice),
        ("{code}", code),
        ("{cpd}", cpd.to_string()),
        ("{org}", orgs[0].to_string()),
        ("{invitation}", invitations[0].to_string()),
        ("{token}", token),
        ("{import}", import.to_string()),
        ("{apitoken}", apitoken.to_string()),
        ("{webhook}", webhook.to_string()),
        ("{delivery}", delivery.to_string()),
        ("{member}", member.to_string()),
        ("{onlyadmin}", only_admin.to_string()),
        ("{check}", check.to_string()),
        ("{cohort}", cohort.to_string()),
        ("{network}", network.to_string()),
        ("{draft}", draft.to_string()),
        ("{course}", course),
    ]);
    World {
        app,
        cookies,
        values,
    }
}

impl World {
    fn fill(&self, text: &str, n: usize) -> String {
        let mut out = text.replace("{n}", &n.to_string());
        for (k, v) in &self.values {
            out = out.replace(k, v);
        }
        out
    }

    async fn ask(&self, method: Method, uri: &str, body: String, who: &str) -> u16 {
        let mut b = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, HOST)
            .header(header::ORIGIN, format!("http://{HOST}"))
            .header(header::ACCEPT, "application/json")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(c) = &self.cookies[who] {
            b = b.header(header::COOKIE, c);
        }
        let reply = self
            .app
            .send(b.body(Body::from(body)).expect("request"))
            .await;
        reply.status.as_u16()
    }
}

fn line(route: &str, codes: &[u16]) -> String {
    let codes: Vec<String> = codes.iter().map(u16::to_string).collect();
    format!("{route} {}", codes.join(" "))
}

#[tokio::test]
async fn every_route_answers_every_kind_of_user_as_the_matrix_says() {
    let w = world().await;

    // Every route the application has is in a table here, and nothing else is.
    let mut registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(p, _)| p.trim_start_matches("/api/").to_string())
        .collect();
    registered.sort();
    let mut listed: Vec<String> = CALLS.iter().map(|(e, _)| e.to_string()).collect();
    listed.sort();
    assert_eq!(
        registered, listed,
        "server functions without a row (or rows without one)"
    );
    let mut pages: Vec<String> = leptos_axum::generate_route_list(app::App)
        .iter()
        .map(|r| r.path().to_string())
        .collect();
    pages.sort();
    pages.dedup();
    let mut listed: Vec<String> = PAGES.iter().map(|(p, _)| p.to_string()).collect();
    listed.sort();
    assert_eq!(pages, listed, "pages without a row (or rows without one)");
    let mut plain: Vec<&str> = server::startup::plain_routes()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    plain.sort();
    let mut listed: Vec<&str> = PLAIN.iter().map(|(p, _)| *p).collect();
    listed.sort();
    assert_eq!(
        plain, listed,
        "plain endpoints without a row (or rows without one)"
    );

    let mut actual = Vec::new();
    for (route, uri) in PAGES.iter().chain(PLAIN) {
        let mut codes = Vec::new();
        for who in WHO {
            let uri = w.fill(uri, 0);
            codes.push(w.ask(Method::GET, &uri, String::new(), who).await);
        }
        actual.push(line(route, &codes));
    }
    let mut n = 0;
    for (endpoint, form) in CALLS {
        let mut codes = Vec::new();
        for who in WHO {
            n += 1;
            let uri = format!("/api/{endpoint}");
            codes.push(w.ask(Method::POST, &uri, w.fill(form, n), who).await);
        }
        actual.push(line(endpoint, &codes));
    }

    let expected: Vec<String> = EXPECTED
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let wrong: Vec<String> = actual
        .iter()
        .filter(|l| !expected.contains(l))
        .cloned()
        .collect();
    assert!(
        wrong.is_empty() && expected.len() == actual.len(),
        "cells that differ from the matrix ({} rows expected, {} asked):\n{}\n\nthe whole matrix as asked ({}):\n{}",
        expected.len(),
        actual.len(),
        wrong.join("\n"),
        WHO.join(" "),
        actual.join("\n")
    );
}
