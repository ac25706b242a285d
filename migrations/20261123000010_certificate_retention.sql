-- Retention of certificates after their holder deleted the account: by default they are kept,
-- verifiable by their code, for ever; an installation may set a period after which they are
-- erased (`deleted_certificates_days`). The guards that keep certificates and their log now let a
-- row go only when its holder's account is deleted; for everyone else nothing changes.
DROP TRIGGER certificates_are_kept;
CREATE TRIGGER certificates_are_kept BEFORE DELETE ON certificates
WHEN (SELECT deleted_at FROM users WHERE id = OLD.user_id) IS NULL
BEGIN SELECT RAISE(ABORT, 'certificates are kept'); END;

DROP TRIGGER certificate_events_are_kept;
CREATE TRIGGER certificate_events_are_kept BEFORE DELETE ON certificate_events
WHEN (SELECT u.deleted_at FROM certificates c JOIN users u ON u.id = c.user_id
      WHERE c.id = OLD.certificate_id) IS NULL
BEGIN SELECT RAISE(ABORT, 'the certificate log is append-only'); END;
