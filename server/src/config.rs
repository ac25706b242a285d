//! Typed, layered configuration: defaults, then a TOML file, then the environment.
//! Secrets have no defaults and never appear in `Debug` output or logs.

use figment::providers::{Env, Format, Toml};
use figment::Figment;
use secrecy::SecretString;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// `DATABASE_URL`: the SQLite database.
    #[serde(default = "defaults::database_url")]
    pub database_url: String,
    /// `RTW_BIND`: address and port to listen on.
    #[serde(default = "defaults::bind")]
    pub bind: SocketAddr,
    /// `RTW_BASE_URL`: public address, used in emailed links. Defaults to `http://<bind>`.
    #[serde(default)]
    pub base_url: Option<String>,
    /// `RTW_DATA_DIR`: the signing key and the email outbox folder live here.
    #[serde(default = "defaults::data_dir")]
    pub data_dir: PathBuf,
    /// `RTW_SITE_ROOT`: the built browser bundle and static files.
    #[serde(default = "defaults::site_root")]
    pub site_root: PathBuf,
    /// `RTW_COURSES_DIR`: courses published at start-up (each sub-folder with a `course.toml`).
    #[serde(default = "defaults::courses_dir")]
    pub courses_dir: Option<PathBuf>,
    /// `RTW_SESSION_KEY`: secret for signing sessions (at least 32 bytes). Without it, a key is
    /// generated into the data directory on first start and reused afterwards.
    #[serde(default)]
    pub session_key: Option<SecretString>,
    /// `RTW_SMTP_URL`: e.g. `smtp://mail.example.org:25` or `smtps://user:pass@host`. Without it,
    /// email is written as `.eml` files into `<data_dir>/outbox/`.
    #[serde(default)]
    pub smtp_url: Option<SecretString>,
    /// `RTW_MAIL_FROM`: sender of every email.
    #[serde(default)]
    pub mail_from: Option<String>,
    /// `RTW_SESSION_TTL_HOURS`: how long a sign-in lasts.
    #[serde(default = "defaults::session_ttl_hours")]
    pub session_ttl_hours: i64,
    /// `RTW_VERIFY_PER_MINUTE`: certificate look-ups allowed per client address and minute.
    #[serde(default = "defaults::verify_per_minute")]
    pub verify_per_minute: u32,
    /// `RTW_RETENTION_DAYS`: how long ended sign-ins, used or expired reset links and delivered
    /// emails are kept before the hourly clean-up deletes them.
    #[serde(default = "defaults::retention_days")]
    pub retention_days: i64,
    /// `RTW_DELETED_CERTIFICATES_DAYS`: when set, the certificates of a deleted account are erased
    /// this many days after the last of them expired. Unset: they are kept, verifiable, for ever.
    #[serde(default)]
    pub deleted_certificates_days: Option<i64>,
    /// `RTW_SHUTDOWN_GRACE_SECS`: on SIGTERM or Ctrl-C, how long requests under way and the
    /// email outbox may take to finish before the server stops anyway.
    #[serde(default = "defaults::shutdown_grace_secs")]
    pub shutdown_grace_secs: u64,
    /// `RTW_WEBHOOKS_ALLOW_INTERNAL`: let organisations' webhooks use `http://` and reach loopback
    /// and private network addresses. For tests and closed networks only; off by default.
    #[serde(default)]
    pub webhooks_allow_internal: bool,
    /// `RTW_DURABLE_COMMITS`: SQLite flushes each commit to disk before answering
    /// (`synchronous=FULL`), so a power loss cannot lose it. Off by default: every commit still
    /// survives a crash of the server.
    #[serde(default)]
    pub durable_commits: bool,
}

mod defaults {
    use super::*;
    pub fn verify_per_minute() -> u32 {
        60
    }
    pub fn retention_days() -> i64 {
        90
    }
    pub fn shutdown_grace_secs() -> u64 {
        30
    }
    pub fn database_url() -> String {
        "sqlite:data/rtw.db".into()
    }
    pub fn bind() -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], 3000))
    }
    pub fn data_dir() -> PathBuf {
        "data".into()
    }
    pub fn site_root() -> PathBuf {
        "target/site".into()
    }
    pub fn courses_dir() -> Option<PathBuf> {
        Some("courses".into())
    }
    pub fn session_ttl_hours() -> i64 {
        24 * 14
    }
}

/// True when `url` names a PostgreSQL database (`postgres://…` or `postgresql://…`).
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration is invalid: {0}")]
    Invalid(#[from] Box<figment::Error>),
    #[error("configuration file {0} does not exist")]
    MissingFile(PathBuf),
    #[error("{0}")]
    Rule(String),
}

impl Settings {
    /// Loads `file` (if given, it must exist; otherwise `rtw.toml` is used when present), then
    /// `RTW_*` variables and `DATABASE_URL` from the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::new();
        match file {
            Some(path) if !path.exists() => {
                return Err(ConfigError::MissingFile(path.to_path_buf()))
            }
            Some(path) => figment = figment.merge(Toml::file(path)),
            None => figment = figment.merge(Toml::file("rtw.toml")),
        }
        let settings: Settings = figment
            .merge(Env::prefixed("RTW_").ignore(&["config", "admin_password"]))
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .extract()
            .map_err(Box::new)?;
        settings.check()?;
        Ok(settings)
    }

    fn check(&self) -> Result<(), ConfigError> {
        if !self.database_url.starts_with("sqlite:") && !is_postgres(&self.database_url) {
            return Err(ConfigError::Rule(format!(
                "DATABASE_URL must start with sqlite: or postgres:// (got a URL with scheme \"{}\")",
                self.database_url.split(':').next().unwrap_or_default()
            )));
        }
        if !(1..=3650).contains(&self.retention_days) {
            return Err(ConfigError::Rule(
                "retention_days must be between 1 and 3650".into(),
            ));
        }
        if self
            .deleted_certificates_days
            .is_some_and(|d| !(0..=36_500).contains(&d))
        {
            return Err(ConfigError::Rule(
                "deleted_certificates_days must be between 0 and 36500".into(),
            ));
        }
        if !(1..=3600).contains(&self.shutdown_grace_secs) {
            return Err(ConfigError::Rule(
                "shutdown_grace_secs must be between 1 and 3600".into(),
            ));
        }
        if self.session_ttl_hours < 1 {
            return Err(ConfigError::Rule(
                "session_ttl_hours must be at least 1".into(),
            ));
        }
        if let Some(url) = &self.base_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(ConfigError::Rule(
                    "base_url must start with http:// or https://".into(),
                ));
            }
        }
        Ok(())
    }

    pub fn base_url(&self) -> String {
        self.base_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.bind))
    }
}

#[cfg(test)]
// figment::Jail's closures return figment's own (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn file_values_are_overridden_by_the_environment() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "rtw.toml",
                "bind = \"127.0.0.1:4000\"\nsmtp_url = \"smtp://file:25\"",
            )?;
            jail.set_env("RTW_SMTP_URL", "smtp://env:25");
            jail.set_env("DATABASE_URL", "sqlite:elsewhere.db");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert_eq!(s.bind.port(), 4000);
            assert_eq!(
                s.smtp_url.as_ref().unwrap().expose_secret(),
                "smtp://env:25"
            );
            assert_eq!(s.database_url, "sqlite:elsewhere.db");
            Ok(())
        });
    }

    #[test]
    fn secrets_do_not_appear_in_debug_output() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("RTW_SESSION_KEY", "a-very-secret-session-key-of-32-bytes!!");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert!(!format!("{s:?}").contains("very-secret"));
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_and_bad_values_are_refused_at_start() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("rtw.toml", "bnid = \"127.0.0.1:4000\"")?;
            assert!(Settings::load(None).is_err());
            jail.create_file("rtw.toml", "database_url = \"mysql://x\"")?;
            assert!(Settings::load(None)
                .unwrap_err()
                .to_string()
                .contains("sqlite: or postgres://"));
            jail.create_file(
                "rtw.toml",
                "database_url = \"postgres://db.example.org/rtw\"",
            )?;
            assert_eq!(
                Settings::load(None)
                    .map_err(|e| e.to_string())?
                    .database_url,
                "postgres://db.example.org/rtw"
            );
            Ok(())
        });
    }

    #[test]
    fn durable_commits_are_off_unless_asked_for() {
        figment::Jail::expect_with(|jail| {
            assert!(
                !Settings::load(None)
                    .map_err(|e| e.to_string())?
                    .durable_commits
            );
            jail.set_env("RTW_DURABLE_COMMITS", "true");
            assert!(
                Settings::load(None)
                    .map_err(|e| e.to_string())?
                    .durable_commits
            );
            jail.set_env("RTW_DURABLE_COMMITS", "sometimes");
            let refused = Settings::load(None).unwrap_err().to_string();
            assert!(
                refused.contains("DURABLE_COMMITS") && refused.contains("boolean"),
                "{refused}"
            );
            Ok(())
        });
    }

    #[test]
    fn a_named_config_file_must_exist() {
        assert!(matches!(
            Settings::load(Some(Path::new("/nonexistent/rtw.toml"))),
            Err(ConfigError::MissingFile(_))
        ));
    }
}
