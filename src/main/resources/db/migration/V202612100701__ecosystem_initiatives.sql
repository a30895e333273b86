-- Initiatives (issue 21): declarations with co-authors and evidence, their council (a REVIEW
-- council of projects, ADR 0068) and the recognition decision.
CREATE SCHEMA IF NOT EXISTS ecosystem;

CREATE TABLE ecosystem.initiative
(
  id               UUID PRIMARY KEY,
  author_user_id   UUID           NOT NULL,
  author_name      VARCHAR(200)   NOT NULL,
  author_person_id UUID,
  organisation_id  UUID,
  title            VARCHAR(300)   NOT NULL,
  field            VARCHAR(200)   NOT NULL,
  description      TEXT           NOT NULL,
  scope            TEXT           NOT NULL,
  applied_since    DATE,
  economic_benefit NUMERIC(18, 0),
  social_benefit   TEXT           NOT NULL,
  author_share     INTEGER        NOT NULL,
  state            VARCHAR(20)    NOT NULL,
  return_note      TEXT,
  council_id       UUID,
  council_average  NUMERIC(6, 2),
  decision_number  VARCHAR(100),
  decision_date    DATE,
  decision_signer  VARCHAR(200),
  declared_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  recognised_at    TIMESTAMP WITH TIME ZONE,
  version          BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX initiative_author ON ecosystem.initiative (author_user_id);
CREATE INDEX initiative_state ON ecosystem.initiative (state);

CREATE TABLE ecosystem.initiative_co_author
(
  initiative_id UUID         NOT NULL REFERENCES ecosystem.initiative (id) ON DELETE CASCADE,
  position      INTEGER      NOT NULL,
  full_name     VARCHAR(200) NOT NULL,
  share_percent INTEGER      NOT NULL,
  PRIMARY KEY (initiative_id, position)
);

CREATE TABLE ecosystem.initiative_evidence
(
  initiative_id UUID         NOT NULL REFERENCES ecosystem.initiative (id) ON DELETE CASCADE,
  position      INTEGER      NOT NULL,
  file_key      VARCHAR(200) NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  media_type    VARCHAR(100) NOT NULL,
  PRIMARY KEY (initiative_id, position)
);
