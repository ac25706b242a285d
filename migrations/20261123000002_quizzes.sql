-- Quizzes: the item bank and quizzes of each published version (immutable like lessons), and the
-- learners' attempts with what each attempt showed and every answer.

CREATE TABLE quiz_items (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    item_id           TEXT    NOT NULL,
    definition        TEXT    NOT NULL,                   -- JSON: the item with its key
    PRIMARY KEY (course_version_id, item_id)
);

CREATE TABLE quizzes (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    quiz_id           TEXT    NOT NULL,
    module_id         TEXT    NOT NULL,
    definition        TEXT    NOT NULL,                   -- JSON: rules and selection
    PRIMARY KEY (course_version_id, quiz_id)
);

CREATE TRIGGER quiz_items_are_immutable BEFORE UPDATE ON quiz_items
BEGIN SELECT RAISE(ABORT, 'published quiz items are immutable'); END;
CREATE TRIGGER quiz_items_are_kept BEFORE DELETE ON quiz_items
BEGIN SELECT RAISE(ABORT, 'published quiz items are immutable'); END;
CREATE TRIGGER quizzes_are_immutable BEFORE UPDATE ON quizzes
BEGIN SELECT RAISE(ABORT, 'published quizzes are immutable'); END;
CREATE TRIGGER quizzes_are_kept BEFORE DELETE ON quizzes
BEGIN SELECT RAISE(ABORT, 'published quizzes are immutable'); END;

CREATE TABLE quiz_attempts (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_version_id INTEGER NOT NULL,
    quiz_id           TEXT    NOT NULL,
    number            INTEGER NOT NULL,                   -- 1, 2, … per learner and quiz
    placed            TEXT    NOT NULL,                   -- JSON: items and option order as shown
    started_at        INTEGER NOT NULL,
    deadline          INTEGER,                            -- NULL: untimed
    submitted_at      INTEGER,
    earned_milli      INTEGER,
    possible          INTEGER,
    percent           INTEGER,
    passed            INTEGER,
    FOREIGN KEY (course_version_id, quiz_id) REFERENCES quizzes (course_version_id, quiz_id),
    UNIQUE (user_id, course_version_id, quiz_id, number)
);

-- At most one open attempt per learner and quiz: starting twice resumes the first.
CREATE UNIQUE INDEX quiz_attempts_one_open
    ON quiz_attempts (user_id, course_version_id, quiz_id) WHERE submitted_at IS NULL;

CREATE TABLE quiz_answers (
    attempt_id INTEGER NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
    item_id    TEXT    NOT NULL,
    response   TEXT    NOT NULL,                          -- JSON: the answer as given
    saved_at   INTEGER NOT NULL,
    credit     INTEGER,                                   -- thousandths, set when graded
    PRIMARY KEY (attempt_id, item_id)
);
