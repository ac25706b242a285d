-- Learning networks: several organisations (the HelseSamArbeid model: municipalities that train
-- coordinators together). Administrators of a member organisation see the network's figures per
-- organisation, never another organisation's people.
CREATE TABLE networks (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE network_members (
    network_id      INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    joined_at       INTEGER NOT NULL,
    PRIMARY KEY (network_id, organisation_id)
);
CREATE INDEX network_members_by_organisation ON network_members (organisation_id);
