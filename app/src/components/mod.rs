//! Reusable pieces of the interface.

pub mod form;
pub mod layout;
pub mod progress;
pub mod status;
