-- Certificates: issued automatically, exactly once per learner, programme version and rule, in the
-- same transaction as the completion that earns them; and an append-only log of what happened to
-- each (issue, revocation, reinstatement, suspension, renewal) that no role can edit.

CREATE TABLE certificates (
    id                INTEGER PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE,            -- RTW-XXXX-XXXX-XXXX-XXXX
    user_id           INTEGER NOT NULL REFERENCES users (id),
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    rule_id           TEXT    NOT NULL,                   -- the certificate rule of that version
    holder_name       TEXT    NOT NULL,                   -- as it was when issued
    issued_at         INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked', 'suspended')),
    status_reason     TEXT,
    status_by         INTEGER REFERENCES users (id),
    status_at         INTEGER,
    renews            INTEGER REFERENCES certificates (id),
    UNIQUE (user_id, course_version_id, rule_id)
);

CREATE INDEX certificates_by_user ON certificates (user_id);

-- What a certificate says about its holder never changes; only its status does.
CREATE TRIGGER certificates_keep_their_facts BEFORE UPDATE OF code, user_id, course_version_id, rule_id,
    holder_name, issued_at, expires_at, renews ON certificates
BEGIN SELECT RAISE(ABORT, 'a certificate''s facts cannot be changed'); END;
CREATE TRIGGER certificates_are_kept BEFORE DELETE ON certificates
BEGIN SELECT RAISE(ABORT, 'certificates are kept'); END;

CREATE TABLE certificate_events (
    id             INTEGER PRIMARY KEY,
    certificate_id INTEGER NOT NULL REFERENCES certificates (id),
    event          TEXT    NOT NULL CHECK (event IN ('issued', 'revoked', 'reinstated', 'suspended', 'renewed')),
    by_user        INTEGER REFERENCES users (id),         -- NULL: the platform itself
    reason         TEXT,
    at             INTEGER NOT NULL
);

CREATE TRIGGER certificate_events_are_append_only BEFORE UPDATE ON certificate_events
BEGIN SELECT RAISE(ABORT, 'the certificate log is append-only'); END;
CREATE TRIGGER certificate_events_are_kept BEFORE DELETE ON certificate_events
BEGIN SELECT RAISE(ABORT, 'the certificate log is append-only'); END;
