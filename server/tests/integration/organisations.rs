//! Organisations: a platform administrator creates one, its administrator joins by the emailed
//! link, invites people one at a time and from a roster (dry run first), and sees what the
//! organisation may see; a person sees exactly that about themselves; an administrator of one
//! organisation never reaches another's people.

use crate::common::TestApp;
use http::StatusCode;
use serde_json::Value;

const PASSWORD: &str = "correct horse battery";

pub(crate) async fn platform_admin(app: &TestApp) -> String {
    let cookie = app
        .register("Ada Admin", "ada.org@example.org", PASSWORD)
        .await;
    app.grant_role("ada.org@example.org", "platform_admin")
        .await;
    cookie
}

pub(crate) async fn create_org(app: &TestApp, admin: &str, name: &str) -> i64 {
    let reply = app
        .call(
            "create_organisation",
            &[("name", name), ("kind", "municipality")],
            Some(admin),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json().as_i64().expect("the organisation's id")
}

/// The invitation links in the emails queued for `to`, newest last.
pub(crate) async fn links_to(app: &TestApp, to: &str) -> Vec<String> {
    let payloads: Vec<String> =
        sqlx::query_scalar("SELECT payload FROM outbox WHERE kind = 'email' ORDER BY id")
            .fetch_all(&app.db)
            .await
            .unwrap();
    payloads
        .iter()
        .filter_map(|p| {
            let msg: Value = serde_json::from_str(p).unwrap();
            if msg["to"] != to {
                return None;
            }
            let text = msg["text"].as_str().unwrap().to_string();
            let start = text.find("http://rtw.test/invitation?token=")?;
            Some(text[start..].split_whitespace().next()?.to_string())
        })
        .collect()
}

pub(crate) fn token_of(link: &str) -> String {
    link.split("token=").nth(1).unwrap().to_string()
}

pub(crate) async fn invite(
    app: &TestApp,
    cookie: &str,
    org: i64,
    name: &str,
    email: &str,
    role: &str,
) -> StatusCode {
    app.call(
        "invite_member",
        &[
            ("org_id", &org.to_string()),
            ("name", name),
            ("email", email),
            ("role", role),
        ],
        Some(cookie),
    )
    .await
    .status
}

/// An organisation whose administrator (Anne) joined through her invitation; returns Anne's
/// session and the organisation.
pub(crate) async fn organisation_with_admin(
    app: &TestApp,
    ada: &str,
    name: &str,
    anne: &str,
) -> (String, i64) {
    let org = create_org(app, ada, name).await;
    assert_eq!(
        invite(app, ada, org, "Anne Admin", anne, "admin").await,
        StatusCode::OK
    );
    let token = token_of(
        links_to(app, anne)
            .await
            .last()
            .expect("an invitation email"),
    );
    let joined = app
        .call(
            "join_by_invitation",
            &[
                ("token", &token),
                ("name", "Anne Admin"),
                ("password", PASSWORD),
            ],
            None,
        )
        .await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.body);
    (joined.session_cookie().expect("signed in on joining"), org)
}

#[tokio::test]
async fn an_administrator_joins_by_the_emailed_link_invites_a_learner_and_both_see_the_same_record()
{
    let app = TestApp::start().await;
    let ada = platform_admin(&app).await;
    let (anne, org) =
        organisation_with_admin(&app, &ada, "Bodø kommune", "anne@bodo.example.org").await;

    // The invitation page shows who invites whom, to anyone holding the link.
    let kari = app
        .register("Kari Nordmann", "kari.org@example.org", PASSWORD)
        .await;
    assert_eq!(
        invite(
            &app,
            &anne,
            org,
            "Kari Nordmann",
            "Kari.Org@example.org",
            "member"
        )
        .await,
        StatusCode::OK
    );
    let token = token_of(&links_to(&app, "kari.org@example.org").await[0]);
    let shown = app
        .call("invitation", &[("token", &token)], None)
        .await
        .json();
    assert_eq!(shown["organisation"], "Bodø kommune");
    assert_eq!(shown["email"], "kari.org@example.org");
    assert_eq!(shown["state"], "open");
    let page = app.get(&format!("/invitation?token={token}"), None).await;
    assert!(page.body.contains("Bodø kommune"), "{}", page.body);

    // Kari, signed in with the invited address, accepts; the second use of the link is refused.
    let accepted = app
        .call("accept_invitation", &[("token", &token)], Some(&kari))
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    let again = app
        .call("accept_invitation", &[("token", &token)], Some(&kari))
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again.body.contains("error-invitation-used"),
        "{}",
        again.body
    );

    // Kari learns; the organisation sees it, and Kari sees exactly the same record.
    app.call(
        "complete_lesson",
        &[
            ("course_id", "rtw-coordinator"),
            ("lesson_id", "why-coordination"),
        ],
        Some(&kari),
    )
    .await;
    let overview = app
        .call("organisation", &[("org_id", &org.to_string())], Some(&anne))
        .await
        .json();
    let members = overview["members"].as_array().unwrap();
    assert_eq!(members.len(), 2, "Anne and Kari: {overview}");
    let karis = members
        .iter()
        .find(|m| m["email"] == "kari.org@example.org")
        .expect("Kari is a member");
    assert_eq!(karis["role"], "member");
    assert_eq!(karis["lessons_completed"], 1);
    let invitations = overview["invitations"].as_array().unwrap();
    assert!(
        invitations.iter().all(|i| i["state"] == "accepted"),
        "{invitations:?}"
    );
    let mine = app.call("my_organisations", &[], Some(&kari)).await.json();
    assert_eq!(mine[0]["name"], "Bodø kommune");
    assert_eq!(
        &mine[0]["record"], karis,
        "what Kari sees is what the organisation sees"
    );

    // Anne's new role opens the organisations menu; Kari has none.
    let anne_home = app.get("/", Some(&anne)).await;
    assert!(anne_home.body.contains("id=\"nav-organisations\""));
    let kari_home = app.get("/", Some(&kari)).await;
    assert!(!kari_home.body.contains("id=\"nav-organisations\""));
    let page = app.get(&format!("/organisations/{org}"), Some(&anne)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("kari.org@example.org"));

    // Inviting a member again is refused with a clear message.
    let status = invite(
        &app,
        &anne,
        org,
        "Kari Nordmann",
        "kari.org@example.org",
        "member",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Deleting the account takes the membership and the invitation with it; the export has both.
    let export = app.get("/account/data.json", Some(&kari)).await.json();
    assert_eq!(export["organisations"][0]["organisation"], "Bodø kommune");
    assert_eq!(export["invitations"][0]["email"], "kari.org@example.org");
    let gone = app
        .call(
            "delete_account",
            &[("password", PASSWORD), ("confirm", "yes")],
            Some(&kari),
        )
        .await;
    assert!(gone.status.is_success(), "{}", gone.body);
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM invitations WHERE email = 'kari.org@example.org'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(left, 0);
    let overview = app
        .call("organisation", &[("org_id", &org.to_string())], Some(&anne))
        .await
        .json();
    assert_eq!(overview["members"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn an_administrator_of_one_organisation_never_reaches_another() {
    let app = TestApp::start().await;
    let ada = platform_admin(&app).await;
    let (anne, bodo) =
        organisation_with_admin(&app, &ada, "Bodø kommune", "anne@bodo.example.org").await;
    let (_bjorn, tromso) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    assert_eq!(
        invite(
            &app,
            &ada,
            tromso,
            "Tore Tromsø",
            "tore@tromso.example.org",
            "member"
        )
        .await,
        StatusCode::OK
    );
    let tromso_invitation: i64 =
        sqlx::query_scalar("SELECT id FROM invitations WHERE email = 'tore@tromso.example.org'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    let upload = app
        .call(
            "upload_roster",
            &[
                ("org_id", &tromso.to_string()),
                ("roster", "name,email\nTea,tea@tromso.example.org\n"),
            ],
            Some(&ada),
        )
        .await;
    let tromso_import = upload.json().as_i64().unwrap();
    let (t, i, n) = (
        tromso.to_string(),
        tromso_invitation.to_string(),
        tromso_import.to_string(),
    );

    let asks: [(&str, Vec<(&str, &str)>); 6] = [
        ("organisation", vec![("org_id", &t)]),
        (
            "invite_member",
            vec![
                ("org_id", &t),
                ("name", "X Y"),
                ("email", "x@y.no"),
                ("role", "member"),
            ],
        ),
        (
            "revoke_invitation",
            vec![("org_id", &t), ("invitation_id", &i)],
        ),
        (
            "upload_roster",
            vec![("org_id", &t), ("roster", "name,email\nX,x@y.no\n")],
        ),
        ("roster_preview", vec![("org_id", &t), ("import_id", &n)]),
        ("import_roster", vec![("org_id", &t), ("import_id", &n)]),
    ];
    let before = (app.count("invitations").await, app.count("outbox").await);
    for (endpoint, form) in &asks {
        let reply = app.call(endpoint, form, Some(&anne)).await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{endpoint}: {}",
            reply.body
        );
        assert!(
            !reply.body.contains("tore@") && !reply.body.contains("bjorn@"),
            "{endpoint} leaked"
        );
    }
    // Anne's own organisation id with Tromsø's import or invitation is no way in either.
    let b = bodo.to_string();
    for (endpoint, form) in [
        (
            "roster_preview",
            vec![("org_id", b.as_str()), ("import_id", n.as_str())],
        ),
        ("import_roster", vec![("org_id", &b), ("import_id", &n)]),
        (
            "revoke_invitation",
            vec![("org_id", &b), ("invitation_id", &i)],
        ),
    ] {
        let reply = app.call(endpoint, &form, Some(&anne)).await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{endpoint}: {}",
            reply.body
        );
    }
    assert_eq!(
        (app.count("invitations").await, app.count("outbox").await),
        before,
        "nothing written"
    );
    let listed = app.call("organisations", &[], Some(&anne)).await.json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["name"], "Bodø kommune");
    let page = app
        .get(&format!("/organisations/{tromso}"), Some(&anne))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    // Only a platform administrator creates organisations.
    let made = app
        .call(
            "create_organisation",
            &[("name", "Anne AS"), ("kind", "employer")],
            Some(&anne),
        )
        .await;
    assert_eq!(made.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_roster_dry_run_writes_nothing_and_the_import_sends_every_invitation_at_once() {
    let app = TestApp::start().await;
    let ada = platform_admin(&app).await;
    let (anne, org) =
        organisation_with_admin(&app, &ada, "Bodø kommune", "anne@bodo.example.org").await;
    assert_eq!(
        invite(
            &app,
            &anne,
            org,
            "Per Pending",
            "per@bodo.example.org",
            "member"
        )
        .await,
        StatusCode::OK
    );
    let o = org.to_string();
    let before = (app.count("invitations").await, app.count("outbox").await);

    // A file that cannot be read at all is refused with the reason, and nothing is kept.
    let unreadable = app
        .call(
            "upload_roster",
            &[("org_id", &o), ("roster", "a,b\nc,d\n")],
            Some(&anne),
        )
        .await;
    assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unreadable.body.contains("error-roster-no-email-column"),
        "{}",
        unreadable.body
    );
    assert_eq!(app.count("roster_imports").await, 0);

    // A list with problems: the dry run shows every one, and the import is refused.
    let roster = "Navn;E-post;Rolle\nLise Lund;lise@bodo.example.org;medlem\n;ikke-epost;sjef\nPer Pending;per@bodo.example.org;\nAnne Admin;anne@bodo.example.org;administrator\n";
    let import = app
        .call(
            "upload_roster",
            &[("org_id", &o), ("roster", roster)],
            Some(&anne),
        )
        .await
        .json()
        .as_i64()
        .unwrap()
        .to_string();
    let report = app
        .call(
            "roster_preview",
            &[("org_id", &o), ("import_id", &import)],
            Some(&anne),
        )
        .await
        .json();
    assert_eq!(report["applied"], false);
    assert_eq!(report["problems"][0]["line"], 3);
    assert_eq!(
        report["problems"][0]["messages"].as_array().unwrap().len(),
        3,
        "{report}"
    );
    let outcomes: Vec<(&str, &str)> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["email"].as_str().unwrap(), r["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("lise@bodo.example.org", "invite"),
            ("per@bodo.example.org", "renew"),
            ("anne@bodo.example.org", "member"),
        ]
    );
    let refused = app
        .call(
            "import_roster",
            &[("org_id", &o), ("import_id", &import)],
            Some(&anne),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("error-roster-fix-first"),
        "{}",
        refused.body
    );
    assert_eq!(
        (app.count("invitations").await, app.count("outbox").await),
        before,
        "nothing written"
    );
    let page = app
        .get(
            &format!("/organisations/{org}/imports/{import}"),
            Some(&anne),
        )
        .await;
    assert!(
        page.body.contains("id=\"import-problems\""),
        "the dry run page lists the problems"
    );
    assert!(
        !page.body.contains("id=\"import-apply\""),
        "and offers no import"
    );

    // The corrected list imports in one go: one new invitation, one sent again, a member skipped.
    let fixed = roster.replace(";ikke-epost;sjef\n", "Mona Moe;mona@bodo.example.org;\n");
    let import = app
        .call(
            "upload_roster",
            &[("org_id", &o), ("roster", &fixed)],
            Some(&anne),
        )
        .await
        .json()
        .as_i64()
        .unwrap()
        .to_string();
    let done = app
        .submit(
            "import_roster",
            &[("org_id", &o), ("import_id", &import)],
            Some(&anne),
        )
        .await;
    assert!(
        done.status.is_redirection(),
        "{} {}",
        done.status,
        done.body
    );
    assert_eq!(
        done.location(),
        Some(format!("/organisations/{org}?imported=3").as_str())
    );
    assert_eq!(
        app.count("invitations").await,
        before.0 + 2,
        "Lise and Mona are new; Per's is renewed"
    );
    assert_eq!(app.count("outbox").await, before.1 + 3, "three emails");
    assert_eq!(links_to(&app, "per@bodo.example.org").await.len(), 2);
    assert_eq!(
        app.count("roster_imports").await,
        1,
        "the imported file is gone, the refused one waits"
    );
    let again = app
        .call(
            "import_roster",
            &[("org_id", &o), ("import_id", &import)],
            Some(&anne),
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "an import is made once"
    );
}

#[tokio::test]
async fn invitation_links_that_are_forged_expired_withdrawn_or_for_someone_else_are_refused() {
    let app = TestApp::start().await;
    let ada = platform_admin(&app).await;
    let (anne, org) =
        organisation_with_admin(&app, &ada, "Bodø kommune", "anne@bodo.example.org").await;
    invite(
        &app,
        &anne,
        org,
        "Kari Nordmann",
        "kari.inv@example.org",
        "admin",
    )
    .await;
    let token = token_of(&links_to(&app, "kari.inv@example.org").await[0]);
    let id: i64 =
        sqlx::query_scalar("SELECT id FROM invitations WHERE email = 'kari.inv@example.org'")
            .fetch_one(&app.db)
            .await
            .unwrap();

    // Forged: another signature, or a token of another kind (a session) is "not found".
    let mut forged = token.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    let session = anne.split('=').nth(1).unwrap().to_string();
    for bad in [forged.as_str(), session.as_str(), "", "not-a-token"] {
        let reply = app.call("invitation", &[("token", bad)], None).await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{bad:?}: {}",
            reply.body
        );
    }
    // Expired: a well-signed link past its time is "gone", and says so on the page.
    let expired = app
        .state
        .sessions
        .sign_invitation(id, app::server::now() - 1)
        .unwrap();
    let reply = app.call("invitation", &[("token", &expired)], None).await;
    assert_eq!(reply.status, StatusCode::GONE);
    let page = app.get(&format!("/invitation?token={expired}"), None).await;
    assert!(page.body.contains("id=\"invitation-expired\""));

    // Someone signed in with another address cannot take it.
    let ola = app
        .register("Ola Nordmann", "ola.inv@example.org", PASSWORD)
        .await;
    let reply = app
        .call("accept_invitation", &[("token", &token)], Some(&ola))
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("error-invitation-other-email"));
    let page = app
        .get(&format!("/invitation?token={token}"), Some(&ola))
        .await;
    assert!(page.body.contains("id=\"invitation-other-account\""));

    // Withdrawn: the link stops working, and no account is made from it.
    let withdrawn = app
        .call(
            "revoke_invitation",
            &[
                ("org_id", &org.to_string()),
                ("invitation_id", &id.to_string()),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    let users = app.count("users").await;
    let reply = app
        .call(
            "join_by_invitation",
            &[("token", &token), ("name", "Kari"), ("password", PASSWORD)],
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("error-invitation-revoked"));
    assert_eq!(app.count("users").await, users);
    assert_eq!(app.count("memberships").await, 1, "only Anne");
}

#[tokio::test]
async fn the_people_table_downloads_as_csv_that_no_spreadsheet_runs_as_a_formula() {
    let app = TestApp::start().await;
    let ada = platform_admin(&app).await;
    let (anne, org) =
        organisation_with_admin(&app, &ada, "Bodø kommune", "anne@bodo.example.org").await;
    invite(&app, &anne, org, "Eve", "eve@bodo.example.org", "member").await;
    let token = token_of(&links_to(&app, "eve@bodo.example.org").await[0]);
    let eve = app
        .call(
            "join_by_invitation",
            &[
                ("token", &token),
                ("name", "=HYPERLINK(\"http://evil.example\"), Eve"),
                ("password", PASSWORD),
            ],
            None,
        )
        .await
        .session_cookie()
        .expect("Eve joined");
    app.call(
        "complete_lesson",
        &[
            ("course_id", "rtw-coordinator"),
            ("lesson_id", "why-coordination"),
        ],
        Some(&eve),
    )
    .await;

    let (status, headers, body) = app
        .get_bytes(&format!("/organisations/{org}/people.csv"), Some(&anne))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("bod-kommune-people.csv"));
    let text = String::from_utf8(body).expect("UTF-8");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "name,email,role,joined,lessons_completed,quizzes_passed,modules_completed,certificates,cohorts"
    );
    assert_eq!(
        lines.len(),
        4,
        "header, Anne, Eve and the final line end: {text:?}"
    );
    let today = app::domain::clock::format_date(app::server::now());
    assert!(
        lines.contains(&format!("Anne Admin,anne@bodo.example.org,admin,{today},0,0,0,,").as_str()),
        "{text}"
    );
    assert!(
        lines.contains(
            &format!("\"'=HYPERLINK(\"\"http://evil.example\"\"), Eve\",eve@bodo.example.org,member,{today},1,0,0,,").as_str()
        ),
        "{text}"
    );

    // Another organisation's administrator, or nobody, gets nothing.
    let (bjorn, _) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    let (status, _, body) = app
        .get_bytes(&format!("/organisations/{org}/people.csv"), Some(&bjorn))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!String::from_utf8_lossy(&body).contains("eve@"));

    // The invitations table too: Eve's was accepted.
    let (status, _, body) = app
        .get_bytes(
            &format!("/organisations/{org}/invitations.csv"),
            Some(&anne),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(body).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "name,email,role,state,sent,valid_until");
    assert!(
        lines
            .iter()
            .any(|l| l.contains(",eve@bodo.example.org,member,accepted,")),
        "{text}"
    );
    let (status, _, _) = app
        .get_bytes(
            &format!("/organisations/{org}/invitations.csv"),
            Some(&bjorn),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = app
        .get_bytes(&format!("/organisations/{org}/people.csv"), None)
        .await;
    assert!(status.is_redirection());
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&app.db)
        .await
        .expect("user")
}

#[tokio::test]
async fn an_administrator_changes_roles_and_removes_people_but_never_the_last_administrator() {
    let (app, ada, anne, kari, org) = crate::hr_api::bodo().await;
    crate::certificates::complete(&app, &kari, "r1").await;
    let (org_s, kari_id, anne_id) = (
        org.to_string(),
        user_id(&app, "kari.cert@example.org").await,
        user_id(&app, "anne@bodo.example.org").await,
    );
    let change = |who: i64, role: &'static str| {
        let (org_s, who) = (org_s.clone(), who.to_string());
        let app = &app;
        let anne = anne.clone();
        async move {
            app.submit(
                "change_member_role",
                &[("org_id", &org_s), ("user_id", &who), ("role", role)],
                Some(&anne),
            )
            .await
        }
    };

    // Anne is the only administrator: she can neither step down nor leave.
    let r = app
        .call(
            "change_member_role",
            &[
                ("org_id", &org_s),
                ("user_id", &anne_id.to_string()),
                ("role", "member"),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("error-org-last-admin"), "{}", r.body);
    let r = app
        .call(
            "remove_member",
            &[("org_id", &org_s), ("user_id", &anne_id.to_string())],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let r = app
        .call(
            "change_member_role",
            &[
                ("org_id", &org_s),
                ("user_id", &kari_id.to_string()),
                ("role", "boss"),
            ],
            Some(&anne),
        )
        .await;
    assert!(r.body.contains("error-org-role"), "{}", r.body);

    // Kari becomes an administrator: she now sees the organisation's page and the menu link.
    let r = change(kari_id, "admin").await;
    assert_eq!(
        r.location(),
        Some(format!("/organisations/{org}?changed={kari_id}").as_str())
    );
    let page = app.get(&format!("/organisations/{org}"), Some(&kari)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("href=\"/organisations\""),
        "the menu link"
    );
    // With two administrators, Anne may step down; then she no longer reaches the page.
    let r = app
        .submit(
            "change_member_role",
            &[
                ("org_id", &org_s),
                ("user_id", &anne_id.to_string()),
                ("role", "member"),
            ],
            Some(&kari),
        )
        .await;
    assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
    let page = app.get(&format!("/organisations/{org}"), Some(&anne)).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);

    // Kari removes Anne. Anne keeps her account and what she earned; the organisation stops
    // seeing her: not on the page, not in the CSV, not on her own account page.
    crate::certificates::complete(&app, &anne, "r1").await;
    let r = app
        .submit(
            "remove_member",
            &[("org_id", &org_s), ("user_id", &anne_id.to_string())],
            Some(&kari),
        )
        .await;
    assert_eq!(
        r.location(),
        Some(format!("/organisations/{org}?removed=1").as_str())
    );
    let overview = app
        .call("organisation", &[("org_id", &org_s)], Some(&kari))
        .await
        .json();
    let emails: Vec<&str> = overview["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["kari.cert@example.org"]);
    let (_, _, csv) = app
        .get_bytes(&format!("/organisations/{org}/people.csv"), Some(&kari))
        .await;
    assert!(!String::from_utf8(csv).unwrap().contains("anne@bodo"));
    let mine = app.call("my_organisations", &[], Some(&anne)).await.json();
    assert_eq!(mine, serde_json::json!([]));
    let done: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM lesson_completions WHERE user_id = $1")
            .bind(anne_id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(done, 1, "what she did stays hers");
    // Removing her again finds nobody.
    let r = app
        .call(
            "remove_member",
            &[("org_id", &org_s), ("user_id", &anne_id.to_string())],
            Some(&kari),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Another organisation's administrator changes nothing here.
    let (bjorn, _) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    let r = app
        .call(
            "change_member_role",
            &[
                ("org_id", &org_s),
                ("user_id", &kari_id.to_string()),
                ("role", "member"),
            ],
            Some(&bjorn),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let page = app.get(&format!("/organisations/{org}"), Some(&kari)).await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "Kari is still its administrator"
    );
}

#[tokio::test]
async fn bulk_verification_answers_each_code_and_only_the_organisations_own_addresses() {
    let (app, ada, anne, kari, org) = crate::hr_api::bodo().await;
    crate::hr_api::kari_completes_everything(&app, &kari).await;
    let codes: Vec<String> = sqlx::query_scalar("SELECT code FROM certificates ORDER BY id")
        .fetch_all(&app.db)
        .await
        .unwrap();
    assert_eq!(codes.len(), 2);
    // Ola has an account but is not in Bodø: his address is "not a member", like a stranger's.
    app.register("Ola Nordmann", "ola@example.org", PASSWORD)
        .await;
    let org_s = org.to_string();
    let typed = codes[0].to_lowercase().replace('-', "");
    let list = format!(
        "{typed}\nKari.Cert@Example.org; anne@bodo.example.org\nola@example.org, nobody@example.org\nRTW-0000-0000-0000-0000 ???\n"
    );
    let r = app
        .submit(
            "bulk_verify",
            &[("org_id", &org_s), ("list", &list)],
            Some(&anne),
        )
        .await;
    let location = r.location().expect("a redirect").to_string();
    assert!(
        location.starts_with(&format!("/organisations/{org}/verify/")),
        "{location}"
    );
    let check = location.rsplit('/').next().unwrap().to_string();
    let report = app
        .call(
            "bulk_report",
            &[("org_id", &org_s), ("check_id", &check)],
            Some(&anne),
        )
        .await
        .json();
    let rows = report["rows"].as_array().unwrap();
    let outcome = |input: &str| {
        rows.iter()
            .find(|r| r["input"] == input)
            .unwrap_or_else(|| panic!("{input} in {rows:#?}"))
    };
    assert_eq!(outcome(&codes[0])["outcome"], "valid");
    assert_eq!(outcome(&codes[0])["person"], "Kari Nordmann");
    assert_eq!(outcome(&codes[0])["line"], 1);
    let kari_row = outcome("kari.cert@example.org");
    assert_eq!(kari_row["outcome"], "valid");
    assert_eq!(kari_row["certificates"].as_array().unwrap().len(), 2);
    assert_eq!(outcome("anne@bodo.example.org")["outcome"], "missing");
    assert_eq!(outcome("ola@example.org")["outcome"], "not_member");
    assert_eq!(outcome("ola@example.org")["person"], Value::Null);
    assert_eq!(outcome("nobody@example.org")["outcome"], "not_member");
    assert_eq!(outcome("RTW-0000-0000-0000-0000")["outcome"], "not_found");
    assert_eq!(outcome("???")["outcome"], "unreadable");
    assert_eq!(rows.len(), 7);

    // Revoking the certificate shows at once, on the page and in the CSV.
    let revoked = app
        .call(
            "change_certificate",
            &[
                ("code", &codes[0]),
                ("action", "revoke"),
                ("reason", "Feil"),
            ],
            Some(&ada),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
    let page = app
        .get(&format!("/organisations/{org}/verify/{check}"), Some(&anne))
        .await;
    assert!(
        page.body.contains(&format!(
            "data-input=\"{}\" data-outcome=\"revoked\"",
            codes[0]
        )),
        "{}",
        page.body
    );
    let (status, headers, body) = app
        .get_bytes(
            &format!("/organisations/{org}/verify/{check}/results.csv"),
            Some(&anne),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("bod-kommune-verification.csv"));
    let csv = String::from_utf8(body).unwrap();
    assert!(
        csv.contains(&format!("1,{},code,revoked,Kari Nordmann,", codes[0])),
        "{csv}"
    );
    assert!(
        csv.contains("3,ola@example.org,email,not_member,,"),
        "{csv}"
    );

    // An empty list is refused with a reason; another organisation's administrator sees nothing.
    let r = app
        .call(
            "bulk_verify",
            &[("org_id", &org_s), ("list", " \n ")],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("error-bulk-empty"), "{}", r.body);
    let (bjorn, other) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    let r = app
        .call(
            "bulk_report",
            &[("org_id", &org_s), ("check_id", &check)],
            Some(&bjorn),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app
        .call(
            "bulk_report",
            &[("org_id", &other.to_string()), ("check_id", &check)],
            Some(&bjorn),
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::NOT_FOUND,
        "a list belongs to its organisation"
    );
}

#[tokio::test]
async fn a_cohort_follows_each_persons_progress_against_its_deadline() {
    let (app, ada, anne, kari, org) = crate::hr_api::bodo().await;
    let org_s = org.to_string();
    let kari_id = user_id(&app, "kari.cert@example.org").await.to_string();
    let deadline = app::domain::clock::format_date(app::server::now() + 30 * 86_400);

    // Every problem at once; then a cohort for the test programme.
    let r = app
        .call(
            "create_cohort",
            &[
                ("org_id", &org_s),
                ("name", " "),
                ("course_id", "no-such-course"),
                ("deadline", "2020-01-01"),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    for key in [
        "error-cohort-name-empty",
        "error-cohort-course",
        "error-cohort-deadline-past",
    ] {
        assert!(r.body.contains(key), "{key}: {}", r.body);
    }
    let r = app
        .submit(
            "create_cohort",
            &[
                ("org_id", &org_s),
                ("name", "Kull vår 2027"),
                ("course_id", "cert-course"),
                ("deadline", &deadline),
            ],
            Some(&anne),
        )
        .await;
    let location = r.location().expect("a redirect").to_string();
    let cohort = location.rsplit('/').next().unwrap().to_string();
    assert_eq!(location, format!("/organisations/{org}/cohorts/{cohort}"));
    let r = app
        .call(
            "create_cohort",
            &[
                ("org_id", &org_s),
                ("name", "Kull vår 2027"),
                ("course_id", "cert-course"),
                ("deadline", &deadline),
            ],
            Some(&anne),
        )
        .await;
    assert!(r.body.contains("error-cohort-name-taken"), "{}", r.body);

    // Everyone in; Kari completes one of the two modules.
    let all = app
        .call(
            "add_to_cohort",
            &[("org_id", &org_s), ("cohort_id", &cohort)],
            Some(&anne),
        )
        .await;
    assert_eq!(all.json(), 2, "Anne and Kari");
    crate::certificates::complete(&app, &kari, "r1").await;
    let view = app
        .call(
            "cohort",
            &[("org_id", &org_s), ("cohort_id", &cohort)],
            Some(&anne),
        )
        .await
        .json();
    let state_of = |view: &Value, email: &str| {
        let m = view["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["email"] == email)
            .cloned()
            .unwrap_or_else(|| panic!("{email} in {view}"));
        (
            m["done"].as_i64().unwrap(),
            m["total"].as_i64().unwrap(),
            m["state"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        state_of(&view, "kari.cert@example.org"),
        (1, 2, "in_progress".into())
    );
    assert_eq!(
        state_of(&view, "anne@bodo.example.org"),
        (0, 2, "not_started".into())
    );
    assert_eq!(view["cohort"]["members"], 2);

    // Kari sees the cohort on her own record, as the organisation does.
    let mine = app.call("my_organisations", &[], Some(&kari)).await.json();
    let hers = &mine[0]["record"]["cohorts"][0];
    assert_eq!(hers["name"], "Kull vår 2027");
    assert_eq!(
        (hers["done"].as_i64(), hers["state"].as_str()),
        (Some(1), Some("in_progress"))
    );

    // Past the deadline (moved back in the database), whoever is not done is overdue; Kari
    // finishes and is done, late or not.
    sqlx::query("UPDATE cohorts SET deadline_day = deadline_day - 60")
        .execute(&app.db)
        .await
        .unwrap();
    crate::hr_api::kari_completes_everything(&app, &kari).await;
    let view = app
        .call(
            "cohort",
            &[("org_id", &org_s), ("cohort_id", &cohort)],
            Some(&anne),
        )
        .await
        .json();
    assert_eq!(
        state_of(&view, "kari.cert@example.org"),
        (2, 2, "done".into())
    );
    assert_eq!(state_of(&view, "anne@bodo.example.org").2, "overdue");
    let overview = app
        .call("organisation", &[("org_id", &org_s)], Some(&anne))
        .await
        .json();
    let c = &overview["cohorts"][0];
    assert_eq!(
        (c["done"].as_i64(), c["overdue"].as_i64()),
        (Some(1), Some(1))
    );
    let (_, _, csv) = app
        .get_bytes(&format!("/organisations/{org}/cohorts.csv"), Some(&anne))
        .await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("Kull vår 2027,cert-course,Sertifikatkurs,"),
        "{csv}"
    );
    assert!(csv.contains(",2,1,0,0,1"), "{csv}");
    let (_, _, csv) = app
        .get_bytes(
            &format!("/organisations/{org}/cohorts/{cohort}/people.csv"),
            Some(&anne),
        )
        .await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("Kari Nordmann,kari.cert@example.org,2,2,done,"),
        "{csv}"
    );

    // Taking Kari out; another organisation's administrator reaches none of it.
    let out = app
        .call(
            "remove_from_cohort",
            &[
                ("org_id", &org_s),
                ("cohort_id", &cohort),
                ("user_id", &kari_id),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(out.status, StatusCode::OK, "{}", out.body);
    let (bjorn, other) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    for (endpoint, org_id) in [("cohort", &org_s), ("cohort", &other.to_string())] {
        let r = app
            .call(
                endpoint,
                &[("org_id", org_id), ("cohort_id", &cohort)],
                Some(&bjorn),
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{endpoint} {org_id}");
    }
    let r = app
        .call(
            "add_to_cohort",
            &[
                ("org_id", &other.to_string()),
                ("cohort_id", &cohort),
                ("user_id", &kari_id),
            ],
            Some(&bjorn),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let view = app
        .call(
            "cohort",
            &[("org_id", &org_s), ("cohort_id", &cohort)],
            Some(&anne),
        )
        .await
        .json();
    assert_eq!(view["cohort"]["members"], 1);
}

#[tokio::test]
async fn a_learning_network_shows_its_members_counts_and_never_their_people() {
    let (app, ada, anne, kari, bodo) = crate::hr_api::bodo().await;
    let (bjorn, tromso) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    let (nina, _narvik) =
        organisation_with_admin(&app, &ada, "Narvik kommune", "nina@narvik.example.org").await;
    crate::certificates::complete(&app, &kari, "r1").await;

    // Only a platform administrator makes networks and adds organisations.
    let r = app
        .call("create_network", &[("name", "Salten")], Some(&anne))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = app
        .submit("create_network", &[("name", "Salten")], Some(&ada))
        .await;
    let network = r
        .location()
        .and_then(|l| l.strip_prefix("/networks/"))
        .expect("the network's page")
        .to_string();
    for org in [bodo, tromso] {
        let r = app
            .call(
                "set_network_member",
                &[
                    ("network_id", &network),
                    ("org_id", &org.to_string()),
                    ("join", "true"),
                ],
                Some(&ada),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    let r = app
        .call(
            "set_network_member",
            &[
                ("network_id", &network),
                ("org_id", &bodo.to_string()),
                ("join", "false"),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Anne sees both organisations' counts, hers marked as hers; no person of either.
    let r = app
        .call("network", &[("network_id", &network)], Some(&anne))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for private in [
        "kari.cert@example.org",
        "Kari Nordmann",
        "bjorn@tromso",
        "anne@bodo",
    ] {
        assert!(!r.body.contains(private), "{private} leaked: {}", r.body);
    }
    let v = r.json();
    let orgs = v["organisations"].as_array().unwrap();
    assert_eq!(orgs.len(), 2);
    let of = |name: &str| orgs.iter().find(|o| o["name"] == name).unwrap().clone();
    let b = of("Bodø kommune");
    assert_eq!(
        (
            b["people"].as_i64(),
            b["modules"].as_i64(),
            b["lessons"].as_i64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(b["mine"], true);
    let t = of("Tromsø kommune");
    assert_eq!(
        (t["people"].as_i64(), t["modules"].as_i64()),
        (Some(1), Some(0))
    );
    assert_eq!(t["mine"], false);
    let r_module = v["modules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["course_id"] == "cert-course" && m["module_id"] == "r")
        .unwrap()
        .clone();
    assert_eq!(
        (r_module["completed"].as_i64(), r_module["members"].as_i64()),
        (Some(1), Some(3))
    );
    let page = app.get(&format!("/networks/{network}"), Some(&bjorn)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page
            .body
            .contains(&format!("href=\"/organisations/{bodo}\"")),
        "no link to another organisation's page"
    );
    assert_eq!(
        app.get(&format!("/organisations/{bodo}"), Some(&bjorn))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "and its people stay out of reach"
    );
    let list = app.call("networks", &[], Some(&bjorn)).await.json();
    assert_eq!(list["networks"][0]["name"], "Salten");
    assert_eq!(list["can_create"], false);

    // Narvik is not in it; once Tromsø is taken out, Bjørn no longer sees it either.
    let r = app
        .call("network", &[("network_id", &network)], Some(&nina))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.call("networks", &[], Some(&nina)).await.json()["networks"],
        serde_json::json!([])
    );
    app.call(
        "set_network_member",
        &[
            ("network_id", &network),
            ("org_id", &tromso.to_string()),
            ("join", "false"),
        ],
        Some(&ada),
    )
    .await;
    let r = app
        .call("network", &[("network_id", &network)], Some(&bjorn))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_administrator_drills_down_to_one_person_of_their_own_organisation() {
    let (app, ada, anne, kari, org) = crate::hr_api::bodo().await;
    crate::certificates::complete(&app, &kari, "r1").await;
    let kari_id = user_id(&app, "kari.cert@example.org").await.to_string();
    let org_s = org.to_string();
    let v = app
        .call(
            "org_person",
            &[("org_id", &org_s), ("user_id", &kari_id)],
            Some(&anne),
        )
        .await
        .json();
    assert_eq!(v["record"]["email"], "kari.cert@example.org");
    let modules = v["modules"].as_array().unwrap();
    let r = modules.iter().find(|m| m["module_id"] == "r").unwrap();
    assert!(r["completed_at"].is_i64(), "{r}");
    let m = modules.iter().find(|m| m["module_id"] == "m").unwrap();
    assert!(m["completed_at"].is_null(), "{m}");
    // The page is linked from the people table.
    let page = app.get(&format!("/organisations/{org}"), Some(&anne)).await;
    assert!(page
        .body
        .contains(&format!("href=\"/organisations/{org}/people/{kari_id}\"")));

    // Someone outside the organisation, or another organisation's administrator: not found.
    let ola = app
        .register("Ola Nordmann", "ola@example.org", PASSWORD)
        .await;
    let _ = ola;
    let ola_id = user_id(&app, "ola@example.org").await.to_string();
    let r = app
        .call(
            "org_person",
            &[("org_id", &org_s), ("user_id", &ola_id)],
            Some(&anne),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let (bjorn, _) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "bjorn@tromso.example.org").await;
    let r = app
        .get(
            &format!("/organisations/{org}/people/{kari_id}"),
            Some(&bjorn),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(!r.body.contains("kari.cert@example.org"));
}

#[tokio::test]
async fn a_large_organisations_people_come_a_page_at_a_time_with_standings_counted_by_the_server() {
    let app = TestApp::start().await;
    let ada = platform_admin(&app).await;
    let (anne, org) =
        organisation_with_admin(&app, &ada, "Storby kommune", "anne.big@example.org").await;
    // 119 more people, written directly (registering each would hash 119 passwords). Their names
    // do not follow their ids; three hold certificates: valid for years, expiring in 20 days,
    // and expired.
    let pool = &app.db;
    let t = app::server::now();
    let version: i64 = sqlx::query_scalar("SELECT MAX(id) FROM course_versions")
        .fetch_one(pool)
        .await
        .unwrap();
    for n in 0..119_i64 {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, display_name, password_hash, created_at, password_changed_at, updated_at)
             VALUES ($1, $2, 'not-a-hash', 0, 0, 0) RETURNING id",
        )
        .bind(format!("p{n}@big.example.org"))
        .bind(format!("Person {:03}", (n * 37) % 119))
        .fetch_one(pool)
        .await
        .unwrap();
        sqlx::query("INSERT INTO memberships (organisation_id, user_id, role, joined_at) VALUES ($1, $2, 'member', 0)")
            .bind(org)
            .bind(id)
            .execute(pool)
            .await
            .unwrap();
        let expires = match n {
            0 => t + 1000 * 86_400,
            1 => t + 20 * 86_400,
            2 => t - 86_400,
            _ => continue,
        };
        sqlx::query(
            "INSERT INTO certificates (code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at)
             VALUES ($1, $2, $3, 'qualification', 'P', 0, $4)",
        )
        .bind(format!("RTW-TEST-{n}"))
        .bind(id)
        .bind(version)
        .bind(expires)
        .execute(pool)
        .await
        .unwrap();
    }
    let overview = |args: Vec<(&'static str, String)>| {
        let (app, anne) = (&app, &anne);
        async move {
            let mut form = vec![("org_id", org.to_string())];
            form.extend(args);
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let reply = app.call("organisation", &form, Some(anne)).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            reply.json()
        }
    };
    let names = |o: &Value| -> Vec<String> {
        o["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_string())
            .collect()
    };

    let first = overview(vec![]).await;
    assert_eq!(first["member_total"], 120, "Anne and 119 others");
    assert_eq!(
        (first["page"].as_i64(), first["per_page"].as_i64()),
        (Some(1), Some(50))
    );
    let counts: Vec<(String, i64)> = first["standings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s[0].as_str().unwrap().to_string(), s[1].as_i64().unwrap()))
        .collect();
    assert_eq!(
        counts,
        [
            ("valid", 1),
            ("expiring", 1),
            ("lapsed", 1),
            ("missing", 117)
        ]
        .map(|(s, n)| (s.to_string(), n))
    );
    // Three pages in name order, each person once; past the last page is the last page.
    let mut all = names(&first);
    assert_eq!(all.len(), 50);
    all.extend(names(&overview(vec![("page", "2".into())]).await));
    let last = overview(vec![("page", "99".into())]).await;
    assert_eq!(last["page"], 3);
    all.extend(names(&last));
    assert_eq!(all.len(), 120);
    let mut sorted = all.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(all, sorted, "in name order across pages");
    sorted.dedup();
    assert_eq!(sorted.len(), 120, "nobody twice");

    // The standings filter the list on the server; the window moves "expiring".
    let expiring = overview(vec![("standing", "expiring".into())]).await;
    assert_eq!(expiring["member_total"], 1);
    let emails: Vec<&str> = expiring["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["p1@big.example.org"]);
    let wide = overview(vec![("standing", "valid".into()), ("within", "30".into())]).await;
    assert_eq!(wide["within"], 30);
    assert_eq!(wide["member_total"], 1);
    let missing = overview(vec![("standing", "missing".into()), ("page", "3".into())]).await;
    assert_eq!(missing["member_total"], 117);
    assert_eq!(missing["members"].as_array().unwrap().len(), 17);
    // An unknown standing or window lists everyone with the default window.
    let unknown = overview(vec![("standing", "gold".into()), ("within", "7".into())]).await;
    assert_eq!(
        (unknown["member_total"].as_i64(), unknown["within"].as_i64()),
        (Some(120), Some(90))
    );

    // The page links to the next one, keeping the filter, without JavaScript too.
    let page = app
        .get(
            &format!("/organisations/{org}?standing=missing&page=2"),
            Some(&anne),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"member-range\""), "{}", page.body);
    let nav = &page.body[page.body.find("id=\"member-pages\"").expect("the pager")..];
    let nav = &nav[..nav.find("</nav>").expect("its end")];
    assert!(nav.contains("51–100"), "the range shown: {nav}");
    assert!(
        nav.contains("?standing=missing&amp;within=90&amp;page=3"),
        "{nav}"
    );
    assert!(
        nav.contains("?standing=missing&amp;within=90&amp;page=1"),
        "{nav}"
    );
}

/// The dashboard's running counts (`org_module_counts`, `org_week_counts`) against the same
/// figures counted from the completions themselves, for every organisation.
async fn assert_counts_match(app: &TestApp, when: &str) {
    let pool = &app.db;
    let kept: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT organisation_id, course_id, module_id, people FROM org_module_counts
         WHERE people <> 0 ORDER BY 1, 2, 3",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let counted: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT m.organisation_id, v.course_id, mc.module_id, COUNT(DISTINCT mc.user_id)
         FROM module_completions mc JOIN course_versions v ON v.id = mc.course_version_id
         JOIN memberships m ON m.user_id = mc.user_id
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(kept, counted, "people per module, {when}");
    let kept: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT organisation_id, week, lessons, modules FROM org_week_counts
         WHERE lessons <> 0 OR modules <> 0 ORDER BY 1, 2",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let counted: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT organisation_id, week, CAST(SUM(lessons) AS BIGINT), CAST(SUM(modules) AS BIGINT) FROM (
           SELECT m.organisation_id, (c.completed_at - 345600) / 604800 * 604800 + 345600 AS week,
                  1 AS lessons, 0 AS modules
           FROM lesson_completions c JOIN memberships m ON m.user_id = c.user_id
           UNION ALL
           SELECT m.organisation_id, (c.completed_at - 345600) / 604800 * 604800 + 345600, 0, 1
           FROM module_completions c JOIN memberships m ON m.user_id = c.user_id) AS done
         GROUP BY 1, 2 ORDER BY 1, 2",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(kept, counted, "lessons and modules per week, {when}");
}

#[tokio::test]
async fn the_dashboards_counts_follow_completions_memberships_and_deleted_accounts() {
    let (app, ada, anne, kari, bodo) = crate::hr_api::bodo().await;
    assert_counts_match(&app, "before anyone learnt").await;
    crate::hr_api::kari_completes_everything(&app, &kari).await;
    assert_counts_match(&app, "after Kari completed both modules").await;
    let dashboard = app
        .call(
            "organisation",
            &[("org_id", &bodo.to_string())],
            Some(&anne),
        )
        .await
        .json();
    let completed: Vec<(String, i64, i64)> = dashboard["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let id = m["module_id"].as_str().unwrap().to_string();
            (
                id,
                m["completed"].as_i64().unwrap(),
                m["members"].as_i64().unwrap(),
            )
        })
        .filter(|(id, _, _)| id == "m" || id == "r")
        .collect();
    assert_eq!(
        completed,
        [("m".into(), 1, 2), ("r".into(), 1, 2)],
        "{dashboard}"
    );
    let this_week = dashboard["weeks"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (this_week["lessons"].as_i64(), this_week["modules"].as_i64()),
        (Some(3), Some(2))
    );

    // Kari joins a second organisation: what she did before counts there too.
    let (_, narvik) =
        organisation_with_admin(&app, &ada, "Narvik kommune", "nina@narvik.example.org").await;
    let nina = app
        .submit(
            "sign_in",
            &[("email", "nina@narvik.example.org"), ("password", PASSWORD)],
            None,
        )
        .await
        .session_cookie()
        .expect("Nina signs in");
    assert_eq!(
        invite(
            &app,
            &nina,
            narvik,
            "Kari",
            "kari.cert@example.org",
            "member"
        )
        .await,
        StatusCode::OK
    );
    let link = links_to(&app, "kari.cert@example.org").await;
    let token = token_of(link.last().unwrap());
    let accepted = app
        .call("accept_invitation", &[("token", &token)], Some(&kari))
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert_counts_match(&app, "after Kari joined Narvik").await;
    let narvik_view = app
        .call(
            "organisation",
            &[("org_id", &narvik.to_string())],
            Some(&nina),
        )
        .await
        .json();
    let weeks = narvik_view["weeks"].as_array().unwrap();
    assert_eq!(weeks.last().unwrap()["lessons"], 3, "{narvik_view}");

    // Bodø removes her: its figures lose her, Narvik's keep her.
    let kari_id = user_id(&app, "kari.cert@example.org").await;
    let removed = app
        .call(
            "remove_member",
            &[
                ("org_id", &bodo.to_string()),
                ("user_id", &kari_id.to_string()),
            ],
            Some(&anne),
        )
        .await;
    assert!(
        removed.status.is_success() || removed.status.is_redirection(),
        "{}",
        removed.body
    );
    assert_counts_match(&app, "after Bodø removed Kari").await;
    let people: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM org_module_counts WHERE organisation_id = $1",
    )
    .bind(bodo)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(people, 0);

    // Kari deletes her account: nothing of hers is counted anywhere.
    let gone = app
        .call(
            "delete_account",
            &[("password", PASSWORD), ("confirm", "yes")],
            Some(&kari),
        )
        .await;
    assert!(gone.status.is_success(), "{}", gone.body);
    assert_counts_match(&app, "after Kari deleted her account").await;
    let left: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(people), 0)
                + (SELECT COALESCE(SUM(lessons + modules), 0) FROM org_week_counts) AS BIGINT)
         FROM org_module_counts",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(left, 0);
}
