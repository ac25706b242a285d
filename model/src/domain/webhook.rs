//! Webhooks without the network: which events an organisation can subscribe to, and which
//! addresses it may register. Pure: no Leptos, no database.

use serde::{Deserialize, Serialize};

/// What a webhook can be told about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WebhookEvent {
    /// A member completed a module (all its lessons, quizzes and cases).
    ModuleCompleted,
    /// A member earned the programme's qualification.
    QualificationCertified,
    /// A member's certificate expires soon (at the programme's reminder points).
    CertificateExpiring,
    /// A member's certificate was revoked.
    CertificateRevoked,
}

impl WebhookEvent {
    pub const ALL: [WebhookEvent; 4] = [
        WebhookEvent::ModuleCompleted,
        WebhookEvent::QualificationCertified,
        WebhookEvent::CertificateExpiring,
        WebhookEvent::CertificateRevoked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WebhookEvent::ModuleCompleted => "module.completed",
            WebhookEvent::QualificationCertified => "qualification.certified",
            WebhookEvent::CertificateExpiring => "certificate.expiring",
            WebhookEvent::CertificateRevoked => "certificate.revoked",
        }
    }

    pub fn parse(s: &str) -> Option<WebhookEvent> {
        WebhookEvent::ALL.into_iter().find(|e| e.as_str() == s)
    }

    /// The form field of its checkbox.
    pub fn field(self) -> &'static str {
        match self {
            WebhookEvent::ModuleCompleted => "event_module_completed",
            WebhookEvent::QualificationCertified => "event_qualification_certified",
            WebhookEvent::CertificateExpiring => "event_certificate_expiring",
            WebhookEvent::CertificateRevoked => "event_certificate_revoked",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            WebhookEvent::ModuleCompleted => "webhook-event-module-completed",
            WebhookEvent::QualificationCertified => "webhook-event-qualification-certified",
            WebhookEvent::CertificateExpiring => "webhook-event-certificate-expiring",
            WebhookEvent::CertificateRevoked => "webhook-event-certificate-revoked",
        }
    }

    /// Events as stored (`module.completed certificate.revoked`): each known, each once, in a
    /// fixed order. `None` when empty or any is unknown.
    pub fn parse_list<'a>(items: impl IntoIterator<Item = &'a str>) -> Option<Vec<WebhookEvent>> {
        let mut events = Vec::new();
        for item in items {
            events.push(WebhookEvent::parse(item.trim())?);
        }
        events.sort();
        events.dedup();
        (!events.is_empty()).then_some(events)
    }

    pub fn join(events: &[WebhookEvent]) -> String {
        events
            .iter()
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The address a webhook posts to: `https://…`, or `http://…` where the platform allows it (a
/// test or a closed network). A host is required; credentials in the address are refused (the
/// signature authenticates the platform, and a password in a URL ends up in logs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookUrl {
    url: String,
    host: String,
}

impl WebhookUrl {
    pub const MAX_LEN: usize = 2000;

    pub fn parse(s: &str, allow_http: bool) -> Result<WebhookUrl, &'static str> {
        let url = s.trim();
        if url.is_empty() {
            return Err("error-webhook-url-missing");
        }
        if url.len() > Self::MAX_LEN || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("error-webhook-url");
        }
        let lower = url.to_ascii_lowercase();
        let rest = if lower.starts_with("https://") {
            &url["https://".len()..]
        } else if lower.starts_with("http://") {
            if !allow_http {
                return Err("error-webhook-url-https");
            }
            &url["http://".len()..]
        } else {
            return Err("error-webhook-url");
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        if authority.contains('@') {
            return Err("error-webhook-url-credentials");
        }
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (host, after) = v6.split_once(']').ok_or("error-webhook-url")?;
            (host, after.strip_prefix(':'))
        } else {
            match authority.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (authority, None),
            }
        };
        if host.is_empty() {
            return Err("error-webhook-url");
        }
        if port.is_some_and(|p| p.parse::<u16>().map_or(true, |p| p == 0)) {
            return Err("error-webhook-url");
        }
        Ok(WebhookUrl {
            url: url.to_string(),
            host: host.to_ascii_lowercase(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.url
    }

    pub fn host(&self) -> &str {
        &self.host
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_read_in_a_fixed_order_without_repeats() {
        assert_eq!(
            WebhookEvent::parse_list([
                "certificate.revoked",
                "module.completed",
                "module.completed"
            ]),
            Some(vec![
                WebhookEvent::ModuleCompleted,
                WebhookEvent::CertificateRevoked
            ])
        );
        assert_eq!(WebhookEvent::parse_list(["module.started"]), None);
        assert_eq!(WebhookEvent::parse_list([]), None);
    }

    #[test]
    fn https_addresses_are_taken_and_http_only_where_allowed() {
        let url = WebhookUrl::parse(" https://hr.bodo.kommune.no/hooks/rtw?x=1 ", false).unwrap();
        assert_eq!(url.as_str(), "https://hr.bodo.kommune.no/hooks/rtw?x=1");
        assert_eq!(url.host(), "hr.bodo.kommune.no");
        assert_eq!(
            WebhookUrl::parse("http://hr.example.org/hook", false),
            Err("error-webhook-url-https")
        );
        let local = WebhookUrl::parse("http://127.0.0.1:8080/hook", true).unwrap();
        assert_eq!(local.host(), "127.0.0.1");
        assert_eq!(
            WebhookUrl::parse("https://[::1]:8443/h", false)
                .unwrap()
                .host(),
            "::1"
        );
    }

    #[test]
    fn addresses_that_are_not_web_addresses_are_refused() {
        for bad in [
            "",
            "hr.example.org/hook",
            "ftp://hr.example.org/",
            "https://",
            "https:///path",
            "https://user:pass@hr.example.org/",
            "https://hr.example.org:0/",
            "https://hr.example.org:99999/",
            "https://hr.example.org/a b",
            "javascript:alert(1)",
        ] {
            assert!(WebhookUrl::parse(bad, true).is_err(), "{bad:?}");
        }
    }
}
