-- PostgreSQL twin of migrations/20261204000020_course_assets.sql (SQLite). BLOB is BYTEA;
-- otherwise the same tables, keys and triggers.

-- Images and attachments beside lessons. Each file is stored once, by the SHA-256 of its bytes,
-- and served from /content/<sha256>.<ext>; versions and drafts name theirs by path.
CREATE TABLE content_assets (
    sha256     TEXT    PRIMARY KEY,
    media_type TEXT    NOT NULL,
    bytes      BYTEA   NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE FUNCTION content_assets_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stored files are immutable';
END $$;
CREATE TRIGGER content_assets_are_immutable BEFORE UPDATE ON content_assets
    FOR EACH ROW EXECUTE FUNCTION content_assets_are_immutable();

CREATE TABLE course_version_assets (
    course_version_id BIGINT  NOT NULL REFERENCES course_versions (id),
    path              TEXT    NOT NULL,
    sha256            TEXT    NOT NULL REFERENCES content_assets (sha256),
    PRIMARY KEY (course_version_id, path)
);
CREATE FUNCTION course_version_assets_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published course files are immutable';
END $$;
CREATE TRIGGER course_version_assets_are_immutable BEFORE UPDATE ON course_version_assets
    FOR EACH ROW EXECUTE FUNCTION course_version_assets_are_immutable();
CREATE FUNCTION course_version_assets_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published course files are immutable';
END $$;
CREATE TRIGGER course_version_assets_are_kept BEFORE DELETE ON course_version_assets
    FOR EACH ROW EXECUTE FUNCTION course_version_assets_are_kept();

CREATE TABLE course_draft_assets (
    draft_id BIGINT  NOT NULL REFERENCES course_drafts (id) ON DELETE CASCADE,
    path     TEXT    NOT NULL,
    sha256   TEXT    NOT NULL REFERENCES content_assets (sha256),
    PRIMARY KEY (draft_id, path)
);
