-- System-wide settings of one installation (rules marked [L] in the domain rules become rows
-- here, with their documented default applied in code when no row exists).
-- Portable SQL only: the same migrations must also run on PostgreSQL.
CREATE TABLE app_setting (
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_setting PRIMARY KEY (setting_key)
);
