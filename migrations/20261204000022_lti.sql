-- LTI 1.3 (Advantage): the platform (an LMS such as Moodle / KS Læring) launches our lessons,
-- quizzes and cases. Each registered platform belongs to one organisation: the people it launches
-- become (or are) members of it. Scores go back to the LMS gradebook through the outbox.

CREATE TABLE lti_platforms (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    issuer          TEXT    NOT NULL,                     -- the platform's `iss`
    client_id       TEXT    NOT NULL,                     -- our client id at the platform (`aud`)
    auth_url        TEXT    NOT NULL,                     -- its OIDC authentication request endpoint
    token_url       TEXT    NOT NULL,                     -- its OAuth 2 token endpoint (grades)
    jwks_url        TEXT    NOT NULL,                     -- its public keys
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    created_at      INTEGER NOT NULL,
    disabled_at     INTEGER,
    UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployments (
    platform_id   INTEGER NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    deployment_id TEXT    NOT NULL,
    PRIMARY KEY (platform_id, deployment_id)
);

-- A login started by the platform (third-party initiated login) and not yet launched. The row
-- goes at the launch, so a state and its nonce work once.
CREATE TABLE lti_logins (
    state       TEXT    PRIMARY KEY,
    platform_id INTEGER NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    nonce       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

-- A resource link a person was launched into: where grades for it go.
CREATE TABLE lti_links (
    id               INTEGER PRIMARY KEY,
    platform_id      INTEGER NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lti_user         TEXT    NOT NULL,                    -- the person's `sub` at the platform
    resource_link_id TEXT    NOT NULL,
    target           TEXT    NOT NULL,                    -- our path, e.g. /courses/c/quizzes/q
    lineitem         TEXT,                                -- AGS line item, when grades go back
    launched_at      INTEGER NOT NULL,
    UNIQUE (platform_id, resource_link_id, user_id)
);
CREATE INDEX lti_links_by_user ON lti_links (user_id, target);

-- A deep-linking request waiting for the teacher's choice.
CREATE TABLE lti_deep_links (
    token_hash    TEXT    PRIMARY KEY,
    platform_id   INTEGER NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    deployment_id TEXT    NOT NULL,
    return_url    TEXT    NOT NULL,
    data          TEXT,
    created_at    INTEGER NOT NULL
);

-- The tool's RSA keys (RS256, as LTI requires): sign deep-linking answers and grade requests.
CREATE TABLE lti_keys (
    kid         TEXT    PRIMARY KEY,
    private_key TEXT    NOT NULL,                         -- PKCS#1 DER, base64
    public_jwk  TEXT    NOT NULL,                         -- JSON
    created_at  INTEGER NOT NULL
);
