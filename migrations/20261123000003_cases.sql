-- Case simulations: the cases of each published version (immutable like lessons and quizzes), the
-- learners' runs, and every decision with the state before and after it (for the debrief, path
-- analytics and the xAPI feed).

CREATE TABLE cases (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    case_id           TEXT    NOT NULL,
    module_id         TEXT    NOT NULL,
    definition        TEXT    NOT NULL,                   -- JSON: the checked case
    PRIMARY KEY (course_version_id, case_id)
);

CREATE TRIGGER cases_are_immutable BEFORE UPDATE ON cases
BEGIN SELECT RAISE(ABORT, 'published cases are immutable'); END;
CREATE TRIGGER cases_are_kept BEFORE DELETE ON cases
BEGIN SELECT RAISE(ABORT, 'published cases are immutable'); END;

CREATE TABLE case_runs (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_version_id INTEGER NOT NULL,
    case_id           TEXT    NOT NULL,
    number            INTEGER NOT NULL,                   -- 1, 2, … per learner and case
    steps             INTEGER NOT NULL DEFAULT 0,         -- decisions made; guards against double posts
    state             TEXT    NOT NULL,                   -- JSON: where the run is now
    node_id           TEXT    NOT NULL,                   -- the current node (for analytics)
    started_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    finished_at       INTEGER,
    outcome           TEXT,
    score             INTEGER,
    FOREIGN KEY (course_version_id, case_id) REFERENCES cases (course_version_id, case_id),
    UNIQUE (user_id, course_version_id, case_id, number)
);

-- At most one unfinished run per learner and case: starting twice resumes it.
CREATE UNIQUE INDEX case_runs_one_open
    ON case_runs (user_id, course_version_id, case_id) WHERE finished_at IS NULL;
CREATE INDEX case_runs_by_case ON case_runs (course_version_id, case_id);

CREATE TABLE case_decisions (
    run_id       INTEGER NOT NULL REFERENCES case_runs (id) ON DELETE CASCADE,
    step         INTEGER NOT NULL,                        -- 1, 2, … within the run
    node_id      TEXT    NOT NULL,
    choice_id    TEXT    NOT NULL,
    state_before TEXT    NOT NULL,                        -- JSON
    state_after  TEXT    NOT NULL,                        -- JSON
    decided_at   INTEGER NOT NULL,
    PRIMARY KEY (run_id, step)
);

-- A decision, once made, is history.
CREATE TRIGGER case_decisions_are_immutable BEFORE UPDATE ON case_decisions
BEGIN SELECT RAISE(ABORT, 'case decisions are immutable'); END;
