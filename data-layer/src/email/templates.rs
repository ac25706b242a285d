//! The text of each email, in the recipient's language (strings in `model/locales`).

use super::EmailMessage;
use model::domain::Lang;
use model::i18n::I18n;

pub fn password_reset_email(
    lang: Lang,
    to: &str,
    name: &str,
    link: &str,
    valid_minutes: i64,
) -> EmailMessage {
    let t = I18n(lang);
    EmailMessage {
        to: to.to_string(),
        to_name: Some(name.to_string()),
        subject: t.t("email-reset-subject"),
        text: t.t_with(
            "email-reset-body",
            &[
                ("name", name.to_string().into()),
                ("link", link.to_string().into()),
                ("minutes", valid_minutes.into()),
            ],
        ),
    }
}

pub fn invitation_email(
    lang: Lang,
    to: &str,
    name: &str,
    organisation: &str,
    link: &str,
    valid_days: i64,
) -> EmailMessage {
    let t = I18n(lang);
    EmailMessage {
        to: to.to_string(),
        to_name: Some(name.to_string()),
        subject: t.t_with(
            "email-invitation-subject",
            &[("organisation", organisation.to_string().into())],
        ),
        text: t.t_with(
            "email-invitation-body",
            &[
                ("name", name.to_string().into()),
                ("organisation", organisation.to_string().into()),
                ("link", link.to_string().into()),
                ("days", valid_days.into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reset_email_carries_the_link_in_the_recipients_language() {
        let m = password_reset_email(
            Lang::Sv,
            "a@example.se",
            "Anna",
            "https://x.test/reset?token=abc",
            60,
        );
        assert!(
            m.text.contains("https://x.test/reset?token=abc"),
            "{}",
            m.text
        );
        assert!(m.text.contains("Anna"));
        assert_ne!(
            m.subject,
            password_reset_email(Lang::En, "a@example.se", "Anna", "l", 60).subject
        );
    }
}
