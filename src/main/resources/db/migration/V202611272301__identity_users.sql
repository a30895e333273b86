CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.app_user
(
  id              UUID PRIMARY KEY,
  username        VARCHAR(64)  NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  email           VARCHAR(254) NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  -- the organisation the user acts for (directory.organisation.id; no cross-schema foreign key)
  organisation_id UUID,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP WITH TIME ZONE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_uq ON identity.app_user (lower(username));
CREATE UNIQUE INDEX app_user_email_uq ON identity.app_user (lower(email));
CREATE INDEX app_user_organisation_idx ON identity.app_user (organisation_id);

CREATE TABLE identity.user_role
(
  user_id UUID        NOT NULL REFERENCES identity.app_user (id) ON DELETE CASCADE,
  role    VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role)
);
