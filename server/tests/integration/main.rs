//! Integration tests: the real router, a real SQLite file per test, real SMTP where mail is sent.

mod accounts;
mod assets;
mod authoring;
mod authoring_forms;
mod authorization;
mod backup;
mod cases;
mod certificates;
mod common;
mod compatible;
mod content;
mod course_assets;
mod credentials;
mod hr_api;
mod learning;
mod migrations;
mod organisations;
mod privacy;
mod process;
mod quizzes;
mod renewal;
mod requests;
mod sweep;
mod webhooks;
mod xapi;
mod xss;
