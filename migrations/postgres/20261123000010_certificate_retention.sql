-- PostgreSQL twin of migrations/20261123000010_certificate_retention.sql (SQLite). SQLite drops the
-- two triggers and creates them again with a WHEN clause. A PostgreSQL trigger's WHEN cannot hold
-- a subquery, so the triggers stay and their functions are replaced: the same condition, tested
-- in the function, guards the same RAISE (same message text).

-- Retention of certificates after their holder deleted the account: by default they are kept,
-- verifiable by their code, for ever; an installation may set a period after which they are
-- erased (`deleted_certificates_days`). The guards that keep certificates and their log now let a
-- row go only when its holder's account is deleted; for everyone else nothing changes.
CREATE OR REPLACE FUNCTION certificates_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT deleted_at FROM users WHERE id = OLD.user_id) IS NULL THEN
        RAISE EXCEPTION 'certificates are kept';
    END IF;
    RETURN OLD;
END $$;

CREATE OR REPLACE FUNCTION certificate_events_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT u.deleted_at FROM certificates c JOIN users u ON u.id = c.user_id
        WHERE c.id = OLD.certificate_id) IS NULL THEN
        RAISE EXCEPTION 'the certificate log is append-only';
    END IF;
    RETURN OLD;
END $$;
