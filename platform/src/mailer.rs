//! Sending one message through the configured backend.

use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// A message as the outbox stores it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailMessage {
    pub to: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub text: String,
}

#[derive(Clone)]
pub enum Mailer {
    /// A real SMTP server, from a URL such as `smtp://host:25` or `smtps://user:pass@host`.
    Smtp(Arc<AsyncSmtpTransport<Tokio1Executor>>),
    /// Writes each message as an `.eml` file in a directory (the default without SMTP).
    File(Arc<AsyncFileTransport<Tokio1Executor>>, PathBuf),
    /// Keeps messages in memory, for unit tests of code that sends mail.
    Memory(Arc<Mutex<Vec<EmailMessage>>>),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // The URL may hold credentials: never print it.
            Mailer::Smtp(_) => f.write_str("Mailer::Smtp"),
            Mailer::File(_, dir) => write!(f, "Mailer::File({})", dir.display()),
            Mailer::Memory(_) => f.write_str("Mailer::Memory"),
        }
    }
}

impl Mailer {
    pub fn smtp(url: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("invalid SMTP URL: {e}"))?
            .build();
        Ok(Mailer::Smtp(Arc::new(transport)))
    }

    pub fn file(dir: PathBuf) -> Result<Self, String> {
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        Ok(Mailer::File(
            Arc::new(AsyncFileTransport::<Tokio1Executor>::new(&dir)),
            dir,
        ))
    }

    pub fn memory() -> Self {
        Mailer::Memory(Arc::default())
    }

    /// Messages sent so far by a memory mailer.
    pub fn sent(&self) -> Vec<EmailMessage> {
        match self {
            Mailer::Memory(sent) => sent.lock().map(|v| v.clone()).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Sends one message. The error is text for the outbox's log, never shown to users.
    pub async fn send(&self, from: &str, msg: &EmailMessage) -> Result<(), String> {
        if let Mailer::Memory(sent) = self {
            sent.lock()
                .map_err(|_| "mailbox poisoned".to_string())?
                .push(msg.clone());
            return Ok(());
        }
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("invalid sender address: {e}"))?;
        let to = Mailbox::new(
            msg.to_name.clone(),
            msg.to
                .parse()
                .map_err(|e| format!("invalid recipient address: {e}"))?,
        );
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(&msg.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(msg.text.clone())
            .map_err(|e| format!("cannot build message: {e}"))?;
        match self {
            Mailer::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Mailer::File(t, _) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Mailer::Memory(_) => Ok(()),
        }
    }
}
