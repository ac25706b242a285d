-- PostgreSQL twin of migrations/20261204000024_org_figures.sql (SQLite): the same tables, trigger
-- names, back-fill and index, and the triggers leave the same counts after every statement.
--
-- Where the two differ, and what is done about it:
-- * A trigger's WHEN cannot hold a subquery in PostgreSQL: the WHEN conditions of
--   module_completions_count and module_completions_uncount are tested in their functions.
-- * SQLite runs a row's AFTER triggers as soon as that row is written, so a trigger sees the rows
--   its statement wrote before it but not those after it. PostgreSQL runs AFTER row triggers when
--   the whole statement is done (each sees all the statement's rows), and BEFORE row triggers as
--   each row is processed (each sees the rows processed before it). That matters to the triggers
--   that ask whether the person has another completion of the module, and to a cascade:
--   - The four triggers that take counts away on DELETE are BEFORE DELETE here (returning OLD,
--     so the row is still deleted): each sees the statement's earlier rows gone and the later ones
--     still there, as in SQLite. So `DELETE FROM module_completions WHERE user_id = ?` (deleting an
--     account: a person's completions of one module on two versions at once) takes the person off
--     once, not twice; and the cascaded deletes of a `users` row (which the application never does)
--     take the person's figures out once, whichever cascade runs first. Since the row being deleted
--     is still there when its trigger runs, module_completions_uncount's "no other completion"
--     condition leaves it out (`o.id <> OLD.id`).
--   - The triggers that add counts on INSERT stay AFTER INSERT, because BEFORE INSERT triggers
--     also fire for rows that ON CONFLICT DO NOTHING then skips (the application inserts module
--     completions that way). module_completions_count also reads the statement's transition table
--     (REFERENCING NEW TABLE) and treats the statement's other rows of the same module with a
--     greater id as not yet inserted, as SQLite's row-by-row order would: when one statement
--     inserts a person's completions of one module on two versions, exactly one of them counts,
--     and only if the person had none before.
--   The other triggers add or take away one row's worth each and do not depend on order.
-- * The week arithmetic is on BIGINT columns and literals, so it is integer arithmetic as in
--   SQLite (division truncates towards zero in both).
-- * INSERT … ON CONFLICT DO UPDATE: PostgreSQL refuses to update one row twice in one statement,
--   so each upsert's SELECT yields one row per conflict key (as they already do: one membership
--   per organisation, SELECT DISTINCT, GROUP BY week).
-- * users_by_name: COLLATE NOCASE is SQLite's ASCII-only case folding; here `nocase` is a
--   nondeterministic ICU collation (root locale, level 2: case is ignored, accents are not).
--   `ORDER BY display_name COLLATE NOCASE` therefore runs unchanged (unquoted NOCASE is nocase),
--   but the order can differ: SQLite folds only A-Z and then compares bytes (so Æ, Ø, Å, é come
--   after z, and Å and å differ), ICU orders by Unicode collation rules (Å next to A, Å = å at
--   this strength). Ties still fall to `id`. In PostgreSQL 15 LIKE and other pattern matching
--   refuse a nondeterministic collation, so `x COLLATE nocase LIKE …` fails; the column itself
--   keeps the default collation, so plain LIKE on display_name still works.

-- Figures of an organisation's dashboard, kept as running counts so the dashboard reads a few
-- rows however many people the organisation has: how many of its people completed each module
-- (on any version of the course), and how many lessons and modules they completed each week.
-- Triggers keep them in step with completions and memberships, in the same transaction as the
-- change. An account's deletion removes its completions and memberships, so deleted people leave
-- the counts too.

CREATE TABLE org_module_counts (
    organisation_id BIGINT  NOT NULL REFERENCES organisations (id),
    course_id       TEXT    NOT NULL,
    module_id       TEXT    NOT NULL,
    people          BIGINT  NOT NULL,
    PRIMARY KEY (organisation_id, course_id, module_id)
);

-- `week`: the Monday (UTC, 00:00) the week starts, in seconds since 1970.
CREATE TABLE org_week_counts (
    organisation_id BIGINT  NOT NULL REFERENCES organisations (id),
    week            BIGINT  NOT NULL,
    lessons         BIGINT  NOT NULL,
    modules         BIGINT  NOT NULL,
    PRIMARY KEY (organisation_id, week)
);

-- A person's first completion of a module (on any version) counts them once in each of their
-- organisations; when their last completion of it goes, so do they.
CREATE FUNCTION module_completions_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM module_completions o JOIN course_versions ov ON ov.id = o.course_version_id
        WHERE o.user_id = NEW.user_id AND o.module_id = NEW.module_id AND o.id <> NEW.id
          AND ov.course_id = (SELECT course_id FROM course_versions WHERE id = NEW.course_version_id)
          -- not a row this same statement inserts after this one (see the top of the file)
          AND NOT (o.id > NEW.id AND o.id IN (SELECT i.id FROM inserted_rows i)))
    THEN
        INSERT INTO org_module_counts (organisation_id, course_id, module_id, people)
        SELECT m.organisation_id, v.course_id, NEW.module_id, 1
        FROM memberships m JOIN course_versions v ON v.id = NEW.course_version_id
        WHERE m.user_id = NEW.user_id
        ON CONFLICT (organisation_id, course_id, module_id) DO UPDATE SET people = org_module_counts.people + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER module_completions_count AFTER INSERT ON module_completions
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH ROW EXECUTE FUNCTION module_completions_count();

CREATE FUNCTION module_completions_uncount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM module_completions o JOIN course_versions ov ON ov.id = o.course_version_id
        WHERE o.user_id = OLD.user_id AND o.module_id = OLD.module_id
          AND o.id <> OLD.id  -- BEFORE DELETE: this row is still there (see the top of the file)
          AND ov.course_id = (SELECT course_id FROM course_versions WHERE id = OLD.course_version_id))
    THEN
        UPDATE org_module_counts SET people = people - 1
        WHERE module_id = OLD.module_id
          AND course_id = (SELECT course_id FROM course_versions WHERE id = OLD.course_version_id)
          AND organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = OLD.user_id);
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER module_completions_uncount BEFORE DELETE ON module_completions
    FOR EACH ROW EXECUTE FUNCTION module_completions_uncount();

CREATE FUNCTION module_completions_count_week() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT m.organisation_id, (NEW.completed_at - 345600) / 604800 * 604800 + 345600, 0, 1
    FROM memberships m WHERE m.user_id = NEW.user_id
    ON CONFLICT (organisation_id, week) DO UPDATE SET modules = org_week_counts.modules + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER module_completions_count_week AFTER INSERT ON module_completions
    FOR EACH ROW EXECUTE FUNCTION module_completions_count_week();

CREATE FUNCTION module_completions_uncount_week() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_week_counts SET modules = modules - 1
    WHERE week = (OLD.completed_at - 345600) / 604800 * 604800 + 345600
      AND organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = OLD.user_id);
    RETURN OLD;
END $$;
CREATE TRIGGER module_completions_uncount_week BEFORE DELETE ON module_completions
    FOR EACH ROW EXECUTE FUNCTION module_completions_uncount_week();

CREATE FUNCTION lesson_completions_count_week() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT m.organisation_id, (NEW.completed_at - 345600) / 604800 * 604800 + 345600, 1, 0
    FROM memberships m WHERE m.user_id = NEW.user_id
    ON CONFLICT (organisation_id, week) DO UPDATE SET lessons = org_week_counts.lessons + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER lesson_completions_count_week AFTER INSERT ON lesson_completions
    FOR EACH ROW EXECUTE FUNCTION lesson_completions_count_week();

CREATE FUNCTION lesson_completions_uncount_week() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_week_counts SET lessons = lessons - 1
    WHERE week = (OLD.completed_at - 345600) / 604800 * 604800 + 345600
      AND organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = OLD.user_id);
    RETURN OLD;
END $$;
CREATE TRIGGER lesson_completions_uncount_week BEFORE DELETE ON lesson_completions
    FOR EACH ROW EXECUTE FUNCTION lesson_completions_uncount_week();

-- Joining brings everything the person completed into the organisation's figures; leaving takes
-- it out again.
CREATE FUNCTION memberships_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO org_module_counts (organisation_id, course_id, module_id, people)
    SELECT DISTINCT NEW.organisation_id, v.course_id, mc.module_id, 1
    FROM module_completions mc JOIN course_versions v ON v.id = mc.course_version_id
    WHERE mc.user_id = NEW.user_id
    ON CONFLICT (organisation_id, course_id, module_id) DO UPDATE SET people = org_module_counts.people + 1;
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT NEW.organisation_id, (completed_at - 345600) / 604800 * 604800 + 345600, COUNT(*), 0
    FROM lesson_completions WHERE user_id = NEW.user_id GROUP BY 2
    ON CONFLICT (organisation_id, week) DO UPDATE SET lessons = org_week_counts.lessons + excluded.lessons;
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT NEW.organisation_id, (completed_at - 345600) / 604800 * 604800 + 345600, 0, COUNT(*)
    FROM module_completions WHERE user_id = NEW.user_id GROUP BY 2
    ON CONFLICT (organisation_id, week) DO UPDATE SET modules = org_week_counts.modules + excluded.modules;
    RETURN NULL;
END $$;
CREATE TRIGGER memberships_count AFTER INSERT ON memberships
    FOR EACH ROW EXECUTE FUNCTION memberships_count();

CREATE FUNCTION memberships_uncount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_module_counts SET people = people - 1
    WHERE organisation_id = OLD.organisation_id
      AND (course_id, module_id) IN (
        SELECT v.course_id, mc.module_id
        FROM module_completions mc JOIN course_versions v ON v.id = mc.course_version_id
        WHERE mc.user_id = OLD.user_id);
    UPDATE org_week_counts SET
        lessons = lessons - (SELECT COUNT(*) FROM lesson_completions c WHERE c.user_id = OLD.user_id
                             AND (c.completed_at - 345600) / 604800 * 604800 + 345600 = org_week_counts.week),
        modules = modules - (SELECT COUNT(*) FROM module_completions c WHERE c.user_id = OLD.user_id
                             AND (c.completed_at - 345600) / 604800 * 604800 + 345600 = org_week_counts.week)
    WHERE organisation_id = OLD.organisation_id
      AND week IN (SELECT (completed_at - 345600) / 604800 * 604800 + 345600 FROM lesson_completions WHERE user_id = OLD.user_id
                   UNION SELECT (completed_at - 345600) / 604800 * 604800 + 345600 FROM module_completions WHERE user_id = OLD.user_id);
    RETURN OLD;
END $$;
CREATE TRIGGER memberships_uncount BEFORE DELETE ON memberships
    FOR EACH ROW EXECUTE FUNCTION memberships_uncount();

-- What is there already.
INSERT INTO org_module_counts (organisation_id, course_id, module_id, people)
SELECT m.organisation_id, v.course_id, mc.module_id, COUNT(DISTINCT mc.user_id)
FROM module_completions mc
JOIN course_versions v ON v.id = mc.course_version_id
JOIN memberships m ON m.user_id = mc.user_id
GROUP BY m.organisation_id, v.course_id, mc.module_id;

-- (PostgreSQL 15 wants a name for the subquery in FROM.)
INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
SELECT organisation_id, week, SUM(lessons), SUM(modules) FROM (
    SELECT m.organisation_id, (c.completed_at - 345600) / 604800 * 604800 + 345600 AS week, 1 AS lessons, 0 AS modules
    FROM lesson_completions c JOIN memberships m ON m.user_id = c.user_id
    UNION ALL
    SELECT m.organisation_id, (c.completed_at - 345600) / 604800 * 604800 + 345600, 0, 1
    FROM module_completions c JOIN memberships m ON m.user_id = c.user_id) AS completions
GROUP BY organisation_id, week;

-- The administrators' list of people goes in name order a page at a time: with this index a page
-- is found by walking names, not by sorting everyone.
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE INDEX users_by_name ON users (display_name COLLATE nocase, id);
