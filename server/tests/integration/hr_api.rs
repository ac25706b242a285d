//! The HR API: an organisation administrator creates a token (shown once), an HR system reads the
//! organisation's people, enrolments, completed modules and certificates with it, in pages or as
//! a CSV stream; a token reads only its own organisation and only what its scopes allow; the
//! OpenAPI document is valid and describes what the API really answers.

use crate::certificates::{complete, pass_quiz, play_case, setup};
use crate::common::{python, TestApp};
use crate::organisations::{invite, links_to, organisation_with_admin, platform_admin, token_of};
use http::StatusCode;
use serde_json::Value;
use std::collections::BTreeSet;

/// Bodø with its administrator Anne and Kari (a member, who has not learnt anything yet).
/// Returns the app, Ada (platform administrator), Anne, Kari and Bodø's id.
pub(crate) async fn bodo() -> (TestApp, String, String, String, i64) {
    bodo_on(setup().await).await
}

/// [`bodo`] on an app with the test course and Kari.
pub(crate) async fn bodo_on(
    (app, kari): (TestApp, String),
) -> (TestApp, String, String, String, i64) {
    let ada = platform_admin(&app).await;
    let (anne, org) =
        organisation_with_admin(&app, &ada, "Bodø kommune", "anne@bodo.example.org").await;
    assert_eq!(
        invite(
            &app,
            &anne,
            org,
            "Kari Nordmann",
            "kari.cert@example.org",
            "member"
        )
        .await,
        StatusCode::OK
    );
    let link = links_to(&app, "kari.cert@example.org").await;
    let accepted = app
        .call(
            "accept_invitation",
            &[("token", &token_of(&link[0]))],
            Some(&kari),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    (app, ada, anne, kari, org)
}

/// Kari completes both modules of the test course ("r": one lesson; "m": two lessons, the quiz
/// and the case) and so earns both certificates.
pub(crate) async fn kari_completes_everything(app: &TestApp, kari: &str) {
    complete(app, kari, "r1").await;
    complete(app, kari, "l1").await;
    complete(app, kari, "l2").await;
    pass_quiz(app, kari).await;
    play_case(app, kari, "good").await;
}

/// Creates a token as a browser without JavaScript does and reads it off the page it is shown
/// on. Returns the token and its id.
async fn new_token(app: &TestApp, admin: &str, org: i64, scopes: &[&str]) -> (String, i64) {
    let org_s = org.to_string();
    let mut form = vec![
        ("org_id", org_s.as_str()),
        ("name", "Visma HR"),
        ("days", "90"),
    ];
    for s in scopes {
        form.push((s, "on"));
    }
    let created = app.submit("create_api_token", &form, Some(admin)).await;
    let location = created
        .location()
        .unwrap_or_else(|| panic!("a redirect: {} {}", created.status, created.body))
        .to_string();
    assert!(
        location.starts_with(&format!("/organisations/{org}/api?created=")),
        "{location}"
    );
    let id: i64 = location.rsplit('=').next().unwrap().parse().unwrap();
    let page = app.get(&location, Some(admin)).await;
    assert_eq!(page.status, StatusCode::OK);
    (revealed(&page.body).expect("the token on the page"), id)
}

fn revealed(html: &str) -> Option<String> {
    textarea(html, "revealed-token")
}

/// The text of the `<textarea>` with `id` in server-rendered HTML.
pub(crate) fn textarea(html: &str, id: &str) -> Option<String> {
    let start = html.find(&format!("id=\"{id}\""))?;
    let rest = &html[start..];
    let open = rest.find('>')? + 1;
    let close = rest.find("</textarea>")?;
    let mut text = rest[open..close].to_string();
    while let (Some(a), Some(b)) = (text.find("<!--"), text.find("-->")) {
        text.replace_range(a..b + 3, "");
    }
    Some(text.trim().to_string())
}

fn ids(reply: &Value) -> Vec<i64> {
    reply["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_hr_system_reads_the_organisations_completions_with_a_token_shown_once() {
    let (app, _ada, anne, kari, org) = bodo().await;
    kari_completes_everything(&app, &kari).await;
    let kari_id = user_id(&app, "kari.cert@example.org").await;

    let (token, token_id) = new_token(
        &app,
        &anne,
        org,
        &["scope_people", "scope_completions", "scope_certificates"],
    )
    .await;

    // Shown once: the page does not show it again, and only its SHA-256 is stored.
    let again = app
        .get(
            &format!("/organisations/{org}/api?created={token_id}"),
            Some(&anne),
        )
        .await;
    assert_eq!(revealed(&again.body), None);
    assert!(!again.body.contains(&token));
    let stored: (String, String) =
        sqlx::query_as("SELECT token_hash, scopes FROM api_tokens WHERE id = $1")
            .bind(token_id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(stored.0, app::server::auth::token_hash(&token));
    assert_ne!(stored.0, token);
    assert_eq!(stored.1, "people:read completions:read certificates:read");

    // Completed modules, with titles in the course's default language or the one asked for.
    let all = app.api("/api/v1/completions", Some(&token)).await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    let all = all.json();
    let data = all["data"].as_array().unwrap();
    let modules: BTreeSet<&str> = data
        .iter()
        .map(|c| c["module_id"].as_str().unwrap())
        .collect();
    assert_eq!(modules, BTreeSet::from(["m", "r"]), "{all}");
    assert!(data.iter().all(|c| c["person_id"] == kari_id
        && c["course_id"] == "cert-course"
        && c["course_version"] == 1));
    assert_eq!(all["next_cursor"], Value::Null);
    let refresher = data.iter().find(|c| c["module_id"] == "r").unwrap();
    assert_eq!(refresher["module_title"], "Oppfriskning");
    let english = app
        .api("/api/v1/completions?lang=en", Some(&token))
        .await
        .json();
    let refresher = english["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["module_id"] == "r")
        .unwrap();
    assert_eq!(refresher["module_title"], "Refresher");

    // Page by page with the cursor: the same records, each once.
    let first = app
        .api("/api/v1/completions?limit=1", Some(&token))
        .await
        .json();
    assert_eq!(ids(&first).len(), 1);
    let cursor = first["next_cursor"]
        .as_str()
        .expect("a cursor to the next page");
    let second = app
        .api(
            &format!("/api/v1/completions?limit=1&cursor={cursor}"),
            Some(&token),
        )
        .await
        .json();
    assert_eq!(second["next_cursor"], Value::Null);
    assert_eq!([ids(&first), ids(&second)].concat(), ids(&all));

    // Only what changed since a time; nothing changes in the future.
    let since = app
        .api(
            "/api/v1/completions?updated_since=2100-01-01T00:00:00Z",
            Some(&token),
        )
        .await
        .json();
    assert_eq!(ids(&since), Vec::<i64>::new());
    let since = app
        .api(
            "/api/v1/completions?updated_since=2020-01-01T00:00:00%2B01:00",
            Some(&token),
        )
        .await
        .json();
    assert_eq!(ids(&since), ids(&all));

    // People and certificates of the organisation.
    let people = app.api("/api/v1/people", Some(&token)).await.json();
    let emails: BTreeSet<&str> = people["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["email"].as_str().unwrap())
        .collect();
    assert_eq!(
        emails,
        BTreeSet::from(["anne@bodo.example.org", "kari.cert@example.org"])
    );
    let certificates = app.api("/api/v1/certificates", Some(&token)).await.json();
    let certificates = certificates["data"].as_array().unwrap();
    assert_eq!(certificates.len(), 2, "{certificates:?}");
    for c in certificates {
        assert_eq!(c["status"], "valid");
        assert_eq!(c["person_id"], kari_id);
        let code = c["code"].as_str().unwrap();
        assert_eq!(c["verify_url"], format!("http://rtw.test/verify/{code}"));
    }
    assert!(certificates
        .iter()
        .any(|c| c["qualification"] == true && c["title"] == "Kvalifisert"));

    // The same completions as CSV.
    let (status, headers, body) = app
        .get_bytes_with_bearer("/api/v1/completions.csv", &token)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    let csv = String::from_utf8(body).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,person_id,email,name,course_id,course_version,module_id,module_title,completed_at"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[1..]
        .iter()
        .all(|l| l.contains(",kari.cert@example.org,Kari Nordmann,cert-course,1,")));

    // A scope it does not have: 403 naming the scope.
    let enrolments = app.api("/api/v1/enrolments", Some(&token)).await;
    assert_eq!(enrolments.status, StatusCode::FORBIDDEN);
    assert_eq!(enrolments.json()["error"]["code"], "insufficient_scope");
    assert!(enrolments.body.contains("enrolments:read"));

    // Revoked: refused at once, and the page says so.
    let revoked = app
        .submit(
            "revoke_api_token",
            &[
                ("org_id", &org.to_string()),
                ("token_id", &token_id.to_string()),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::FOUND, "{}", revoked.body);
    let after = app.api("/api/v1/completions", Some(&token)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert_eq!(after.json()["error"]["code"], "unauthorized");
    let page = app
        .get(&format!("/organisations/{org}/api"), Some(&anne))
        .await;
    assert!(
        page.body.contains("data-state=\"revoked\""),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn enrolments_show_each_persons_progress_through_the_programme() {
    let (app, _ada, anne, kari, org) = bodo().await;
    complete(&app, &kari, "r1").await;
    complete(&app, &kari, "l1").await;
    let (token, _) = new_token(&app, &anne, org, &["scope_enrolments"]).await;
    let reply = app.api("/api/v1/enrolments", Some(&token)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let reply = reply.json();
    let data = reply["data"].as_array().unwrap();
    assert_eq!(data.len(), 1, "{reply}");
    let e = &data[0];
    assert_eq!(e["person_id"], user_id(&app, "kari.cert@example.org").await);
    assert_eq!(e["course_id"], "cert-course");
    assert_eq!(e["course_title"], "Sertifikatkurs");
    assert_eq!(e["lessons_completed"], 2);
    assert_eq!(e["lessons_total"], 3);
    assert_eq!(
        e["modules_completed"], 1,
        "module r only: m still needs l2, the quiz and the case"
    );
    assert_eq!(e["modules_total"], 2);
}

#[tokio::test]
async fn a_token_reads_only_its_own_organisation() {
    let (app, ada, anne, kari, bodo) = bodo().await;
    kari_completes_everything(&app, &kari).await;
    let (bodo_token, bodo_token_id) = new_token(
        &app,
        &anne,
        bodo,
        &[
            "scope_people",
            "scope_enrolments",
            "scope_completions",
            "scope_certificates",
        ],
    )
    .await;
    let (tom, tromso) =
        organisation_with_admin(&app, &ada, "Tromsø kommune", "tom@tromso.example.org").await;
    let (tromso_token, _) = new_token(
        &app,
        &tom,
        tromso,
        &[
            "scope_people",
            "scope_enrolments",
            "scope_completions",
            "scope_certificates",
        ],
    )
    .await;

    // Tromsø's token sees Tom and nothing of Bodø's.
    let people = app.api("/api/v1/people", Some(&tromso_token)).await.json();
    let emails: Vec<&str> = people["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["tom@tromso.example.org"]);
    for path in [
        "/api/v1/enrolments",
        "/api/v1/completions",
        "/api/v1/certificates",
    ] {
        let reply = app.api(path, Some(&tromso_token)).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(ids(&reply.json()), Vec::<i64>::new(), "{path}");
        assert!(!reply.body.contains("kari"), "{path}: {}", reply.body);
    }
    let (_, _, csv) = app
        .get_bytes_with_bearer("/api/v1/completions.csv", &tromso_token)
        .await;
    assert_eq!(
        String::from_utf8(csv).unwrap().lines().count(),
        1,
        "the header only"
    );

    // Tom cannot make, show or revoke a token of Bodø's.
    let made = app
        .call(
            "create_api_token",
            &[
                ("org_id", &bodo.to_string()),
                ("name", "x"),
                ("days", "90"),
                ("scope_people", "on"),
            ],
            Some(&tom),
        )
        .await;
    assert_eq!(made.status, StatusCode::NOT_FOUND);
    let shown = app
        .call(
            "org_api",
            &[
                ("org_id", &bodo.to_string()),
                ("created", &bodo_token_id.to_string()),
            ],
            Some(&tom),
        )
        .await;
    assert_eq!(shown.status, StatusCode::NOT_FOUND);
    let revoke = app
        .call(
            "revoke_api_token",
            &[
                ("org_id", &tromso.to_string()),
                ("token_id", &bodo_token_id.to_string()),
            ],
            Some(&tom),
        )
        .await;
    assert_eq!(
        revoke.status,
        StatusCode::NOT_FOUND,
        "Bodø's token is not Tromsø's to revoke"
    );
    assert_eq!(
        app.api("/api/v1/people", Some(&bodo_token)).await.status,
        StatusCode::OK
    );

    // A token signed with the real key for the other organisation, but naming Bodø's row, fails:
    // the row, not the claim, says whose data a token reads.
    let t = app::server::now();
    let forged = app
        .state
        .sessions
        .sign_api_token(bodo_token_id, tromso, "people:read", t, t + 60)
        .unwrap();
    assert_eq!(
        app.api("/api/v1/people", Some(&forged)).await.status,
        StatusCode::UNAUTHORIZED
    );
}

/// Each data endpoint and the scope it needs. A route added to the API without a row fails.
const SCOPES: &[(&str, &str)] = &[
    ("/api/v1/people", "scope_people"),
    ("/api/v1/enrolments", "scope_enrolments"),
    ("/api/v1/completions", "scope_completions"),
    ("/api/v1/completions.csv", "scope_completions"),
    ("/api/v1/certificates", "scope_certificates"),
];

#[tokio::test]
async fn every_endpoint_refuses_a_token_that_may_not_read_it() {
    let (app, _ada, anne, _kari, org) = bodo().await;
    let mut routes: Vec<&str> = server::hr_api::routes()
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| *p != "/api/v1/openapi.json")
        .collect();
    routes.sort();
    let mut listed: Vec<&str> = SCOPES.iter().map(|(p, _)| *p).collect();
    listed.sort();
    assert_eq!(routes, listed);

    let (expired, expired_id) = new_token(&app, &anne, org, &["scope_people"]).await;
    sqlx::query("UPDATE api_tokens SET expires_at = $1 WHERE id = $2")
        .bind(app::server::now() - 1)
        .bind(expired_id)
        .execute(&app.db)
        .await
        .unwrap();
    let every = [
        "scope_people",
        "scope_enrolments",
        "scope_completions",
        "scope_certificates",
    ];
    let (revoked, revoked_id) = new_token(&app, &anne, org, &every).await;
    let gone = app
        .call(
            "revoke_api_token",
            &[
                ("org_id", &org.to_string()),
                ("token_id", &revoked_id.to_string()),
            ],
            Some(&anne),
        )
        .await;
    assert_eq!(gone.status, StatusCode::OK);
    for (path, scope) in SCOPES {
        let (right, _) = new_token(&app, &anne, org, &[scope]).await;
        let other = if *scope == "scope_people" {
            "scope_certificates"
        } else {
            "scope_people"
        };
        let (wrong, _) = new_token(&app, &anne, org, &[other]).await;
        let mut tampered = right.clone();
        let last = tampered.pop().unwrap();
        tampered.push(if last == 'A' { 'B' } else { 'A' });
        let cases: [(&str, Option<&str>, StatusCode); 7] = [
            ("no token", None, StatusCode::UNAUTHORIZED),
            ("not a token", Some("hello"), StatusCode::UNAUTHORIZED),
            (
                "tampered signature",
                Some(&tampered),
                StatusCode::UNAUTHORIZED,
            ),
            ("expired", Some(&expired), StatusCode::UNAUTHORIZED),
            ("revoked", Some(&revoked), StatusCode::UNAUTHORIZED),
            ("another scope", Some(&wrong), StatusCode::FORBIDDEN),
            ("the right scope", Some(&right), StatusCode::OK),
        ];
        for (what, token, status) in cases {
            let reply = app.api(path, token).await;
            assert_eq!(reply.status, status, "{path} with {what}: {}", reply.body);
            if status == StatusCode::UNAUTHORIZED {
                assert!(
                    reply.headers.contains_key("www-authenticate"),
                    "{path} {what}"
                );
                assert_eq!(reply.json()["error"]["code"], "unauthorized");
            }
        }
        // A signed-in browser is not an HR system: its session does not open the API.
        assert_eq!(
            app.get(path, Some(&anne)).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
}

#[tokio::test]
async fn bad_parameters_get_a_clear_400_and_never_a_500() {
    let (app, _ada, anne, _kari, org) = bodo().await;
    let (token, _) = new_token(&app, &anne, org, &["scope_completions"]).await;
    for (query, says) in [
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("limit=ten", "limit"),
        ("cursor=abc", "cursor"),
        ("cursor=c", "cursor"),
        ("updated_since=yesterday", "updated_since"),
        ("updated_since=2026-12-01", "updated_since"),
        ("lang=de", "lang"),
        (
            "updatedSince=2026-12-01T00:00:00Z",
            "unknown parameter 'updatedSince'",
        ),
        ("limit=%FF", ""),
    ] {
        let reply = app
            .api(&format!("/api/v1/completions?{query}"), Some(&token))
            .await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{query}: {}",
            reply.body
        );
        let body = reply.json();
        assert_eq!(body["error"]["code"], "bad_request", "{query}");
        assert!(
            body["error"]["message"].as_str().unwrap().contains(says),
            "{query}: {body}"
        );
    }
    let csv = app
        .api("/api/v1/completions.csv?limit=10", Some(&token))
        .await;
    assert_eq!(
        csv.status,
        StatusCode::BAD_REQUEST,
        "the export has no pages"
    );
}

#[tokio::test]
async fn creating_a_token_checks_its_name_scopes_and_lifetime() {
    let (app, _ada, anne, _kari, org) = bodo().await;
    let org_s = org.to_string();
    let long = "x".repeat(81);
    for (form, field) in [
        (
            vec![("name", ""), ("days", "90"), ("scope_people", "on")],
            "name",
        ),
        (
            vec![
                ("name", long.as_str()),
                ("days", "90"),
                ("scope_people", "on"),
            ],
            "name",
        ),
        (vec![("name", "HR"), ("days", "90")], "scopes"),
        (
            vec![("name", "HR"), ("days", "3650"), ("scope_people", "on")],
            "days",
        ),
        (
            vec![("name", "HR"), ("days", "soon"), ("scope_people", "on")],
            "days",
        ),
    ] {
        let mut form = form;
        form.push(("org_id", &org_s));
        let before = app.count("api_tokens").await;
        let reply = app.call("create_api_token", &form, Some(&anne)).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{form:?}: {}",
            reply.body
        );
        assert!(
            reply.body.contains(&format!("\"{field}\"")),
            "{form:?}: {}",
            reply.body
        );
        assert_eq!(app.count("api_tokens").await, before, "nothing written");
    }
}

/// Checks `value` against the subset of JSON Schema the document uses: `$ref`, `type` (one or a
/// list), `enum`, `format: date-time`, object `properties` / `required` /
/// `additionalProperties: false` and array `items`. Returns every mismatch.
pub(crate) fn conforms(
    doc: &Value,
    schema: &Value,
    value: &Value,
    at: &str,
    out: &mut Vec<String>,
) {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        return conforms(doc, &doc["components"]["schemas"][name], value, at, out);
    }
    let kind = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let integer_as_number = kind == "integer" && types.contains(&"number");
    if !(types.is_empty() || types.contains(&kind) || integer_as_number) {
        out.push(format!("{at}: a {kind}, the document says {types:?}"));
        return;
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            out.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    if schema["format"] == "date-time" {
        if let Some(s) = value.as_str() {
            let b = s.as_bytes();
            if !(s.len() >= 20 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && s.ends_with('Z'))
            {
                out.push(format!("{at}: {s} is not an RFC 3339 UTC date-time"));
            }
        }
    }
    if let Value::Object(fields) = value {
        for required in schema["required"].as_array().into_iter().flatten() {
            let name = required.as_str().unwrap();
            if !fields.contains_key(name) {
                out.push(format!("{at}: `{name}` is required but missing"));
            }
        }
        for (name, v) in fields {
            match schema["properties"].get(name) {
                Some(s) => conforms(doc, s, v, &format!("{at}.{name}"), out),
                None if schema["additionalProperties"] == false => {
                    out.push(format!("{at}: `{name}` is not in the document"))
                }
                None => {}
            }
        }
    }
    if let Value::Array(items) = value {
        for (i, v) in items.iter().enumerate() {
            conforms(doc, &schema["items"], v, &format!("{at}[{i}]"), out);
        }
    }
}

#[tokio::test]
async fn the_openapi_document_is_valid_and_describes_what_the_api_answers() {
    let (app, _ada, anne, kari, org) = bodo().await;
    kari_completes_everything(&app, &kari).await;
    let served = app.api("/api/v1/openapi.json", None).await;
    assert_eq!(served.status, StatusCode::OK);
    let doc = served.json();

    // Valid OpenAPI 3.1, by an independent validator (openapi-spec-validator, from PyPI).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, &served.body).unwrap();
    let check = std::process::Command::new(python())
        .args(["-m", "openapi_spec_validator"])
        .arg(&file)
        .output()
        .expect("run openapi-spec-validator");
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );

    // It describes exactly the routes the server has.
    let mut documented: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    documented.sort();
    let mut routed: Vec<&str> = server::hr_api::routes()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    routed.sort();
    assert_eq!(documented, routed);

    // And what they answer: real pages, an error, each checked against its schema.
    let (token, _) = new_token(
        &app,
        &anne,
        org,
        &[
            "scope_people",
            "scope_enrolments",
            "scope_completions",
            "scope_certificates",
        ],
    )
    .await;
    for path in [
        "/api/v1/people",
        "/api/v1/enrolments",
        "/api/v1/completions",
        "/api/v1/certificates",
    ] {
        let reply = app.api(&format!("{path}?limit=1"), Some(&token)).await;
        assert_eq!(reply.status, StatusCode::OK);
        let body = reply.json();
        assert_eq!(
            body["data"].as_array().unwrap().len(),
            1,
            "{path}: something to check"
        );
        let schema =
            &doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert!(schema.is_object(), "{path} documents its 200 answer");
        let mut wrong = Vec::new();
        conforms(&doc, schema, &body, path, &mut wrong);
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
    let refused = app.api("/api/v1/people?limit=0", Some(&token)).await.json();
    let error = &doc["components"]["schemas"]["Error"];
    let mut wrong = Vec::new();
    conforms(&doc, error, &refused, "400", &mut wrong);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn the_dashboard_counts_completions_per_module_and_downloads_them() {
    let (app, _ada, anne, kari, org) = bodo().await;
    complete(&app, &kari, "r1").await;
    let overview = app
        .call("organisation", &[("org_id", &org.to_string())], Some(&anne))
        .await
        .json();
    let modules = overview["modules"].as_array().unwrap();
    let find = |course: &str, module: &str| {
        modules
            .iter()
            .find(|m| m["course_id"] == course && m["module_id"] == module)
            .unwrap_or_else(|| panic!("{course}/{module} in {modules:?}"))["completed"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(find("cert-course", "r"), 1);
    assert_eq!(find("cert-course", "m"), 0);
    assert_eq!(
        modules
            .iter()
            .filter(|m| m["course_id"] == "rtw-coordinator")
            .count(),
        8,
        "every module of the bundled programme, done or not"
    );
    let weeks = overview["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 12);
    let this_week = &weeks[11];
    assert_eq!(
        (this_week["lessons"].as_i64(), this_week["modules"].as_i64()),
        (Some(1), Some(1))
    );
    assert!(
        weeks[..11]
            .iter()
            .all(|w| w["lessons"] == 0 && w["modules"] == 0),
        "{weeks:?}"
    );
    let page = app.get(&format!("/organisations/{org}"), Some(&anne)).await;
    assert!(page.body.contains("data-module=\"r\""), "{}", page.body);
    assert!(page.body.contains("id=\"weeks-chart\""), "{}", page.body);

    let (status, headers, body) = app
        .get_bytes(&format!("/organisations/{org}/modules.csv"), Some(&anne))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("bod-kommune-modules.csv"));
    let csv = String::from_utf8(body).unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "course_id,course,module_id,module,completed,members"
    );
    assert!(
        lines.contains(&"cert-course,Sertifikatkurs,r,Oppfriskning,1,2"),
        "{csv}"
    );

    let (status, _, body) = app
        .get_bytes(&format!("/organisations/{org}/weeks.csv"), Some(&anne))
        .await;
    assert_eq!(status, StatusCode::OK);
    let csv = String::from_utf8(body).unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 13, "{csv}");
    assert_eq!(
        lines[0],
        "week_starting,lessons_completed,modules_completed"
    );
    assert!(lines[12].ends_with(",1,1"), "{csv}");
}
