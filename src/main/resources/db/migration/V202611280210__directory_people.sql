-- People of the S&T directory: scientists, experts, inventors. Private data (national ID, phone,
-- declared relatives) lives in the same row but is never shown publicly nor indexed.
CREATE TABLE directory.person
(
  id                UUID PRIMARY KEY,
  full_name         VARCHAR(200) NOT NULL,
  academic_title    VARCHAR(16),
  degree            VARCHAR(16),
  position          VARCHAR(200),
  organisation_id   UUID REFERENCES directory.organisation (id),
  email             VARCHAR(254),
  orcid             VARCHAR(19),
  expertise         TEXT,
  publications      TEXT,
  patents           TEXT,
  biography         TEXT,
  accepts_review    BOOLEAN NOT NULL DEFAULT FALSE,
  user_id           UUID,
  national_id       VARCHAR(12),
  phone             VARCHAR(30),
  declared_relatives TEXT,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX person_orcid_uq ON directory.person (orcid) WHERE orcid IS NOT NULL;
CREATE UNIQUE INDEX person_user_uq ON directory.person (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX person_organisation_idx ON directory.person (organisation_id);

CREATE TABLE directory.person_field
(
  person_id UUID        NOT NULL REFERENCES directory.person (id) ON DELETE CASCADE,
  code      VARCHAR(16) NOT NULL REFERENCES directory.field_code (code),
  PRIMARY KEY (person_id, code)
);

