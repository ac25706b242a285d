-- no-transaction
-- Renewal: a renewed certificate is a new certificate linked to the one it renews, so the rule
-- "one certificate per learner, version and rule" now holds for certificates earned by
-- completion, and a certificate is renewed at most once. SQLite cannot change a table's
-- constraints in place: the table is rebuilt with the same rows, ids and guards, the way SQLite
-- documents it: foreign keys off (only possible outside a transaction), the rebuild in one
-- transaction, then foreign keys on again.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE certificates_rebuilt (
    id                INTEGER PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE,
    user_id           INTEGER NOT NULL REFERENCES users (id),
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    rule_id           TEXT    NOT NULL,
    holder_name       TEXT    NOT NULL,
    issued_at         INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked', 'suspended')),
    status_reason     TEXT,
    status_by         INTEGER REFERENCES users (id),
    status_at         INTEGER,
    renews            INTEGER UNIQUE REFERENCES certificates (id)
);
INSERT INTO certificates_rebuilt (id, code, user_id, course_version_id, rule_id, holder_name, issued_at,
    expires_at, status, status_reason, status_by, status_at, renews)
SELECT id, code, user_id, course_version_id, rule_id, holder_name, issued_at, expires_at, status,
    status_reason, status_by, status_at, renews FROM certificates;

DROP TRIGGER certificates_keep_their_facts;
DROP TRIGGER certificates_are_kept;
DROP INDEX certificates_by_user;
DROP TABLE certificates;
ALTER TABLE certificates_rebuilt RENAME TO certificates;

CREATE UNIQUE INDEX certificates_earned_once ON certificates (user_id, course_version_id, rule_id)
    WHERE renews IS NULL;
CREATE INDEX certificates_by_user ON certificates (user_id);
CREATE INDEX certificates_expiring ON certificates (expires_at) WHERE status = 'valid';

CREATE TRIGGER certificates_keep_their_facts BEFORE UPDATE OF code, user_id, course_version_id, rule_id,
    holder_name, issued_at, expires_at, renews ON certificates
BEGIN SELECT RAISE(ABORT, 'a certificate''s facts cannot be changed'); END;
CREATE TRIGGER certificates_are_kept BEFORE DELETE ON certificates
BEGIN SELECT RAISE(ABORT, 'certificates are kept'); END;

-- The learner's own log of continuing professional development, with who attests each entry.
CREATE TABLE cpd_entries (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity      TEXT    NOT NULL,
    provider      TEXT    NOT NULL,
    done_on       TEXT    NOT NULL,                       -- YYYY-MM-DD
    hours_tenths  INTEGER NOT NULL CHECK (hours_tenths BETWEEN 1 AND 1000),
    attested_by   TEXT    NOT NULL,                       -- name and role of who confirms it
    created_at    INTEGER NOT NULL
);
CREATE INDEX cpd_entries_by_user ON cpd_entries (user_id, done_on);

-- One row per certificate and reminder interval: a reminder is queued exactly once.
CREATE TABLE certificate_reminders (
    certificate_id INTEGER NOT NULL REFERENCES certificates (id),
    days_before    INTEGER NOT NULL,
    queued_at      INTEGER NOT NULL,
    PRIMARY KEY (certificate_id, days_before)
);

COMMIT;
PRAGMA foreign_keys = ON;
