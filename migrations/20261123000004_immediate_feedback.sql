-- Immediate feedback: an answer checked during the attempt is graded at once and locked.
ALTER TABLE quiz_answers ADD COLUMN checked_at INTEGER;   -- set when checked; the answer no longer changes
