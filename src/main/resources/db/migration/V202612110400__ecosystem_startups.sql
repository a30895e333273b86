-- Startups and innovation organisations (issue 21, ADR 0072): the profile an organisation of the
-- directory keeps as a startup, incubator, innovation or startup-support centre, intermediary or
-- investor, and its recognition by the Department under a startup-recognition rule version. The
-- organisation's name, address and tax code stay in the directory; indexed_name is the name as the
-- search index last read it (refreshed on every save), never shown from here.
CREATE SCHEMA IF NOT EXISTS ecosystem;

CREATE TABLE ecosystem.innovator_profile
(
  id                  UUID PRIMARY KEY,
  organisation_id     UUID          NOT NULL UNIQUE,
  kind                VARCHAR(30)   NOT NULL,
  stage               VARCHAR(20),
  founded_year        INTEGER,
  team_size           INTEGER       NOT NULL,
  team                TEXT          NOT NULL,
  product             VARCHAR(300)  NOT NULL,
  product_description TEXT          NOT NULL,
  indexed_name        VARCHAR(500)  NOT NULL,
  state               VARCHAR(20)   NOT NULL,
  applied_by          UUID,
  applied_at          TIMESTAMP WITH TIME ZONE,
  rule_version        VARCHAR(60),
  criteria_met        TEXT,
  decision_note       TEXT,
  decided_by          VARCHAR(100),
  recognised_at       TIMESTAMP WITH TIME ZONE,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX innovator_profile_state ON ecosystem.innovator_profile (state);

CREATE TABLE ecosystem.innovator_field
(
  profile_id UUID        NOT NULL REFERENCES ecosystem.innovator_profile (id) ON DELETE CASCADE,
  code       VARCHAR(10) NOT NULL,
  PRIMARY KEY (profile_id, code)
);

-- Funding rounds as ranges: what a startup says it raised, never an exact sum.
CREATE TABLE ecosystem.innovator_funding_round
(
  profile_id UUID         NOT NULL REFERENCES ecosystem.innovator_profile (id) ON DELETE CASCADE,
  position   INTEGER      NOT NULL,
  name       VARCHAR(100) NOT NULL,
  year       INTEGER      NOT NULL,
  amount     VARCHAR(30)  NOT NULL,
  investor   VARCHAR(300),
  PRIMARY KEY (profile_id, position)
);

-- Innovation organisations other than startups join the programme's indicators of task group 5
-- beside the startups (V202612100501 added ECOSYSTEM_STARTUPS_SUPPORTED).
INSERT INTO programs.indicator (id, programme_id, task_group_id, code, name, unit, baseline, baseline_year, direction, source,
                                computation, numerator_label, denominator_label, data_source, published)
VALUES ('00000054-0000-4000-8001-000000002172', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000005',
        'ECOSYSTEM_INNOVATION_ORGANISATIONS', 'Số tổ chức trung gian, hỗ trợ khởi nghiệp đổi mới sáng tạo được công nhận', 'tổ chức', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_INNOVATION_ORGANISATIONS', NULL, NULL, 'doimoi (khởi nghiệp và tổ chức đổi mới sáng tạo)', TRUE);
