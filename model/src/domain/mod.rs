//! Pure domain rules. Nothing here imports Leptos or sqlx, so it is unit-tested on its own.

pub mod clock;
pub mod cohort;
pub mod email;
pub mod hours;
pub mod hr_api;
pub mod lang;
pub mod local_path;
#[cfg(feature = "ssr")]
pub mod lti;
pub mod organisation;
pub mod password;
pub mod person_name;
pub mod progress;
#[cfg(feature = "ssr")]
pub mod roster;
pub mod sso;
pub mod webhook;

#[cfg(feature = "ssr")]
pub mod bulk_check;
#[cfg(feature = "ssr")]
pub mod case;
#[cfg(feature = "ssr")]
pub mod certification;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod credential;
#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod quiz;
#[cfg(feature = "ssr")]
pub mod renewal;
#[cfg(feature = "ssr")]
pub mod xapi;

#[cfg(all(test, feature = "ssr"))]
mod robustness;

pub use email::Email;
pub use lang::Lang;
pub use password::NewPassword;
pub use person_name::PersonName;
