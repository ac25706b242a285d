-- Figures of an organisation's dashboard, kept as running counts so the dashboard reads a few
-- rows however many people the organisation has: how many of its people completed each module
-- (on any version of the course), and how many lessons and modules they completed each week.
-- Triggers keep them in step with completions and memberships, in the same transaction as the
-- change. An account's deletion removes its completions and memberships, so deleted people leave
-- the counts too.

CREATE TABLE org_module_counts (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    course_id       TEXT    NOT NULL,
    module_id       TEXT    NOT NULL,
    people          INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, course_id, module_id)
);

-- `week`: the Monday (UTC, 00:00) the week starts, in seconds since 1970.
CREATE TABLE org_week_counts (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    week            INTEGER NOT NULL,
    lessons         INTEGER NOT NULL,
    modules         INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, week)
);

-- A person's first completion of a module (on any version) counts them once in each of their
-- organisations; when their last completion of it goes, so do they.
CREATE TRIGGER module_completions_count AFTER INSERT ON module_completions
WHEN NOT EXISTS (
    SELECT 1 FROM module_completions o JOIN course_versions ov ON ov.id = o.course_version_id
    WHERE o.user_id = NEW.user_id AND o.module_id = NEW.module_id AND o.id <> NEW.id
      AND ov.course_id = (SELECT course_id FROM course_versions WHERE id = NEW.course_version_id))
BEGIN
    INSERT INTO org_module_counts (organisation_id, course_id, module_id, people)
    SELECT m.organisation_id, v.course_id, NEW.module_id, 1
    FROM memberships m JOIN course_versions v ON v.id = NEW.course_version_id
    WHERE m.user_id = NEW.user_id
    ON CONFLICT (organisation_id, course_id, module_id) DO UPDATE SET people = people + 1;
END;

CREATE TRIGGER module_completions_uncount AFTER DELETE ON module_completions
WHEN NOT EXISTS (
    SELECT 1 FROM module_completions o JOIN course_versions ov ON ov.id = o.course_version_id
    WHERE o.user_id = OLD.user_id AND o.module_id = OLD.module_id
      AND ov.course_id = (SELECT course_id FROM course_versions WHERE id = OLD.course_version_id))
BEGIN
    UPDATE org_module_counts SET people = people - 1
    WHERE module_id = OLD.module_id
      AND course_id = (SELECT course_id FROM course_versions WHERE id = OLD.course_version_id)
      AND organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = OLD.user_id);
END;

CREATE TRIGGER module_completions_count_week AFTER INSERT ON module_completions
BEGIN
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT m.organisation_id, (NEW.completed_at - 345600) / 604800 * 604800 + 345600, 0, 1
    FROM memberships m WHERE m.user_id = NEW.user_id
    ON CONFLICT (organisation_id, week) DO UPDATE SET modules = modules + 1;
END;

CREATE TRIGGER module_completions_uncount_week AFTER DELETE ON module_completions
BEGIN
    UPDATE org_week_counts SET modules = modules - 1
    WHERE week = (OLD.completed_at - 345600) / 604800 * 604800 + 345600
      AND organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = OLD.user_id);
END;

CREATE TRIGGER lesson_completions_count_week AFTER INSERT ON lesson_completions
BEGIN
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT m.organisation_id, (NEW.completed_at - 345600) / 604800 * 604800 + 345600, 1, 0
    FROM memberships m WHERE m.user_id = NEW.user_id
    ON CONFLICT (organisation_id, week) DO UPDATE SET lessons = lessons + 1;
END;

CREATE TRIGGER lesson_completions_uncount_week AFTER DELETE ON lesson_completions
BEGIN
    UPDATE org_week_counts SET lessons = lessons - 1
    WHERE week = (OLD.completed_at - 345600) / 604800 * 604800 + 345600
      AND organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = OLD.user_id);
END;

-- Joining brings everything the person completed into the organisation's figures; leaving takes
-- it out again.
CREATE TRIGGER memberships_count AFTER INSERT ON memberships
BEGIN
    INSERT INTO org_module_counts (organisation_id, course_id, module_id, people)
    SELECT DISTINCT NEW.organisation_id, v.course_id, mc.module_id, 1
    FROM module_completions mc JOIN course_versions v ON v.id = mc.course_version_id
    WHERE mc.user_id = NEW.user_id
    ON CONFLICT (organisation_id, course_id, module_id) DO UPDATE SET people = people + 1;
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT NEW.organisation_id, (completed_at - 345600) / 604800 * 604800 + 345600, COUNT(*), 0
    FROM lesson_completions WHERE user_id = NEW.user_id GROUP BY 2
    ON CONFLICT (organisation_id, week) DO UPDATE SET lessons = lessons + excluded.lessons;
    INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
    SELECT NEW.organisation_id, (completed_at - 345600) / 604800 * 604800 + 345600, 0, COUNT(*)
    FROM module_completions WHERE user_id = NEW.user_id GROUP BY 2
    ON CONFLICT (organisation_id, week) DO UPDATE SET modules = modules + excluded.modules;
END;

CREATE TRIGGER memberships_uncount AFTER DELETE ON memberships
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
END;

-- What is there already.
INSERT INTO org_module_counts (organisation_id, course_id, module_id, people)
SELECT m.organisation_id, v.course_id, mc.module_id, COUNT(DISTINCT mc.user_id)
FROM module_completions mc
JOIN course_versions v ON v.id = mc.course_version_id
JOIN memberships m ON m.user_id = mc.user_id
GROUP BY m.organisation_id, v.course_id, mc.module_id;

INSERT INTO org_week_counts (organisation_id, week, lessons, modules)
SELECT organisation_id, week, SUM(lessons), SUM(modules) FROM (
    SELECT m.organisation_id, (c.completed_at - 345600) / 604800 * 604800 + 345600 AS week, 1 AS lessons, 0 AS modules
    FROM lesson_completions c JOIN memberships m ON m.user_id = c.user_id
    UNION ALL
    SELECT m.organisation_id, (c.completed_at - 345600) / 604800 * 604800 + 345600, 0, 1
    FROM module_completions c JOIN memberships m ON m.user_id = c.user_id)
GROUP BY organisation_id, week;

-- The administrators' list of people goes in name order a page at a time: with this index a page
-- is found by walking names, not by sorting everyone.
CREATE INDEX users_by_name ON users (display_name COLLATE NOCASE, id);
