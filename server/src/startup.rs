//! Start-up in a fixed order: configuration, database and migrations, keys, mail, content
//! (validated and published before the port opens), then the router and background workers.

use crate::api_status::api_error_status;
use crate::assets::Assets;
use crate::config::{ConfigError, Settings};
use crate::courses::{publish_all, PublishError};
use crate::security::{same_origin_writes, security_headers, Hsts};
use app::server::auth::SessionKeys;
use app::server::mailer::Mailer;
use app::server::{data_pg, data_sqlite, AppConfig, AppState, Database};
use app::{shell, App};
use axum::extract::{Request, State};
use axum::http::Uri;
use axum::routing::{get, MethodRouter};
use axum::{middleware, Extension, Router};
use leptos::config::{Env, LeptosOptions};
use leptos_axum::{generate_route_list, LeptosRoutes};
use secrecy::ExposeSecret;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;

/// The largest request body taken: far above any form here (a quiz's answers are a few KB), far
/// below what would strain memory. Larger requests get 413 before they are read.
pub const MAX_REQUEST_BODY: usize = 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("cannot open the database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("session key: {0}")]
    Key(String),
    #[error("email: {0}")]
    Mail(String),
    #[error("courses: {0}")]
    Courses(#[from] PublishError),
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error(transparent)]
    Lock(#[from] crate::backup::BackupError),
}

/// The file behind an `sqlite:` URL, so its folder can be created first.
pub(crate) fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// The session signing key: from configuration, else the one every instance on this database
/// shares (`shared_secrets`), made by the first instance to start. An installation from before
/// that table carries its `<data_dir>/session.key` over, so its sessions stay valid. Never a
/// built-in default.
async fn session_keys(settings: &Settings, db: &Database) -> Result<SessionKeys, StartError> {
    if let Some(secret) = &settings.session_key {
        return SessionKeys::from_secret(secret.expose_secret().as_bytes())
            .map_err(|e| StartError::Key(e.into()));
    }
    let old = settings.data_dir.join("session.key");
    let offered = match std::fs::read_to_string(&old) {
        Ok(text) if hex::decode(text.trim()).is_ok() => text.trim().to_string(),
        Ok(_) => return Err(StartError::Key(format!("{} is not hex", old.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => app::server::random_hex(64),
        Err(e) => return Err(StartError::Io(old, e)),
    };
    // The first instance's key wins; the others read it back.
    let (text, made) = app::with_data!(db, |d, pool| {
        d::auth::shared_session_secret(pool, &offered).await
    })
    .map_err(|e| StartError::Key(format!("storing or reading the session key: {e}")))?;
    if made {
        tracing::info!("made the session signing key shared by every instance");
    }
    let bytes = hex::decode(text.trim())
        .map_err(|_| StartError::Key("the stored session key is not hex".into()))?;
    SessionKeys::from_secret(&bytes).map_err(|e| StartError::Key(e.into()))
}

/// Opens the database `url` names (`sqlite:…` or `postgres://…`) and brings its schema up to
/// date with that backend's migrations.
pub async fn open_database(url: &str, durable_commits: bool) -> Result<Database, StartError> {
    if crate::config::is_postgres(url) {
        let pool = data_pg::db::connect_with(url, durable_commits).await?;
        data_pg::db::migrate(&pool).await?;
        Ok(Database::Postgres(pool))
    } else {
        let pool = data_sqlite::db::connect_with(url, durable_commits).await?;
        data_sqlite::db::migrate(&pool).await?;
        Ok(Database::Sqlite(pool))
    }
}

pub fn leptos_options(settings: &Settings) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(env!("LEPTOS_OUTPUT_NAME"))
        .site_root(settings.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.bind)
        .env(Env::PROD)
        .build()
}

/// Everything the application needs, opened and checked.
pub async fn build_state(settings: &Settings) -> Result<AppState, StartError> {
    std::fs::create_dir_all(&settings.data_dir)
        .map_err(|e| StartError::Io(settings.data_dir.clone(), e))?;
    if let Some(parent) = sqlite_file(&settings.database_url)
        .as_deref()
        .and_then(Path::parent)
    {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent).map_err(|e| StartError::Io(parent.to_path_buf(), e))?;
        }
    }
    let db = open_database(&settings.database_url, settings.durable_commits).await?;
    let sessions = session_keys(settings, &db).await?;
    let mailer = match &settings.smtp_url {
        Some(url) => Mailer::smtp(url.expose_secret()).map_err(StartError::Mail)?,
        None => Mailer::file(settings.data_dir.join("outbox")).map_err(StartError::Mail)?,
    };
    let mut config = AppConfig::for_base_url(&settings.base_url());
    config.session_ttl_secs = settings.session_ttl_hours * 3600;
    config.verify_per_minute = settings.verify_per_minute.max(1);
    config.retention_days = settings.retention_days;
    config.deleted_certificates_days = settings.deleted_certificates_days;
    config.webhooks_allow_internal = settings.webhooks_allow_internal;
    if let Some(from) = &settings.mail_from {
        config.mail_from = from.clone();
    }
    Ok(AppState {
        db,
        leptos_options: leptos_options(settings),
        sessions,
        mailer,
        config: Arc::new(config),
        outbox_wakeup: Arc::default(),
        sign_in_limits: Arc::new(app::server::limiter::SignInLimits::standard()),
        webhooks: data_sqlite::webhooks::client(),
        oidc: app::server::oidc::OidcClients::new(),
    })
}

async fn health() -> &'static str {
    "ok"
}

/// The plain HTTP endpoints (everything that is not a page or a server function). The
/// authorization matrix test walks this list, so a new endpoint cannot be added without a row.
pub fn plain_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/healthz", get(health)),
        ("/sso/start", get(crate::sso::start)),
        ("/sso/callback", get(crate::sso::callback)),
        (
            "/lti/login",
            get(crate::lti::login_get).post(crate::lti::login_post),
        ),
        ("/lti/launch", axum::routing::post(crate::lti::launch)),
        ("/lti/jwks.json", get(crate::lti::jwks)),
        (
            "/lti/deep-link",
            get(crate::lti::pick).post(crate::lti::answer),
        ),
        (
            "/api/v1/certificates/{code}",
            get(crate::verification::certificate),
        ),
        ("/.well-known/jwks.json", get(crate::credentials::jwks)),
        ("/api/v1/issuer", get(crate::credentials::issuer)),
        (
            "/api/v1/status-lists/{purpose}/{list}",
            get(crate::credentials::status_list),
        ),
        (
            "/certificates/{code}/certificate.pdf",
            get(crate::credentials::pdf),
        ),
        (
            "/certificates/{code}/credential.jwt",
            get(crate::credentials::credential),
        ),
        ("/account/data.json", get(crate::account::data)),
        (
            "/author/courses/{course}/versions/{version}/files.zip",
            get(crate::authoring::export),
        ),
        (
            "/author/courses/{course}/import",
            axum::routing::post(crate::authoring::import),
        ),
        (
            "/author/drafts/{id}/form",
            axum::routing::post(crate::authoring::save_form),
        ),
        (
            "/author/drafts/{id}/assets",
            axum::routing::post(crate::authoring::upload_asset),
        ),
        ("/content/{file}", get(crate::authoring::content)),
        (
            "/organisations/{org}/people.csv",
            get(crate::organisations::people_csv),
        ),
        (
            "/organisations/{org}/modules.csv",
            get(crate::organisations::modules_csv),
        ),
        (
            "/organisations/{org}/weeks.csv",
            get(crate::organisations::weeks_csv),
        ),
        (
            "/organisations/{org}/verify/{check}/results.csv",
            get(crate::organisations::bulk_csv),
        ),
        (
            "/organisations/{org}/invitations.csv",
            get(crate::organisations::invitations_csv),
        ),
        (
            "/organisations/{org}/cohorts.csv",
            get(crate::organisations::cohorts_csv),
        ),
        (
            "/organisations/{org}/cohorts/{cohort}/people.csv",
            get(crate::organisations::cohort_csv),
        ),
    ]
    .into_iter()
    .chain(crate::hr_api::routes())
    .collect()
}

/// The whole HTTP surface: Leptos pages and server functions, static files, plain endpoints.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let limiter = Arc::new(crate::rate_limit::Limiter::per_minute(
        state.config.verify_per_minute,
    ));
    let assets = Arc::new(Assets::open(Path::new(&*options.site_root)));
    let mut router = Router::new();
    for (path, handler) in plain_routes() {
        router = router.route(path, handler);
    }
    let versioned = assets.clone();
    let pages = leptos_axum::file_and_error_handler::<AppState, _>(shell);
    let base = assets.base();
    let router = router
        .route(
            "/assets/{*path}",
            get(move |req: Request| {
                let assets = versioned.clone();
                async move { assets.versioned(req).await }
            }),
        )
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(move |uri: Uri, state: State<AppState>, req: Request| {
            let (assets, pages) = (assets.clone(), pages.clone());
            let probe = crate::assets::probe(&req);
            async move {
                if let Some(probe) = probe {
                    if let Some(file) = assets.plain(probe).await {
                        return file;
                    }
                }
                pages(uri, state, req).await
            }
        });
    // Who is asking: the session (read from this backend's database) and the language.
    let router = app::with_data!(state.db, |d| {
        router.layer(middleware::from_fn_with_state(
            state.clone(),
            d::auth::request_context,
        ))
    });
    router
        .layer(Extension(base))
        .layer(middleware::from_fn_with_state(
            limiter,
            crate::rate_limit::limit_verification,
        ))
        .layer(middleware::from_fn(api_error_status))
        .layer(middleware::from_fn(same_origin_writes))
        .layer(middleware::from_fn_with_state(
            Hsts(state.config.secure_cookies),
            security_headers,
        ))
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY))
        .layer(compression())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Pages, JSON and CSV go out compressed (brotli, else gzip) to browsers that accept it, at
/// quality 4: about as fast as gzip's default and smaller, where brotli's own default (11) is for
/// files compressed once. Static files already carry their precompressed copies (`Content-Encoding`
/// set, so they pass through as they are); images, PDFs and archives are compressed already.
fn compression() -> CompressionLayer<impl Predicate> {
    let predicate = DefaultPredicate::new()
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/zip"));
    CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(predicate)
}

/// Queues certificate renewal reminders now and then every `every`, until `shutdown` resolves.
/// The outbox delivers them; queueing is idempotent, so several instances may run this.
async fn run_reminders(
    state: AppState,
    every: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        let queued = app::with_data!(state.db, |d, pool| {
            d::services::renewal::queue_reminders(pool, &state.config.base_url, app::server::now())
                .await
        });
        match queued {
            Ok(n) if n > 0 => state.outbox_wakeup.notify_one(),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "queueing renewal reminders failed"),
        }
        let t = app::server::now();
        let purged = app::with_data!(state.db, |d, pool| {
            d::services::privacy::purge(pool, t, state.config.retention_days).await
        });
        match purged {
            Ok(n) if n.total() > 0 => tracing::info!(?n, "old records deleted"),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "deleting old records failed"),
        }
        if let Some(days) = state.config.deleted_certificates_days {
            let erased = app::with_data!(state.db, |d, pool| {
                d::services::privacy::erase_certificates_of_deleted(pool, t, days).await
            });
            if let Err(e) = erased {
                tracing::error!(error = %e, "erasing certificates of deleted accounts failed");
            }
        }
        tokio::select! {
            _ = &mut shutdown => break,
            _ = tokio::time::sleep(every) => {}
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// Runs the platform until Ctrl-C or SIGTERM.
pub async fn serve(settings: Settings) -> Result<(), StartError> {
    // Held while serving, so a restore cannot replace the database under this server.
    let _lock = crate::backup::ServerLock::shared(&settings.database_url)?;
    let state = build_state(&settings).await?;
    if let Some(dir) = settings.courses_dir.as_deref().filter(|d| d.exists()) {
        for outcome in publish_all(&state.db, dir).await? {
            tracing::info!(
                course = %outcome.course_id,
                version = outcome.version_no,
                lessons = outcome.lessons,
                new = outcome.created,
                "course published"
            );
        }
    }
    let grace = Duration::from_secs(settings.shutdown_grace_secs);
    let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
    let stopped = async move {
        let _ = stop_rx.changed().await;
    };
    let worker = app::with_data!(state.db, |d| {
        tokio::spawn(d::email::outbox::run_worker(
            state.clone(),
            Duration::from_secs(5),
            grace,
            stopped,
        ))
    });

    let reminders = tokio::spawn(run_reminders(state.clone(), Duration::from_secs(3600), {
        let mut stop = stop_tx.subscribe();
        async move {
            let _ = stop.changed().await;
        }
    }));

    let listener = tokio::net::TcpListener::bind(settings.bind)
        .await
        .map_err(|e| StartError::Io(PathBuf::from(settings.bind.to_string()), e))?;
    tracing::info!("RTW Academy is running at {}", settings.base_url());
    let (signalled_tx, mut signalled) = tokio::sync::watch::channel(false);
    let serving = axum::serve(
        listener,
        router(state.clone()).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown_signal().await;
        tracing::info!("stopping: no new connections; finishing the requests under way");
        let _ = signalled_tx.send(true);
    });
    // Requests under way may finish within the grace period; after that the server stops anyway.
    let overdue = async move {
        let _ = signalled.wait_for(|s| *s).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        served = serving => served.map_err(|e| StartError::Io(PathBuf::from("serve"), e))?,
        _ = overdue => tracing::warn!(
            grace_secs = grace.as_secs(),
            "requests were still running when the grace period ended; stopping anyway"
        ),
    }
    let _ = stop_tx.send(true);
    let _ = worker.await;
    let _ = reminders.await;
    state.db.close().await;
    tracing::info!("stopped");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_file("sqlite:data/rtw.db"),
            Some(PathBuf::from("data/rtw.db"))
        );
        assert_eq!(
            sqlite_file("sqlite://data/rtw.db?mode=rwc"),
            Some(PathBuf::from("data/rtw.db"))
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
    }
}
