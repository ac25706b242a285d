//! Reusable pieces of the interface.

pub mod focus;
pub mod form;
pub mod language;
pub mod layout;
pub mod progress;
pub mod status;
