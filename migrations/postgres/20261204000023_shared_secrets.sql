-- PostgreSQL twin of migrations/20261204000023_shared_secrets.sql (SQLite); the same table.

-- Secrets every server instance on this database must share. Today: the key that signs session
-- cookies (`session_key`, hex), so a session made by one instance is valid on all of them and a
-- load balancer needs no sticky routing. Written once, by whichever instance starts first (an
-- older installation's `data/session.key` is carried over), and never changed by the server.
CREATE TABLE shared_secrets (
    name       TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);
