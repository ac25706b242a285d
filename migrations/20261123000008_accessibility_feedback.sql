-- Feedback from the accessibility statement's form: kept, and sent to the platform's address
-- through the outbox in the same transaction.
CREATE TABLE accessibility_feedback (
    id         INTEGER PRIMARY KEY,
    message    TEXT    NOT NULL,
    contact    TEXT,                                      -- how to answer, if the sender wants an answer
    page       TEXT,                                      -- the page it is about, if given
    lang       TEXT    NOT NULL,
    user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
