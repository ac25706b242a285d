-- PostgreSQL twin of migrations/20261204000021_sso.sql (SQLite); the same tables, keys, checks
-- and indexes. sso_providers.organisation_id is an INTEGER PRIMARY KEY in SQLite (a rowid alias);
-- it is always given, so here it is a plain BIGINT key.

-- Single sign-on: an organisation's OpenID Connect provider, the people it has signed in, and
-- sign-ins under way. A person who signs in through a provider for the first time gets an account
-- in that organisation; an existing account with the same email is linked only after its owner
-- signs in with its password (never merged silently).

CREATE TABLE sso_providers (
    organisation_id BIGINT  PRIMARY KEY REFERENCES organisations (id),
    issuer          TEXT    NOT NULL,                      -- as in the provider's discovery document
    client_id       TEXT    NOT NULL,
    client_secret   TEXT    NOT NULL,                      -- never shown again once saved
    subject_claim   TEXT    NOT NULL DEFAULT 'sub',        -- which claim identifies the person
    name_claim      TEXT    NOT NULL DEFAULT 'name',
    email_claim     TEXT    NOT NULL DEFAULT 'email',
    org_claim       TEXT,                                  -- with org_value: only people whose token
    org_value       TEXT,                                  -- carries this claim with this value
    disabled_at     BIGINT,
    updated_by      BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    updated_at      BIGINT  NOT NULL,
    CHECK ((org_claim IS NULL) = (org_value IS NULL))
);
CREATE INDEX sso_providers_by_issuer ON sso_providers (issuer);

-- A person at a provider (issuer and the value of its subject claim) and their account here.
CREATE TABLE external_identities (
    issuer          TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    user_id         BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id BIGINT  NOT NULL REFERENCES organisations (id),
    linked_at       BIGINT  NOT NULL,
    last_sign_in_at BIGINT  NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX external_identities_by_user ON external_identities (user_id);

-- A sign-in sent to a provider and not yet back. `state` is also in a cookie of the browser that
-- started it; the row is deleted when the browser comes back, so a state works once.
CREATE TABLE sso_logins (
    state           TEXT    PRIMARY KEY,
    organisation_id BIGINT  NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    nonce           TEXT    NOT NULL,
    pkce_verifier   TEXT    NOT NULL,
    next            TEXT,
    created_at      BIGINT  NOT NULL
);

-- A provider's person whose email belongs to an existing account: waiting for the account's owner
-- to sign in with its password. Only a hash of the token is kept; the token is in a cookie.
CREATE TABLE sso_pending_links (
    token_hash      TEXT    PRIMARY KEY,
    issuer          TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    organisation_id BIGINT  NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id         BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      BIGINT  NOT NULL
);
