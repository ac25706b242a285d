-- The completion feed to HR: completed modules as they happen, and the organisation-scoped API
-- tokens HR systems read the feed with.

-- A module is complete when all its lessons are done, its quizzes passed and its cases finished.
-- The row is written in the transaction that completes the last of them and never changes; its
-- id orders the feed.
CREATE TABLE module_completions (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    module_id         TEXT    NOT NULL,
    completed_at      INTEGER NOT NULL,
    UNIQUE (user_id, course_version_id, module_id)
);
CREATE INDEX module_completions_by_time ON module_completions (completed_at);

-- The token is shown once, on the page its creator is sent to (`revealed_at` records that); only
-- its SHA-256 is kept, so a copy of the database does not give access to the API.
CREATE TABLE api_tokens (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name            TEXT    NOT NULL,
    scopes          TEXT    NOT NULL,                 -- space-separated, e.g. 'people:read completions:read'
    token_hash      TEXT    NOT NULL UNIQUE,          -- hex SHA-256 of the token
    created_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    revealed_at     INTEGER,
    revoked_at      INTEGER,
    last_used_at    INTEGER
);
CREATE INDEX api_tokens_by_organisation ON api_tokens (organisation_id);

-- `updated_since` in the API: a person counts as changed when their name or email changes.
ALTER TABLE users ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE users SET updated_at = created_at;
CREATE TRIGGER users_updated_at AFTER UPDATE OF email, display_name ON users
BEGIN UPDATE users SET updated_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = NEW.id; END;
