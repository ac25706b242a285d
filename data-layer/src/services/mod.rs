//! What the platform does, independent of how it is asked: server functions, handlers and the
//! command line all call these.

pub mod accounts;
pub mod api_tokens;
pub mod authoring;
pub mod bulk_check;
pub mod case_analytics;
pub mod cases;
pub mod catalogue;
pub mod certification;
pub mod cohorts;
pub mod cpd;
pub mod credentials;
pub mod feedback;
pub mod hr_export;
pub mod hr_feed;
pub mod invitations;
pub mod learning;
pub mod lrs;
pub mod lti;
pub mod networks;
pub mod org_figures;
pub mod organisations;
pub mod privacy;
pub mod quizzes;
pub mod renewal;
pub mod roster_imports;
pub mod signing_keys;
pub mod sso;
pub mod statistics;
pub mod webhooks;
