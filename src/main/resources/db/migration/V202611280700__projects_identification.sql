-- S&T tasks part 1, second round: the identification round and its council (the council table
-- now serves both kinds), the ordered list's approval decision with its PDF, budget appraisal
-- per line, and files attached to dossiers.
ALTER TABLE projects.council ALTER COLUMN call_id DROP NOT NULL;
ALTER TABLE projects.council ADD COLUMN round_id UUID;
ALTER TABLE projects.score_sheet ADD COLUMN recommends BOOLEAN;
ALTER TABLE projects.proposal ADD COLUMN round_id UUID;

CREATE TABLE projects.identification_round
(
  id           UUID PRIMARY KEY,
  year         INTEGER      NOT NULL UNIQUE,
  title        VARCHAR(300) NOT NULL,
  rule_set_id  VARCHAR(60)  NOT NULL,
  state        VARCHAR(20)  NOT NULL,
  council_id   UUID,
  concluded_at TIMESTAMP WITH TIME ZONE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.round_outcome
(
  round_id    UUID          NOT NULL REFERENCES projects.identification_round (id) ON DELETE CASCADE,
  proposal_id UUID          NOT NULL,
  position    INTEGER       NOT NULL,
  task_name   VARCHAR(500)  NOT NULL,
  objectives  TEXT          NOT NULL,
  method      VARCHAR(30)   NOT NULL,
  average     NUMERIC(6, 2),
  votes_for   INTEGER       NOT NULL DEFAULT 0,
  votes_cast  INTEGER       NOT NULL DEFAULT 0,
  priority    INTEGER       NOT NULL DEFAULT 0,
  recommended BOOLEAN,
  PRIMARY KEY (round_id, proposal_id)
);

CREATE TABLE projects.round_outcome_product
(
  round_id    UUID         NOT NULL REFERENCES projects.identification_round (id) ON DELETE CASCADE,
  proposal_id UUID         NOT NULL,
  position    INTEGER      NOT NULL,
  product_id  UUID         NOT NULL,
  name        VARCHAR(500) NOT NULL,
  quantity    VARCHAR(100) NOT NULL,
  specs       TEXT         NOT NULL DEFAULT '',
  PRIMARY KEY (round_id, proposal_id, position)
);

CREATE TABLE projects.ordered_list
(
  id              UUID PRIMARY KEY,
  round_id        UUID         NOT NULL UNIQUE REFERENCES projects.identification_round (id),
  state           VARCHAR(20)  NOT NULL,
  decision_number VARCHAR(100),
  decision_date   DATE,
  signer          VARCHAR(200),
  file_name       VARCHAR(200),
  file_sha256     VARCHAR(64),
  file_size       BIGINT,
  approved_at     TIMESTAMP WITH TIME ZONE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.task_budget_line
(
  task_id         UUID           NOT NULL REFERENCES projects.task (id) ON DELETE CASCADE,
  position        INTEGER        NOT NULL,
  item            VARCHAR(300)   NOT NULL,
  requested_state NUMERIC(18, 0) NOT NULL,
  requested_other NUMERIC(18, 0) NOT NULL,
  approved_state  NUMERIC(18, 0) NOT NULL,
  approved_other  NUMERIC(18, 0) NOT NULL,
  reason          VARCHAR(500),
  PRIMARY KEY (task_id, position)
);

CREATE TABLE projects.dossier_file
(
  dossier_id   UUID         NOT NULL REFERENCES projects.dossier (id) ON DELETE CASCADE,
  position     INTEGER      NOT NULL,
  file_id      UUID         NOT NULL,
  kind         VARCHAR(30)  NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  file_size    BIGINT       NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (dossier_id, position)
);
