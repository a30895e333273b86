-- The S&T field classification (Circular 24/2025/TT-BKHCN): field (1 digit), sector (3), major (5),
-- sub-field (7). Loaded from directory/field-codes.csv at first start; administrators import the full list.
CREATE TABLE directory.field_code
(
  code        VARCHAR(16)  PRIMARY KEY,
  parent_code VARCHAR(16)  REFERENCES directory.field_code (code),
  level       INTEGER      NOT NULL CHECK (level BETWEEN 1 AND 4),
  name_vi     VARCHAR(300) NOT NULL,
  name_en     VARCHAR(300)
);

ALTER TABLE directory.organisation
  ADD COLUMN registration_number VARCHAR(50),
  ADD COLUMN verified            BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN verified_at         TIMESTAMP WITH TIME ZONE,
  ADD COLUMN verified_by         VARCHAR(100);

CREATE TABLE directory.organisation_field
(
  organisation_id UUID        NOT NULL REFERENCES directory.organisation (id) ON DELETE CASCADE,
  code            VARCHAR(16) NOT NULL REFERENCES directory.field_code (code),
  PRIMARY KEY (organisation_id, code)
);
