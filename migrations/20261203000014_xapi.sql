-- xAPI: an organisation connects its learning record store (LRS); from then on, statements about
-- its people's learning (lessons completed, quiz results, each case decision, certificates) are
-- written here in the transaction that records what they describe, and sent through the outbox
-- (in order per person, retried with back-off until the LRS takes them).

CREATE TABLE lrs_connections (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id),
    endpoint        TEXT    NOT NULL,                 -- the LRS's xAPI base, ending in '/'; statements go to endpoint || 'statements'
    username        TEXT    NOT NULL,                 -- HTTP basic authentication
    password        TEXT    NOT NULL,                 -- never shown again once saved
    updated_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at      INTEGER NOT NULL,
    disabled_at     INTEGER
);

CREATE TABLE xapi_statements (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    statement_id    TEXT    NOT NULL UNIQUE,          -- the statement's own UUID: the LRS keeps a statement once
    verb            TEXT    NOT NULL,                 -- the verb's IRI, for the log
    statement       TEXT    NOT NULL,                 -- the JSON, with activity ids relative to the platform's address
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_status     INTEGER,
    last_error      TEXT,
    last_attempt_at INTEGER,
    delivered_at    INTEGER
);
CREATE INDEX xapi_statements_by_organisation ON xapi_statements (organisation_id, id);
CREATE INDEX xapi_statements_by_user ON xapi_statements (user_id);
