-- Cohorts: a group of an organisation's people who take one programme by a deadline. A person
-- can be in several cohorts; leaving the organisation takes them out of its cohorts.
CREATE TABLE cohorts (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name            TEXT    NOT NULL,
    course_id       TEXT    NOT NULL REFERENCES courses (id),
    deadline_day    INTEGER NOT NULL,                 -- a calendar day (Norway/Sweden) as days since 1970-01-01
    created_at      INTEGER NOT NULL,
    UNIQUE (organisation_id, name)
);

CREATE TABLE cohort_members (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at  INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_members_by_user ON cohort_members (user_id);
