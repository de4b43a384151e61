-- Test-only migration: a "later release" that DatabaseTest applies to an existing database.
CREATE TABLE fixture_upgrade (id INTEGER PRIMARY KEY);
