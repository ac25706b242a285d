//! Feedback on accessibility, from the accessibility statement's form: checked, kept, and sent
//! to the platform's own address through the outbox, in one transaction.

use crate::db::Pool;
use crate::email::{outbox, EmailMessage};
use crate::now;
use model::domain::Lang;
use model::error::{AppError, FieldError};
use model::i18n::I18n;

/// What the form sends.
#[derive(Debug, Clone, Default)]
pub struct Feedback {
    pub message: String,
    pub contact: String,
    pub page: String,
}

fn check(f: &Feedback) -> Result<(String, Option<String>, Option<String>), AppError> {
    let mut errors = Vec::new();
    let message = f.message.trim().to_string();
    if message.is_empty() || message.chars().count() > 5000 {
        errors.push(FieldError {
            field: "message".into(),
            key: "feedback-message-invalid".into(),
        });
    }
    let optional = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let contact = optional(&f.contact);
    if contact.as_ref().is_some_and(|c| c.chars().count() > 200) {
        errors.push(FieldError {
            field: "contact".into(),
            key: "feedback-contact-invalid".into(),
        });
    }
    let page = optional(&f.page);
    if page.as_ref().is_some_and(|p| p.chars().count() > 500) {
        errors.push(FieldError {
            field: "page".into(),
            key: "feedback-page-invalid".into(),
        });
    }
    if errors.is_empty() {
        Ok((message, contact, page))
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// Keeps the feedback and queues it as an email to `to` (the platform's address).
#[tracing::instrument(skip(pool, f))]
pub async fn send(
    pool: &Pool,
    to: &str,
    user_id: Option<i64>,
    lang: Lang,
    f: &Feedback,
) -> Result<(), AppError> {
    let (message, contact, page) = check(f)?;
    let t = now();
    let code = lang.code();
    let mut tx = pool.begin().await?;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO accessibility_feedback (message, contact, page, lang, user_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id AS "id!""#,
        message,
        contact,
        page,
        code,
        user_id,
        t
    )
    .fetch_one(&mut *tx)
    .await?;
    // The platform's team reads English; the sender's language is stated.
    let en = I18n(Lang::En);
    // The platform's address may carry a name ("RTW Academy <team@…>").
    let (to_name, to) = match to.parse::<lettre::message::Mailbox>() {
        Ok(m) => (m.name, m.email.to_string()),
        Err(_) => (None, to.to_string()),
    };
    let msg = EmailMessage {
        to,
        to_name,
        subject: en.t_with("email-feedback-subject", &[("id", id.into())]),
        text: en.t_with(
            "email-feedback-body",
            &[
                ("message", message.into()),
                ("contact", contact.unwrap_or_else(|| "-".into()).into()),
                ("page", page.unwrap_or_else(|| "-".into()).into()),
                ("lang", code.into()),
            ],
        ),
    };
    outbox::enqueue_email(&mut tx, &msg).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_or_oversized_feedback_says_which_field() {
        let Err(AppError::Invalid(fields)) = check(&Feedback {
            message: "  ".into(),
            contact: "x".repeat(201),
            page: "y".repeat(501),
        }) else {
            panic!("invalid");
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["message", "contact", "page"]);
        let ok = check(&Feedback {
            message: " The quiz timer is not announced. ".into(),
            ..Feedback::default()
        })
        .unwrap();
        assert_eq!(
            ok,
            ("The quiz timer is not announced.".to_string(), None, None)
        );
    }
}
