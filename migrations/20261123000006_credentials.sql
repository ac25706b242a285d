-- Open Badges 3.0 credentials: the keys that sign them. A key is never deleted: after a rotation
-- the old key stops signing but stays published in the JWKS, so every credential signed with it
-- still verifies. A certificate's place in the status lists is its id, so it needs no column.

CREATE TABLE signing_keys (
    id            INTEGER PRIMARY KEY,
    kid           TEXT    NOT NULL UNIQUE,               -- the key's name in the JWKS
    algorithm     TEXT    NOT NULL CHECK (algorithm = 'EdDSA'),
    private_pkcs8 BLOB    NOT NULL,                      -- never leaves the server
    public_x      TEXT    NOT NULL,                      -- base64url Ed25519 public key (JWK "x")
    created_at    INTEGER NOT NULL,
    retired_at    INTEGER                                -- no longer signs; still published
);

CREATE TRIGGER signing_keys_are_kept BEFORE DELETE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'signing keys are kept so earlier credentials still verify'); END;
CREATE TRIGGER signing_keys_keep_their_material BEFORE UPDATE OF kid, algorithm, private_pkcs8, public_x,
    created_at ON signing_keys
BEGIN SELECT RAISE(ABORT, 'a signing key cannot be changed, only retired'); END;
