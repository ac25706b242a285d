//! The learner's own log of continuing professional development (CPD): what they did, with whom,
//! when, for how many hours, and who attests it. Renewal counts the hours logged since a
//! certificate was issued.

use crate::db::Pool;
use crate::now;
use model::domain::clock::{civil_from_days, parse_date};
use model::domain::hours::parse_hours;
use model::error::{AppError, FieldError};
use model::wire::{CpdEntryView, SessionUser};

/// An entry as the form sends it.
#[derive(Debug, Clone, Default)]
pub struct NewEntry {
    pub activity: String,
    pub provider: String,
    pub done_on: String,
    pub hours: String,
    pub attested_by: String,
}

/// Checks every field at once; returns the cleaned entry as (activity, provider, date, tenths,
/// attested by).
fn validate(e: &NewEntry, today: i64) -> Result<(String, String, String, i64, String), AppError> {
    let mut errors = Vec::new();
    let mut text = |field: &str, value: &str, key: &str| {
        let v = value.trim();
        if v.is_empty() || v.chars().count() > 200 {
            errors.push(FieldError {
                field: field.into(),
                key: key.into(),
            });
        }
        v.to_string()
    };
    let activity = text("activity", &e.activity, "cpd-activity-invalid");
    let provider = text("provider", &e.provider, "cpd-provider-invalid");
    let attested_by = text("attested_by", &e.attested_by, "cpd-attested-invalid");
    let day = parse_date(&e.done_on).filter(|d| *d <= today);
    if day.is_none() {
        errors.push(FieldError {
            field: "done_on".into(),
            key: "cpd-date-invalid".into(),
        });
    }
    let hours = parse_hours(&e.hours);
    if hours.is_none() {
        errors.push(FieldError {
            field: "hours".into(),
            key: "cpd-hours-invalid".into(),
        });
    }
    match (day, hours) {
        (Some(day), Some(hours)) if errors.is_empty() => {
            let (y, m, d) = civil_from_days(day);
            Ok((
                activity,
                provider,
                format!("{y:04}-{m:02}-{d:02}"),
                hours,
                attested_by,
            ))
        }
        _ => Err(AppError::Invalid(errors)),
    }
}

/// Adds an entry to the signed-in learner's log.
#[tracing::instrument(skip(pool, user, entry))]
pub async fn add(pool: &Pool, user: &SessionUser, entry: &NewEntry) -> Result<(), AppError> {
    let t = now();
    let (activity, provider, done_on, tenths, attested_by) = validate(entry, t.div_euclid(86_400))?;
    sqlx::query!(
        "INSERT INTO cpd_entries (user_id, activity, provider, done_on, hours_tenths, attested_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        user.id,
        activity,
        provider,
        done_on,
        tenths,
        attested_by,
        t
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Removes one of the learner's own entries (a mistake). Other people's entries are "not found".
#[tracing::instrument(skip(pool, user))]
pub async fn remove(pool: &Pool, user: &SessionUser, id: i64) -> Result<(), AppError> {
    let done = sqlx::query!(
        "DELETE FROM cpd_entries WHERE id = $1 AND user_id = $2",
        id,
        user.id
    )
    .execute(pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The learner's log, newest first.
pub async fn log(pool: &Pool, user: &SessionUser) -> Result<Vec<CpdEntryView>, AppError> {
    Ok(sqlx::query_as!(
        CpdEntryView,
        "SELECT id, activity, provider, done_on, hours_tenths, attested_by FROM cpd_entries
         WHERE user_id = $1 ORDER BY done_on DESC, id DESC",
        user.id
    )
    .fetch_all(pool)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::domain::clock::days_from_civil;

    fn entry() -> NewEntry {
        NewEntry {
            activity: "Kurs i motiverende intervju".into(),
            provider: "NAV Arbeidslivssenter".into(),
            done_on: "2026-03-04".into(),
            hours: "7,5".into(),
            attested_by: "Kari Leder, HR-sjef".into(),
        }
    }

    #[test]
    fn a_complete_entry_is_cleaned() {
        let today = days_from_civil(2026, 11, 23);
        let (a, _, d, h, _) = validate(&entry(), today).unwrap();
        assert_eq!(
            (a.as_str(), d.as_str(), h),
            ("Kurs i motiverende intervju", "2026-03-04", 75)
        );
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let today = days_from_civil(2026, 11, 23);
        let bad = NewEntry {
            activity: "  ".into(),
            provider: "x".repeat(201),
            done_on: "2026-02-30".into(),
            hours: "0".into(),
            attested_by: String::new(),
        };
        let Err(AppError::Invalid(fields)) = validate(&bad, today) else {
            panic!("invalid");
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            names,
            ["activity", "provider", "attested_by", "done_on", "hours"]
        );
        let future = NewEntry {
            done_on: "2026-11-24".into(),
            ..entry()
        };
        assert!(validate(&future, today).is_err(), "a date in the future");
    }
}
