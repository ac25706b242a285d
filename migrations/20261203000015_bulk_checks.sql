-- Bulk verification: an organisation's administrator pastes a list of certificate codes and
-- employees' email addresses and sees each one's status. The list is kept so the answer page
-- can be opened (and downloaded) without JavaScript, and erased a day later by the hourly
-- clean-up, like roster files.
CREATE TABLE bulk_checks (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    created_by      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    input           TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX bulk_checks_by_time ON bulk_checks (created_at);
