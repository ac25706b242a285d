//! Cross-site scripting payloads in every field an author or a user can fill: course, module,
//! lesson (title, objectives, Markdown body), quiz, item (prompt, options, feedback, explanation),
//! case (title, summary, names, documents, situations, choices, debrief), the learner's name, CPD
//! entries, an administrator's revocation reason, and an organisation's name, invitations,
//! roster, API token names and webhook addresses. Every page that shows them is rendered and checked: the text arrives (escaped), and
//! nothing in the page could run except the scripts that carry the page's nonce.

use crate::common::{write, TestApp};

/// Everything at once in each field, with a marker to find the field on the page.
const PAYLOAD: &str = concat!(
    "XSSMARK </title><script>alert(0)</script> <script>alert(1)</script> <img src=x onerror=alert(2)> \"><svg onload=alert(3)> ",
    "</script><script>alert(4)</script> <a href=\"javascript:alert(5)\">lenke</a> ",
    "<iframe srcdoc=\"<script>alert(6)</script>\"></iframe> ' onmouseover='alert(7)' ",
    "<style>body{display:none}</style> <!-- {{7*7}} ${alert(8)} <base href=\"//evil.example/\">",
);

/// Markdown that tries every way in: raw HTML, links and images.
const BODY: &str = concat!(
    "# XSSMARK overskrift <img src=x onerror=alert(9)>\n\n",
    "Tekst <script>alert(10)</script> og <b onclick=\"alert(11)\">fet</b>.\n\n",
    // Markdown links and images to `javascript:` or `data:` are refused by the checker before
    // publishing (see content.rs); as raw HTML they get through to the sanitiser.
    "<a href=\"javascript:alert(12)\">lenke</a> <a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=\">data</a> ",
    "<img alt=\"bilde\" src=\"javascript:alert(14)\"> <a href=\"JaVaScRiPt:alert(15)\">lenke</a>\n\n",
    "<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object><embed src=\"x\">\n\n",
    "<form action=\"https://evil.example\"><input name=p></form>\n\n",
    "<a href=\"https://ok.example\" onmouseover=\"alert(16)\" style=\"position:fixed\">ok</a>\n",
);

/// As a TOML basic string (JSON's escapes are TOML's).
fn t(s: &str) -> String {
    serde_json::to_string(s).expect("a string")
}

fn course_files(dir: &std::path::Path) {
    let p = t(PAYLOAD);
    write(
        dir,
        "course.toml",
        &format!(
            r#"id = "xss-course"
required_languages = ["nb", "en"]
default_language = "nb"
modules = ["m"]
title = {{ nb = {p}, en = {p} }}
summary = {{ nb = {p}, en = {p} }}

[[certificates]]
id = "module"
title = {{ nb = {p}, en = {p} }}
modules = ["m"]
quizzes = ["q"]
validity_months = 12
"#
        ),
    );
    write(
        dir,
        "m/module.toml",
        &format!(
            r#"id = "m"
quizzes = ["q"]
cases = ["c"]
title = {{ nb = {p}, en = {p} }}
summary = {{ nb = {p}, en = {p} }}
[[lessons]]
id = "l1"
minutes = 5
"#
        ),
    );
    for lang in ["nb", "en"] {
        write(
            dir,
            &format!("m/l1.{lang}.md"),
            &format!("+++\ntitle = {p}\nobjectives = [{p}]\n+++\n\n{BODY}"),
        );
    }
    write(
        dir,
        "items/bank.toml",
        &format!(
            r#"[[items]]
id = "sc"
type = "single_choice"
area = "a"
prompt = {{ nb = {p}, en = {p} }}
explanation = {{ nb = {p}, en = {p} }}
sources = [{{ title = {p} }}]
[[items.options]]
id = "a"
text = {{ nb = {p}, en = {p} }}
correct = true
[[items.options]]
id = "b"
text = {{ nb = {p}, en = {p} }}
feedback = {{ nb = {p}, en = {p} }}
"#
        ),
    );
    write(
        dir,
        "m/q.quiz.toml",
        &format!(
            r#"id = "q"
title = {{ nb = {p}, en = {p} }}
pass_mark = 100
feedback = "immediate"
items = ["sc"]
"#
        ),
    );
    write(
        dir,
        "m/c.case.toml",
        &format!(
            r#"id = "c"
jurisdiction = "NO"
start_date = "2026-02-02"
start = "a"
minutes = 5
title = {{ nb = {p}, en = {p} }}
summary = {{ nb = {p}, en = {p} }}
names = {{ employee = {p} }}

[[documents]]
id = "d"
title = {{ nb = {p}, en = {p} }}
body = {{ nb = {b}, en = {b} }}

[[nodes]]
id = "a"
actor = "employee"
documents = ["d"]
text = {{ nb = {b}, en = {b} }}

[[nodes.choices]]
id = "good"
text = {{ nb = {p}, en = {p} }}
next = "end"
expert = true
why = {{ nb = {p}, en = {p} }}

[[nodes]]
id = "end"
actor = "employee"
text = {{ nb = {b}, en = {b} }}
ending = {{ outcome = "full_return", score = 90 }}
"#,
            b = t(BODY)
        ),
    );
}

/// A start tag as a browser reads it: its name and attributes (values as written).
#[derive(Debug)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    /// For `script`, `style`, `title` and `textarea`: the raw text up to the closing tag.
    raw: Option<String>,
}

/// Reads the tags of an HTML document the way a browser's tokenizer does, closely enough for
/// this check: text has its `<` escaped, so every `<` starts a tag, a comment or a doctype;
/// attribute values may be quoted; script, style, title and textarea hold raw text.
fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        if html[i..].starts_with('!') || html[i..].starts_with('/') || html[i..].starts_with('?') {
            i = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .map_or(b.len(), |e| i + e);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i += 1;
                break;
            }
            let start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let attr = html[start..i].to_ascii_lowercase();
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let q = b[i] as char;
                    let end = html[i + 1..].find(q).map_or(b.len(), |e| i + 1 + e);
                    value = html[i + 1..end].to_string();
                    i = end + 1;
                } else {
                    let end = html[i..]
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .map_or(b.len(), |e| i + e);
                    value = html[i..end].to_string();
                    i = end;
                }
            }
            attrs.push((attr, value));
        }
        let raw = if matches!(name.as_str(), "script" | "style" | "title" | "textarea") {
            let close = format!("</{name}");
            let end = html[i.min(b.len())..]
                .to_ascii_lowercase()
                .find(&close)
                .map_or(b.len(), |e| i + e);
            let text = html[i.min(b.len())..end].to_string();
            i = end;
            Some(text)
        } else {
            None
        };
        out.push(Tag { name, attrs, raw });
    }
    out
}

/// Checks a page: every script has the nonce of the page's policy, no tag or attribute could run
/// anything, raw text cannot end its element early, and the marked content arrived.
fn check(path: &str, reply: &crate::common::Reply, failures: &mut Vec<String>) {
    if !reply.status.is_success() {
        failures.push(format!("{path}: {} (expected the page)", reply.status));
        return;
    }
    let csp = reply.headers["content-security-policy"]
        .to_str()
        .unwrap_or_default();
    let nonce = csp
        .split_whitespace()
        .find_map(|s| s.strip_prefix("'nonce-")?.strip_suffix('\''))
        .unwrap_or("no nonce");
    let mut fail = |what: String| failures.push(format!("{path}: {what}"));
    for tag in tags(&reply.body) {
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        match tag.name.as_str() {
            "script" => {
                if attr("nonce") != Some(nonce) {
                    fail(format!("a script without the page's nonce: {tag:?}"));
                }
                let raw = tag.raw.as_deref().unwrap_or_default().to_ascii_lowercase();
                if raw.contains("<script") || raw.contains("<!--") {
                    fail(format!("markup inside a script: {raw}"));
                }
            }
            "title" | "textarea" if tag.raw.as_deref().unwrap_or_default().contains('<') => {
                fail(format!("markup inside <{}>: {:?}", tag.name, tag.raw));
            }
            "style" | "iframe" | "frame" | "object" | "embed" | "applet" | "base" => {
                fail(format!("a <{}> element: {tag:?}", tag.name));
            }
            _ => {}
        }
        for (name, value) in &tag.attrs {
            let v: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            let address = matches!(
                name.as_str(),
                "href" | "src" | "action" | "formaction" | "data" | "xlink:href" | "poster"
            );
            if name.starts_with("on") || name == "srcdoc" {
                fail(format!("a {name} attribute on <{}>", tag.name));
            } else if address
                && ["javascript:", "vbscript:", "data:", "&#", "&colon;"]
                    .iter()
                    .any(|p| v.starts_with(p))
            {
                fail(format!("{name}={value:?} on <{}>", tag.name));
            }
        }
    }
    if !reply.body.contains("XSSMARK") {
        fail("the content is not on the page".to_string());
    }
}

#[tokio::test]
async fn payloads_in_every_field_are_shown_as_text_and_never_run() {
    let app = TestApp::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().join("xss-course");
    course_files(&d);
    server::courses::publish_all(&app.state.db, &d)
        .await
        .expect("a course full of payloads is still a valid course");

    // A name may not hold markup, but quotes and ampersands are real names' characters.
    let refused = app
        .call(
            "register",
            &[
                ("name", "<img src=x onerror=alert(1)>"),
                ("email", "x@example.org"),
                ("password", "correct horse battery"),
            ],
            None,
        )
        .await;
    assert!(refused.status.is_client_error(), "{}", refused.status);
    let cookie = app
        .register(
            "Kari \"XSSMARK\" O'Neil & Co",
            "kari.xss@example.org",
            "correct horse battery",
        )
        .await;
    let c = Some(cookie.as_str());
    for (field, value) in [("activity", PAYLOAD), ("provider", PAYLOAD)] {
        let mut form = vec![
            ("activity", "Kurs"),
            ("provider", "KS"),
            ("done_on", "2026-10-01"),
            ("hours", "2"),
            ("attested_by", "Leder"),
        ];
        form.iter_mut()
            .find(|(k, _)| *k == field)
            .expect("a field")
            .1 = &value[..150];
        let r = app.call("add_cpd", &form, c).await;
        assert!(r.status.is_success(), "{} {}", r.status, r.body);
    }

    let start = app
        .submit(
            "start_quiz",
            &[("course_id", "xss-course"), ("quiz_id", "q")],
            c,
        )
        .await;
    let attempt = start
        .location()
        .expect("an attempt")
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let mut failures = Vec::new();
    let attempt_page = format!("/courses/xss-course/quizzes/q/attempts/{attempt}");
    for path in [
        "/",
        "/courses/xss-course",
        "/courses/xss-course/lessons/l1",
        "/courses/xss-course/quizzes/q",
        attempt_page.as_str(),
        "/courses/xss-course/cases/c",
        "/certificates/cpd",
        "/account",
    ] {
        check(path, &app.get(path, c).await, &mut failures);
    }
    // A wrong answer checked at once shows the option's feedback; then the review shows all.
    app.submit(
        "submit_attempt",
        &[("attempt_id", &attempt), ("a[sc]", "b"), ("check", "sc")],
        c,
    )
    .await;
    check(
        &attempt_page,
        &app.get(&attempt_page, c).await,
        &mut failures,
    );
    app.submit(
        "submit_attempt",
        &[("attempt_id", &attempt), ("a[sc]", "b")],
        c,
    )
    .await;
    let review = format!("{attempt_page}/review");
    check(&review, &app.get(&review, c).await, &mut failures);

    let start = app
        .submit(
            "start_case",
            &[("course_id", "xss-course"), ("case_id", "c")],
            c,
        )
        .await;
    let run_page = start.location().expect("a run").to_string();
    check(&run_page, &app.get(&run_page, c).await, &mut failures);
    let run = run_page.rsplit('/').next().unwrap().to_string();
    app.submit(
        "decide",
        &[("run_id", &run), ("step", "0"), ("choice", "good")],
        c,
    )
    .await;
    check(&run_page, &app.get(&run_page, c).await, &mut failures);

    // The right answer earns the certificate; an administrator revokes it with a payload reason.
    let again = app
        .submit(
            "start_quiz",
            &[("course_id", "xss-course"), ("quiz_id", "q")],
            c,
        )
        .await;
    if let Some(id) = again.location().and_then(|l| l.rsplit('/').next()) {
        app.submit("submit_attempt", &[("attempt_id", id), ("a[sc]", "a")], c)
            .await;
    }
    app.submit(
        "complete_lesson",
        &[("course_id", "xss-course"), ("lesson_id", "l1")],
        c,
    )
    .await;
    check(
        "/certificates",
        &app.get("/certificates", c).await,
        &mut failures,
    );
    let mine = crate::certificates::mine(&app, &cookie).await;
    let code = mine[0]["code"].as_str().expect("a certificate").to_string();
    let admin = app
        .register("Ada Admin", "ada.xss@example.org", "correct horse battery")
        .await;
    for role in ["platform_admin", "author"] {
        sqlx::query("INSERT INTO user_roles (user_id, role, granted_at) SELECT id, $1, 0 FROM users WHERE email = 'ada.xss@example.org'")
            .bind(role)
            .execute(&app.db)
            .await
            .expect("role");
    }
    let a = Some(admin.as_str());
    let r = app
        .call(
            "change_certificate",
            &[
                ("code", &code),
                ("action", "revoke"),
                ("reason", &PAYLOAD[..200]),
            ],
            a,
        )
        .await;
    assert!(r.status.is_success(), "{} {}", r.status, r.body);
    for path in [
        format!("/verify/{code}"),
        "/author/courses/xss-course/quizzes/q/statistics".to_string(),
        "/author/courses/xss-course/cases/c/analytics".to_string(),
    ] {
        check(&path, &app.get(&path, a).await, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[tokio::test]
async fn organisation_names_invitations_and_rosters_are_shown_as_text() {
    let app = TestApp::start().await;
    let admin = app
        .register(
            "Ada Admin",
            "ada.orgxss@example.org",
            "correct horse battery",
        )
        .await;
    app.grant_role("ada.orgxss@example.org", "platform_admin")
        .await;
    let a = Some(admin.as_str());

    // Markup is refused in an organisation's name; quotes and ampersands are a name's characters.
    let refused = app
        .call(
            "create_organisation",
            &[("name", &PAYLOAD[..120]), ("kind", "municipality")],
            a,
        )
        .await;
    assert!(refused.status.is_client_error(), "{}", refused.status);
    let made = app
        .call(
            "create_organisation",
            &[
                (
                    "name",
                    "Bodø \"XSSMARK\" & 'kommune' ' onmouseover='alert(1)",
                ),
                ("kind", "municipality"),
            ],
            a,
        )
        .await;
    assert!(made.status.is_success(), "{} {}", made.status, made.body);
    let org = made.json().as_i64().expect("an id").to_string();

    let kari = app
        .register(
            "Kari \"XSSMARK\" O'Neil & Co",
            "kari.orgxss@example.org",
            "correct horse battery",
        )
        .await;
    let invited = app
        .call(
            "invite_member",
            &[
                ("org_id", &org),
                ("name", "Kari \"XSSMARK\" O'Neil & Co"),
                ("email", "kari.orgxss@example.org"),
                ("role", "member"),
            ],
            a,
        )
        .await;
    assert!(invited.status.is_success(), "{}", invited.body);
    let roster = format!(
        "name,email\n\"Ola \"\"XSSMARK\"\" & 'Co' \"\" onmouseover=\"\"alert(2)\",ola.orgxss@example.org\n{},bad@example.org\n\"{}\",x\n",
        "\" onerror=alert(3) x=\"",
        PAYLOAD.replace('"', "\"\"")
    );
    let upload = app
        .call("upload_roster", &[("org_id", &org), ("roster", &roster)], a)
        .await;
    assert!(upload.status.is_success(), "{}", upload.body);
    let import = upload.json().as_i64().expect("an import").to_string();
    let id: i64 = sqlx::query_scalar("SELECT id FROM invitations")
        .fetch_one(&app.db)
        .await
        .expect("the invitation");
    let token = app
        .state
        .sessions
        .sign_invitation(id, app::server::now() + 3600)
        .expect("a token");

    // An API token named with markup, and a webhook address carrying it (no spaces: a valid URL).
    let token_name: String = PAYLOAD.chars().take(80).collect();
    let made = app
        .call(
            "create_api_token",
            &[
                ("org_id", &org),
                ("name", &token_name),
                ("days", "90"),
                ("scope_people", "on"),
            ],
            a,
        )
        .await;
    assert!(made.status.is_success(), "{}", made.body);
    let hook = app
        .call(
            "create_webhook",
            &[
                ("org_id", &org),
                (
                    "url",
                    "https://hr.example.org/XSSMARK\"><script>alert(1)</script><img/src=x/onerror=alert(2)>",
                ),
                ("event_module_completed", "on"),
            ],
            a,
        )
        .await;
    assert!(hook.status.is_success(), "{}", hook.body);
    let short: String = PAYLOAD.chars().take(400).collect();
    let lrs = app
        .call(
            "save_lrs",
            &[
                ("org_id", &org),
                (
                    "endpoint",
                    "https://lrs.example.org/XSSMARK\"><script>alert(1)</script><img/src=x/onerror=alert(2)>/",
                ),
                ("username", &short),
                ("password", &short),
            ],
            a,
        )
        .await;
    assert!(lrs.status.is_success(), "{}", lrs.body);

    let mut failures = Vec::new();
    for path in [
        "/organisations".to_string(),
        format!("/organisations/{org}"),
        format!("/organisations/{org}/imports/{import}"),
        format!("/organisations/{org}/api"),
        format!("/organisations/{org}/webhooks"),
        format!("/organisations/{org}/xapi"),
    ] {
        check(&path, &app.get(&path, a).await, &mut failures);
    }
    let invitation = format!("/invitation?token={token}");
    check(
        &invitation,
        &app.get(&invitation, None).await,
        &mut failures,
    );
    let k = Some(kari.as_str());
    let joined = app.call("accept_invitation", &[("token", &token)], k).await;
    assert!(joined.status.is_success(), "{}", joined.body);
    check("/account", &app.get("/account", k).await, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
