-- Webhooks: an organisation's administrators register URLs for events; each event becomes a
-- delivery, signed and sent through the outbox (retried with back-off until the receiver takes
-- it), with a log the administrators see and can replay from.

-- Outbox rows with the same subject are delivered in the order they were written: a later event
-- about a person waits until the earlier ones to the same receiver have been delivered.
ALTER TABLE outbox ADD COLUMN subject TEXT;
CREATE INDEX outbox_waiting_by_subject ON outbox (subject, id) WHERE delivered_at IS NULL;

CREATE TABLE webhooks (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    url             TEXT    NOT NULL,
    events          TEXT    NOT NULL,                 -- space-separated, e.g. 'module.completed certificate.revoked'
    secret          TEXT    NOT NULL,                 -- signs every payload (HMAC-SHA256); shown once
    created_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    revealed_at     INTEGER,
    disabled_at     INTEGER
);
CREATE INDEX webhooks_by_organisation ON webhooks (organisation_id);

CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    webhook_id      INTEGER NOT NULL REFERENCES webhooks (id),
    event_id        TEXT    NOT NULL,                 -- the same in a replay, so receivers can tell
    event           TEXT    NOT NULL,
    payload         TEXT    NOT NULL,                 -- the JSON body, exactly as sent
    created_at      INTEGER NOT NULL,
    replay_of       INTEGER REFERENCES webhook_deliveries (id),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_status     INTEGER,                          -- the receiver's HTTP status, if it answered
    last_error      TEXT,
    last_attempt_at INTEGER,
    delivered_at    INTEGER
);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, id);
