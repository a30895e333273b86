CREATE SCHEMA IF NOT EXISTS directory;

CREATE TABLE directory.organisation
(
  id              UUID PRIMARY KEY,
  type            VARCHAR(32)  NOT NULL,
  name            VARCHAR(300) NOT NULL,
  short_name      VARCHAR(100),
  tax_code        VARCHAR(14),
  province        VARCHAR(100),
  commune         VARCHAR(100),
  street_address  VARCHAR(300),
  email           VARCHAR(254),
  phone           VARCHAR(30),
  website         VARCHAR(300),
  description     TEXT,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX organisation_tax_code_uq ON directory.organisation (tax_code) WHERE tax_code IS NOT NULL;
