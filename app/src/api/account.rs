//! Server function for the learner's own account: deleting it. (The data export is a plain
//! download at `/account/data.json`, served by the server crate.)

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::error::FieldError, crate::server::auth::clear_cookie, crate::with_data};

/// Deletes the signed-in learner's account once they confirm with their password and the
/// checkbox; then they are signed out and see the confirmation.
#[server(endpoint = "delete_account")]
pub async fn delete_account(
    #[server(default)] password: String,
    confirm: Option<String>,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let user = ctx::user()?;
                let mut errors = Vec::new();
                if password.is_empty() {
                    errors.push(FieldError {
                        field: "password".into(),
                        key: "account-delete-password-missing".into(),
                    });
                }
                if confirm.as_deref() != Some("yes") {
                    errors.push(FieldError {
                        field: "confirm".into(),
                        key: "account-delete-confirm-missing".into(),
                    });
                }
                if !errors.is_empty() {
                    return Err(AppError::Invalid(errors));
                }
                d::services::privacy::delete_account(pool, user.id, &password).await?;
                ctx::set_cookie(clear_cookie(state.config.secure_cookies));
                leptos_axum::redirect("/account?deleted=1");
                Ok(())
            })
        }
        .await,
    )
}
