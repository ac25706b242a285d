-- PostgreSQL twin of migrations/20261123000009_privacy.sql (SQLite); identical.

-- Privacy: a learner can delete their account. The row stays, emptied (no name, email or usable
-- password), only because the certificates it earned must keep their holder: certificates are
-- kept, verifiable by their code, as SECURITY.md's retention policy says. Everything else about
-- the person is deleted with the account.
ALTER TABLE users ADD COLUMN deleted_at BIGINT;
