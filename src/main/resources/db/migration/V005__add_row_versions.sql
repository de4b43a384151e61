-- Optimistic locking (issue 9, section 6; ADR 0015): every editable record carries a version that
-- each change increments; a change made from an older version is refused, never silently lost.
ALTER TABLE organization ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
