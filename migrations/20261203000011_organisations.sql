-- Organisations (municipalities, regions, employers), their people and invitations to join.
-- A person belongs to an organisation as a member or as one of its administrators; what an
-- administrator may see is limited to the people of the organisations they administer.

CREATE TABLE organisations (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    kind       TEXT    NOT NULL CHECK (kind IN ('municipality', 'region', 'employer')),
    created_at INTEGER NOT NULL
);

CREATE TABLE memberships (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('member', 'admin')),
    joined_at       INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

-- The link in the email carries a signed token naming a row here; the row makes it single-use
-- and revocable, the signature and `expires_at` make it expire.
CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    email           TEXT    NOT NULL,                 -- trimmed and lower-cased
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('member', 'admin')),
    invited_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    accepted_at     INTEGER,
    accepted_by     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    revoked_at      INTEGER
);
-- One open invitation per person and organisation: inviting again renews it.
CREATE UNIQUE INDEX invitations_open ON invitations (organisation_id, email)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;

-- A roster file waiting to be imported: the dry run reads it and shows every row's outcome and
-- problem; only the import itself sends invitations, and then deletes the file. Files left
-- waiting are deleted by the hourly clean-up after a day.
CREATE TABLE roster_imports (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    created_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    content         TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
