-- Who registered an organization (a user name; empty for rows registered before this version).
-- The four-eyes rule of the check-character override needs it (ADR 0013).
ALTER TABLE organization ADD COLUMN registered_by VARCHAR(32);
