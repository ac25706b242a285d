//! The command line: serve, check and publish courses, create the first administrator, rotate
//! the credential signing key.

use crate::config::Settings;
use crate::courses;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "server",
    about = "RTW Academy: the qualification platform for return-to-work coordinators"
)]
pub struct Cli {
    /// Configuration file (TOML). Without it, `rtw.toml` is read if present.
    #[arg(long, env = "RTW_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the platform (the default).
    Serve,
    /// Course files: check or publish.
    #[command(subcommand)]
    Courses(CoursesCommand),
    /// User accounts.
    #[command(subcommand)]
    Users(UsersCommand),
    /// The keys that sign Open Badges credentials.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Certificates: queue the renewal reminders that are due (the server also does this hourly).
    #[command(subcommand)]
    Certificates(CertificatesCommand),
    /// LTI 1.3: the learning platforms (Moodle, KS Læring, Canvas) that launch our content.
    #[command(subcommand)]
    Lti(LtiCommand),
    /// Write a consistent copy of the SQLite database to FILE, while the platform runs.
    Backup { file: PathBuf },
    /// Replace the SQLite database with the backup in FILE (stop the server first). The current
    /// database is kept next to it as `<name>.before-restore-<time>`.
    Restore { file: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum LtiCommand {
    /// Register a platform (or change one: the same issuer and client id), with its deployment
    /// ids. The people it launches become members of the organisation.
    AddPlatform {
        /// A name for people, e.g. "KS Læring".
        #[arg(long)]
        name: String,
        /// The platform's issuer (Moodle: its address, e.g. https://moodle.example.org).
        #[arg(long)]
        issuer: String,
        /// The client id the platform gave the tool.
        #[arg(long)]
        client_id: String,
        /// The platform's authentication request URL (Moodle: <site>/mod/lti/auth.php).
        #[arg(long)]
        auth_url: String,
        /// The platform's access token URL (Moodle: <site>/mod/lti/token.php).
        #[arg(long)]
        token_url: String,
        /// The platform's public keyset URL (Moodle: <site>/mod/lti/certs.php).
        #[arg(long)]
        jwks_url: String,
        /// The organisation (its number, as in /organisations/<id>) the launched people join.
        #[arg(long)]
        organisation: i64,
        /// A deployment id (repeat for several).
        #[arg(long = "deployment", required = true)]
        deployments: Vec<String>,
    },
    /// List the registered platforms.
    List,
}

#[derive(Debug, Subcommand)]
pub enum CertificatesCommand {
    /// Queue the renewal reminder emails due now; the outbox delivers them.
    Remind,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Make a new signing key and retire the current one. Retired keys stay published in the
    /// JWKS, so credentials they signed still verify.
    Rotate,
    /// List the keys: id, whether it signs now or is retired.
    List,
}

#[derive(Debug, Subcommand)]
pub enum CoursesCommand {
    /// Report every problem in the course files; exits non-zero when there are any.
    Check {
        #[arg(default_value = "courses")]
        dir: PathBuf,
    },
    /// Publish the courses as new immutable versions (unchanged content is not published again).
    Publish {
        #[arg(default_value = "courses")]
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Create a platform administrator (or make an existing account one). The password is read
    /// from RTW_ADMIN_PASSWORD, or asked for on the terminal.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Make an existing account an author: they write drafts of the courses in the browser and
    /// review other authors' drafts.
    GrantAuthor {
        #[arg(long)]
        email: String,
    },
}

/// Writes to the terminal: this is the command line's output, not logging.
#[allow(clippy::print_stdout)]
fn say(line: &str) {
    println!("{line}");
}

fn fail(line: &str) -> ExitCode {
    eprintln!("error: {line}");
    ExitCode::FAILURE
}

pub async fn run(cli: Cli) -> ExitCode {
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => return fail(&e.to_string()),
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => match crate::startup::serve(settings).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e.to_string()),
        },
        Command::Courses(CoursesCommand::Check { dir }) => match courses::check(&dir) {
            Ok(list) => {
                for c in &list {
                    say(&format!(
                        "ok  {}: {} modules, {} lessons, {} quizzes, {} quiz items, {} case simulations, {} certificates",
                        c.id,
                        c.modules.len(),
                        c.lesson_count(),
                        c.modules.iter().map(|m| m.quizzes.len()).sum::<usize>(),
                        c.items.len(),
                        c.modules.iter().map(|m| m.cases.len()).sum::<usize>(),
                        c.certificates.len()
                    ));
                }
                ExitCode::SUCCESS
            }
            Err(problems) => {
                for p in &problems {
                    eprintln!("{p}");
                }
                fail(&format!(
                    "{} problem(s) in {}",
                    problems.len(),
                    dir.display()
                ))
            }
        },
        Command::Courses(CoursesCommand::Publish { dir }) => {
            let state = match crate::startup::build_state(&settings).await {
                Ok(s) => s,
                Err(e) => return fail(&e.to_string()),
            };
            match courses::publish_all(&state.db, &dir).await {
                Ok(outcomes) => {
                    for o in outcomes {
                        let what = if o.created { "published" } else { "unchanged" };
                        say(&format!(
                            "{what}  {} version {} ({} lessons)",
                            o.course_id, o.version_no, o.lessons
                        ));
                    }
                    ExitCode::SUCCESS
                }
                Err(courses::PublishError::Invalid(problems)) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    fail(&format!(
                        "{} problem(s); nothing was published",
                        problems.len()
                    ))
                }
                Err(e) => fail(&e.to_string()),
            }
        }
        Command::Certificates(CertificatesCommand::Remind) => {
            let state = match crate::startup::build_state(&settings).await {
                Ok(s) => s,
                Err(e) => return fail(&e.to_string()),
            };
            match app::with_data!(state.db, |d, pool| {
                d::services::renewal::queue_reminders(
                    pool,
                    &state.config.base_url,
                    app::server::now(),
                )
                .await
            }) {
                Ok(n) => {
                    say(&format!("{n} renewal reminders queued"));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!("the reminders were not queued: {e}")),
            }
        }
        Command::Backup { file } => {
            match crate::backup::backup(&settings.database_url, &file).await {
                Ok(s) => {
                    say(&format!(
                        "backup written to {}: {} bytes, {} users, {} certificates, schema {}",
                        s.path.display(),
                        s.bytes,
                        s.users,
                        s.certificates,
                        s.schema
                    ));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!("no backup was made: {e}")),
            }
        }
        Command::Restore { file } => {
            match crate::backup::restore(&settings.database_url, &file).await {
                Ok(r) => {
                    say(&format!(
                        "restored {} into {}: {} users, {} certificates",
                        file.display(),
                        r.snapshot.path.display(),
                        r.snapshot.users,
                        r.snapshot.certificates
                    ));
                    if let Some(kept) = r.previous {
                        say(&format!(
                            "the database it replaced is kept as {}",
                            kept.display()
                        ));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!("restore failed: {e}")),
            }
        }
        Command::Keys(command) => {
            let state = match crate::startup::build_state(&settings).await {
                Ok(s) => s,
                Err(e) => return fail(&e.to_string()),
            };
            if matches!(command, KeysCommand::Rotate) {
                match app::with_data!(state.db, |d, pool| {
                    d::services::signing_keys::rotate(pool).await
                }) {
                    Ok(kid) => say(&format!(
                        "new signing key {kid}; earlier keys stay published"
                    )),
                    Err(e) => return fail(&format!("the key was not rotated: {e}")),
                }
            }
            match app::with_data!(state.db, |d, pool| {
                d::services::signing_keys::published(pool).await
            }) {
                Ok(keys) => {
                    for k in keys {
                        say(&format!(
                            "{} {}",
                            k.kid,
                            if k.retired { "retired" } else { "signing" }
                        ));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!("the keys could not be read: {e}")),
            }
        }
        Command::Users(UsersCommand::CreateAdmin { email, name }) => {
            let password = match std::env::var("RTW_ADMIN_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    match rpassword::prompt_password("Password for the new administrator: ") {
                        Ok(p) => p,
                        Err(e) => return fail(&format!("cannot read the password: {e}")),
                    }
                }
            };
            let state = match crate::startup::build_state(&settings).await {
                Ok(s) => s,
                Err(e) => return fail(&e.to_string()),
            };
            match app::with_data!(state.db, |d, pool| {
                d::services::accounts::create_admin(pool, &name, &email, &password).await
            }) {
                Ok((id, true)) => {
                    say(&format!(
                        "created platform administrator {email} (user {id})"
                    ));
                    ExitCode::SUCCESS
                }
                Ok((id, false)) => {
                    say(&format!(
                        "{email} (user {id}) is now a platform administrator"
                    ));
                    ExitCode::SUCCESS
                }
                Err(app::error::AppError::Invalid(fields)) => {
                    let i18n = app::i18n::I18n(app::domain::Lang::En);
                    for f in &fields {
                        eprintln!("{}: {}", f.field, i18n.t(&f.key));
                    }
                    fail("the administrator was not created")
                }
                Err(e) => fail(&format!("the administrator was not created: {e}")),
            }
        }
        Command::Lti(command) => {
            let state = match crate::startup::build_state(&settings).await {
                Ok(s) => s,
                Err(e) => return fail(&e.to_string()),
            };
            crate::lti::command(&state, command).await
        }
        Command::Users(UsersCommand::GrantAuthor { email }) => {
            let state = match crate::startup::build_state(&settings).await {
                Ok(s) => s,
                Err(e) => return fail(&e.to_string()),
            };
            match app::with_data!(state.db, |d, pool| {
                d::services::accounts::grant_author(pool, &email).await
            }) {
                Ok(id) => {
                    say(&format!("{email} (user {id}) is now an author"));
                    ExitCode::SUCCESS
                }
                Err(app::error::AppError::NotFound) => fail(&format!(
                    "no account has the email {email}; they must register first"
                )),
                Err(e) => fail(&format!("{email} was not made an author: {e}")),
            }
        }
    }
}
