-- Authoring in the browser. Every published version keeps the files it was made from, so an
-- author can start a draft from it; a draft is a copy of those files that goes through review
-- (four eyes) before it is published as a new immutable version.

CREATE TABLE course_version_files (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    path              TEXT    NOT NULL,                   -- under the course folder, '/'-separated
    content           TEXT    NOT NULL,
    PRIMARY KEY (course_version_id, path)
);
CREATE TRIGGER course_version_files_are_immutable BEFORE UPDATE ON course_version_files
BEGIN SELECT RAISE(ABORT, 'published course files are immutable'); END;
CREATE TRIGGER course_version_files_are_kept BEFORE DELETE ON course_version_files
BEGIN SELECT RAISE(ABORT, 'published course files are immutable'); END;

CREATE TABLE course_drafts (
    id                   INTEGER PRIMARY KEY,
    course_id            TEXT    NOT NULL REFERENCES courses (id),
    base_version_id      INTEGER NOT NULL REFERENCES course_versions (id),
    state                TEXT    NOT NULL DEFAULT 'draft'
                         CHECK (state IN ('draft', 'in_review', 'published', 'discarded')),
    created_by           INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    submitted_by         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    submitted_at         INTEGER,
    decided_by           INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at           INTEGER,
    review_comment       TEXT,                            -- why a reviewer sent it back
    published_version_id INTEGER REFERENCES course_versions (id)
);
CREATE INDEX course_drafts_by_course ON course_drafts (course_id, state);

CREATE TABLE course_draft_files (
    draft_id INTEGER NOT NULL REFERENCES course_drafts (id) ON DELETE CASCADE,
    path     TEXT    NOT NULL,
    content  TEXT    NOT NULL,
    PRIMARY KEY (draft_id, path)
);

-- Everyone who changed a draft. Four eyes: the author who approves it is none of them.
CREATE TABLE course_draft_editors (
    draft_id INTEGER NOT NULL REFERENCES course_drafts (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (draft_id, user_id)
);

-- A published version can be withdrawn (with a reason): whoever starts the course afterwards gets
-- the newest version that is not withdrawn. Learners already on it keep their records.
CREATE TABLE course_version_withdrawals (
    course_version_id INTEGER PRIMARY KEY REFERENCES course_versions (id),
    withdrawn_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    withdrawn_at      INTEGER NOT NULL,
    reason            TEXT    NOT NULL
);
