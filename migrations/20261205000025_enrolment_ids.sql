-- Enrolments get a key of their own. The HR feed pages through them by it; it used SQLite's hidden
-- rowid, which PostgreSQL has nothing like. Existing enrolments keep their rowid as their id, so a
-- cursor the feed handed out before still points at the same place. The id is the last column,
-- as `ADD COLUMN` puts it on PostgreSQL (migrations/postgres/ has the twin of this file).
-- Nothing references enrolments and no trigger or index is on it, so the table is simply rebuilt.
CREATE TABLE enrolments_keyed (
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id         TEXT    NOT NULL REFERENCES courses (id),
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    started_at        INTEGER NOT NULL,
    last_lesson_id    TEXT,
    last_seen_at      INTEGER,
    id                INTEGER PRIMARY KEY,
    UNIQUE (user_id, course_id)
);

INSERT INTO enrolments_keyed (user_id, course_id, course_version_id, started_at, last_lesson_id, last_seen_at, id)
SELECT user_id, course_id, course_version_id, started_at, last_lesson_id, last_seen_at, rowid
FROM enrolments;

DROP TABLE enrolments;
ALTER TABLE enrolments_keyed RENAME TO enrolments;
