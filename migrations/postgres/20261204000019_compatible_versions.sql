-- PostgreSQL twin of migrations/20261204000019_compatible_versions.sql (SQLite); the same tables,
-- keys, index, back-fill and triggers. `compatible` is a 0/1 BIGINT, as in SQLite (not BOOLEAN).

-- A version can be published as compatible with the version its draft started from: learners on
-- the earlier version move to it, and what they did there counts here. Every record keeps the
-- exact version it was earned on; reads of a learner's record follow this table instead.
--
-- For each version: itself, and every earlier version whose records count in it (a chain of
-- compatible versions is stored whole, so a read is one lookup).
CREATE TABLE course_version_lineage (
    course_version_id  BIGINT  NOT NULL REFERENCES course_versions (id),
    earlier_version_id BIGINT  NOT NULL REFERENCES course_versions (id),
    PRIMARY KEY (course_version_id, earlier_version_id)
);
INSERT INTO course_version_lineage (course_version_id, earlier_version_id) SELECT id, id FROM course_versions;
CREATE FUNCTION course_version_lineage_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the lineage of a published version is immutable';
END $$;
CREATE TRIGGER course_version_lineage_is_immutable BEFORE UPDATE ON course_version_lineage
    FOR EACH ROW EXECUTE FUNCTION course_version_lineage_is_immutable();
CREATE FUNCTION course_version_lineage_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the lineage of a published version is immutable';
END $$;
CREATE TRIGGER course_version_lineage_is_kept BEFORE DELETE ON course_version_lineage
    FOR EACH ROW EXECUTE FUNCTION course_version_lineage_is_kept();

-- The author marks a draft compatible when sending it for review; the reviewer sees it.
ALTER TABLE course_drafts ADD COLUMN compatible BIGINT NOT NULL DEFAULT 0;

-- Learners moved to a compatible version, for their record. (No primary key, as in SQLite.)
CREATE TABLE enrolment_moves (
    user_id         BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id       TEXT    NOT NULL REFERENCES courses (id),
    from_version_id BIGINT  NOT NULL REFERENCES course_versions (id),
    to_version_id   BIGINT  NOT NULL REFERENCES course_versions (id),
    moved_at        BIGINT  NOT NULL
);
CREATE INDEX enrolment_moves_by_user ON enrolment_moves (user_id, course_id);
