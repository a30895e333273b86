-- S&T tasks, part 1: proposals, calls (with their ordered task), dossiers, councils with score
-- sheets, and approved tasks. Products keep one UUID from the order to the approved task.
CREATE TABLE projects.proposal
(
  id                      UUID PRIMARY KEY,
  organisation_id         UUID         NOT NULL,
  title                   VARCHAR(500) NOT NULL,
  problem                 TEXT         NOT NULL,
  objectives              TEXT         NOT NULL,
  expected_products       TEXT         NOT NULL,
  adopter_name            VARCHAR(300),
  budget_estimate         NUMERIC(18, 0),
  field_codes             VARCHAR(200) NOT NULL DEFAULT '',
  priority_area           VARCHAR(40)  NOT NULL,
  state                   VARCHAR(20)  NOT NULL,
  round_year              INTEGER,
  identification_score    NUMERIC(6, 2),
  method                  VARCHAR(30),
  call_id                 UUID,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  version                 BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.call
(
  id                      UUID PRIMARY KEY,
  code                    VARCHAR(40)  NOT NULL UNIQUE,
  title                   VARCHAR(500) NOT NULL,
  task_type               VARCHAR(30)  NOT NULL,
  method                  VARCHAR(30)  NOT NULL,
  objectives              TEXT         NOT NULL,
  eligibility             TEXT         NOT NULL,
  required_forms          TEXT         NOT NULL,
  field_codes             VARCHAR(200) NOT NULL DEFAULT '',
  adopter_organisation_id UUID,
  budget_ceiling          NUMERIC(18, 0) NOT NULL,
  duration_months         INTEGER      NOT NULL,
  deadline_on             DATE         NOT NULL,
  rule_set_id             VARCHAR(60)  NOT NULL,
  order_decision          VARCHAR(200),
  state                   VARCHAR(20)  NOT NULL,
  opened_at               TIMESTAMP WITH TIME ZONE,
  closed_at               TIMESTAMP WITH TIME ZONE,
  dossiers_opened_at      TIMESTAMP WITH TIME ZONE,
  opening_minutes         TEXT,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  version                 BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.call_product
(
  call_id    UUID         NOT NULL REFERENCES projects.call (id) ON DELETE CASCADE,
  position   INTEGER      NOT NULL,
  product_id UUID         NOT NULL,
  name       VARCHAR(500) NOT NULL,
  quantity   VARCHAR(100) NOT NULL,
  specs      TEXT         NOT NULL DEFAULT '',
  PRIMARY KEY (call_id, position)
);

CREATE TABLE projects.dossier
(
  id                        UUID PRIMARY KEY,
  call_id                   UUID         NOT NULL REFERENCES projects.call (id),
  applicant_organisation_id UUID         NOT NULL,
  principal_investigator_id UUID,
  key_member_ids            TEXT         NOT NULL DEFAULT '',
  partner_organisation_ids  TEXT         NOT NULL DEFAULT '',
  objectives                TEXT         NOT NULL DEFAULT '',
  content                   TEXT         NOT NULL DEFAULT '',
  methods                   TEXT         NOT NULL DEFAULT '',
  schedule                  TEXT         NOT NULL DEFAULT '',
  state_budget              NUMERIC(18, 0) NOT NULL DEFAULT 0,
  other_budget              NUMERIC(18, 0) NOT NULL DEFAULT 0,
  duration_months           INTEGER      NOT NULL,
  state                     VARCHAR(20)  NOT NULL,
  content_hash              VARCHAR(64),
  submitted_at              TIMESTAMP WITH TIME ZONE,
  validity_note             TEXT,
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  version                   BIGINT       NOT NULL DEFAULT 0,
  UNIQUE (call_id, applicant_organisation_id)
);

CREATE TABLE projects.dossier_budget_line
(
  dossier_id   UUID           NOT NULL REFERENCES projects.dossier (id) ON DELETE CASCADE,
  position     INTEGER        NOT NULL,
  item         VARCHAR(300)   NOT NULL,
  state_amount NUMERIC(18, 0) NOT NULL,
  other_amount NUMERIC(18, 0) NOT NULL,
  PRIMARY KEY (dossier_id, position)
);

CREATE TABLE projects.council
(
  id                 UUID PRIMARY KEY,
  call_id            UUID        NOT NULL REFERENCES projects.call (id),
  kind               VARCHAR(20) NOT NULL,
  rule_set_id        VARCHAR(60) NOT NULL,
  decision_number    VARCHAR(100),
  state              VARCHAR(20) NOT NULL,
  meeting_started_at TIMESTAMP WITH TIME ZONE,
  concluded_at       TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE projects.council_member
(
  council_id      UUID         NOT NULL REFERENCES projects.council (id) ON DELETE CASCADE,
  position        INTEGER      NOT NULL,
  person_id       UUID         NOT NULL,
  full_name       VARCHAR(200) NOT NULL,
  role            VARCHAR(20)  NOT NULL,
  organisation_id UUID,
  user_id         UUID,
  conflicts       VARCHAR(300) NOT NULL DEFAULT '',
  declared_at     TIMESTAMP WITH TIME ZONE,
  present         BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (council_id, position)
);

CREATE TABLE projects.score_sheet
(
  council_id   UUID          NOT NULL REFERENCES projects.council (id) ON DELETE CASCADE,
  person_id    UUID          NOT NULL,
  dossier_id   UUID          NOT NULL,
  scores       VARCHAR(500)  NOT NULL,
  total        NUMERIC(6, 2) NOT NULL,
  comment      TEXT,
  submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (council_id, person_id, dossier_id)
);

CREATE TABLE projects.sanction
(
  id          UUID PRIMARY KEY,
  person_id   UUID         NOT NULL,
  description VARCHAR(500) NOT NULL,
  valid_until DATE         NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sanction_person_idx ON projects.sanction (person_id);

CREATE TABLE projects.task
(
  id                        UUID PRIMARY KEY,
  code                      VARCHAR(40)  NOT NULL UNIQUE,
  title                     VARCHAR(500) NOT NULL,
  task_type                 VARCHAR(30)  NOT NULL,
  method                    VARCHAR(30)  NOT NULL,
  call_id                   UUID         NOT NULL REFERENCES projects.call (id),
  dossier_id                UUID         NOT NULL REFERENCES projects.dossier (id),
  host_organisation_id      UUID         NOT NULL,
  principal_investigator_id UUID,
  adopter_organisation_id   UUID,
  field_codes               VARCHAR(200) NOT NULL DEFAULT '',
  objectives                TEXT         NOT NULL,
  score                     NUMERIC(6, 2) NOT NULL,
  requested_state_budget    NUMERIC(18, 0) NOT NULL,
  state_budget              NUMERIC(18, 0) NOT NULL,
  other_budget              NUMERIC(18, 0) NOT NULL,
  duration_months           INTEGER      NOT NULL,
  state                     VARCHAR(30)  NOT NULL,
  appraisal_note            TEXT,
  decision_number           VARCHAR(100),
  decision_date             DATE,
  decision_signer           VARCHAR(200),
  approved_at               TIMESTAMP WITH TIME ZONE,
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  version                   BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.task_product
(
  task_id    UUID         NOT NULL REFERENCES projects.task (id) ON DELETE CASCADE,
  position   INTEGER      NOT NULL,
  product_id UUID         NOT NULL,
  name       VARCHAR(500) NOT NULL,
  quantity   VARCHAR(100) NOT NULL,
  specs      TEXT         NOT NULL DEFAULT '',
  PRIMARY KEY (task_id, position)
);
