//! Server function for the accessibility statement's feedback form.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::ctx, crate::with_data};

/// Sends feedback on accessibility; anyone may, signed in or not.
#[server(endpoint = "send_accessibility_feedback")]
pub async fn send_accessibility_feedback(
    #[server(default)] message: String,
    #[server(default)] contact: String,
    #[server(default)] page: String,
) -> Result<(), AppError> {
    ctx::finish(
        async {
            let state = ctx::state()?;
            with_data!(state.db, |d, pool| {
                let request = ctx::request();
                let f = d::services::feedback::Feedback {
                    message,
                    contact,
                    page,
                };
                let user = request.user.map(|u| u.id);
                d::services::feedback::send(pool, &state.config.mail_from, user, request.lang, &f)
                    .await?;
                leptos_axum::redirect("/accessibility?sent=1");
                Ok(())
            })
        }
        .await,
    )
}
