-- Images and attachments beside lessons. Each file is stored once, by the SHA-256 of its bytes,
-- and served from /content/<sha256>.<ext>; versions and drafts name theirs by path.
CREATE TABLE content_assets (
    sha256     TEXT    PRIMARY KEY,
    media_type TEXT    NOT NULL,
    bytes      BLOB    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TRIGGER content_assets_are_immutable BEFORE UPDATE ON content_assets
BEGIN SELECT RAISE(ABORT, 'stored files are immutable'); END;

CREATE TABLE course_version_assets (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    path              TEXT    NOT NULL,
    sha256            TEXT    NOT NULL REFERENCES content_assets (sha256),
    PRIMARY KEY (course_version_id, path)
);
CREATE TRIGGER course_version_assets_are_immutable BEFORE UPDATE ON course_version_assets
BEGIN SELECT RAISE(ABORT, 'published course files are immutable'); END;
CREATE TRIGGER course_version_assets_are_kept BEFORE DELETE ON course_version_assets
BEGIN SELECT RAISE(ABORT, 'published course files are immutable'); END;

CREATE TABLE course_draft_assets (
    draft_id INTEGER NOT NULL REFERENCES course_drafts (id) ON DELETE CASCADE,
    path     TEXT    NOT NULL,
    sha256   TEXT    NOT NULL REFERENCES content_assets (sha256),
    PRIMARY KEY (draft_id, path)
);
