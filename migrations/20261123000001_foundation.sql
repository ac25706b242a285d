-- Foundation: accounts, sessions, password resets, the outbox, published course versions and progress.
-- Times are Unix seconds (INTEGER), so the same columns work on PostgreSQL (BIGINT) later.

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    email               TEXT    NOT NULL UNIQUE,          -- trimmed and lower-cased
    display_name        TEXT    NOT NULL,
    password_hash       TEXT    NOT NULL,                 -- argon2id PHC string
    lang                TEXT    NOT NULL DEFAULT 'nb' CHECK (lang IN ('nb', 'nn', 'sv', 'en')),
    created_at          INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);

CREATE TABLE user_roles (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('learner', 'author', 'org_admin', 'platform_admin')),
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- One row per sign-in. The session cookie is a signed JWT naming a row here; revoking the row ends it.
CREATE TABLE sessions (
    id         TEXT    PRIMARY KEY,                       -- random, 128 bits, hex
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Only a hash of the token is stored; the token itself exists only in the email.
CREATE TABLE password_resets (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
CREATE INDEX password_resets_by_user ON password_resets (user_id);

-- Every outward effect (email now; webhooks and xAPI later) is written here in the same
-- transaction as the change that causes it, and delivered by a worker.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    payload      TEXT    NOT NULL,                        -- JSON
    created_at   INTEGER NOT NULL,
    available_at INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    last_error   TEXT,
    delivered_at INTEGER
);
CREATE INDEX outbox_due ON outbox (available_at) WHERE delivered_at IS NULL;

CREATE TABLE courses (
    id         TEXT    PRIMARY KEY,
    created_at INTEGER NOT NULL
);

-- Published versions are immutable (see the triggers below).
CREATE TABLE course_versions (
    id           INTEGER PRIMARY KEY,
    course_id    TEXT    NOT NULL REFERENCES courses (id),
    version_no   INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,
    manifest     TEXT    NOT NULL,                        -- JSON: titles, modules, lesson order
    published_at INTEGER NOT NULL,
    UNIQUE (course_id, version_no),
    UNIQUE (course_id, content_hash)
);

CREATE TABLE lessons (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    lesson_id         TEXT    NOT NULL,
    module_id         TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    minutes           INTEGER NOT NULL,
    content           TEXT    NOT NULL,                   -- JSON: per language title, objectives, sources, html
    PRIMARY KEY (course_version_id, lesson_id)
);

CREATE TRIGGER course_versions_are_immutable BEFORE UPDATE ON course_versions
BEGIN SELECT RAISE(ABORT, 'published course versions are immutable'); END;
CREATE TRIGGER course_versions_are_kept BEFORE DELETE ON course_versions
BEGIN SELECT RAISE(ABORT, 'published course versions are immutable'); END;
CREATE TRIGGER lessons_are_immutable BEFORE UPDATE ON lessons
BEGIN SELECT RAISE(ABORT, 'published lessons are immutable'); END;
CREATE TRIGGER lessons_are_kept BEFORE DELETE ON lessons
BEGIN SELECT RAISE(ABORT, 'published lessons are immutable'); END;

-- A learner takes one version of a course: the one they started.
CREATE TABLE enrolments (
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id         TEXT    NOT NULL REFERENCES courses (id),
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    started_at        INTEGER NOT NULL,
    last_lesson_id    TEXT,
    last_seen_at      INTEGER,
    PRIMARY KEY (user_id, course_id)
);

CREATE TABLE lesson_completions (
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_version_id INTEGER NOT NULL,
    lesson_id         TEXT    NOT NULL,
    completed_at      INTEGER NOT NULL,
    PRIMARY KEY (user_id, course_version_id, lesson_id),
    FOREIGN KEY (course_version_id, lesson_id) REFERENCES lessons (course_version_id, lesson_id)
);
