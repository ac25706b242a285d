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

async fn create_org(app: &TestApp, admin: &str, name: &str) -> i64 {
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
    let payloads: Vec<String> = sqlx::query_scalar(
        "SELECT payload FROM outbox WHERE json_extract(payload, '$.to') = ? ORDER BY id",
    )
    .bind(to)
    .fetch_all(&app.state.pool)
    .await
    .unwrap();
    payloads
        .iter()
        .filter_map(|p| {
            let msg: Value = serde_json::from_str(p).unwrap();
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
            .fetch_one(&app.state.pool)
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
            .fetch_one(&app.state.pool)
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
            .fetch_one(&app.state.pool)
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
        "name,email,role,joined,lessons_completed,quizzes_passed,modules_completed,certificates"
    );
    assert_eq!(
        lines.len(),
        4,
        "header, Anne, Eve and the final line end: {text:?}"
    );
    let today = app::domain::clock::format_date(app::server::now());
    assert!(
        lines.contains(&format!("Anne Admin,anne@bodo.example.org,admin,{today},0,0,0,").as_str()),
        "{text}"
    );
    assert!(
        lines.contains(
            &format!("\"'=HYPERLINK(\"\"http://evil.example\"\"), Eve\",eve@bodo.example.org,member,{today},1,0,0,").as_str()
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
    let (status, _, _) = app
        .get_bytes(&format!("/organisations/{org}/people.csv"), None)
        .await;
    assert!(status.is_redirection());
}
