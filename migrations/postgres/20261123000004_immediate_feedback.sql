-- PostgreSQL twin of migrations/20261123000004_immediate_feedback.sql (SQLite); identical.

-- Immediate feedback: an answer checked during the attempt is graded at once and locked.
ALTER TABLE quiz_answers ADD COLUMN checked_at BIGINT;    -- set when checked; the answer no longer changes
