-- Provincial S&T awards (issue 21; Decree 263/2025 covers awards): a round opened by STAFF under a
-- rule version of kind sti-award (its categories), nominations with evidence files, screened by STAFF,
-- scored by one REVIEW council of projects for the whole round (ADR 0068, kind award-round), and the
-- decision that gives the awards. The figure joins the 54-CTr/TU indicators of task group 1.
CREATE SCHEMA IF NOT EXISTS ecosystem;

CREATE TABLE ecosystem.award_round
(
  id              UUID PRIMARY KEY,
  title           VARCHAR(300) NOT NULL,
  award_year      INTEGER      NOT NULL,
  rule_version    VARCHAR(60)  NOT NULL,
  opens_on        DATE         NOT NULL,
  closes_on       DATE         NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  council_id      UUID,
  decision_number VARCHAR(100),
  decision_date   DATE,
  decision_signer VARCHAR(200),
  decided_at      TIMESTAMP WITH TIME ZONE,
  opened_by       UUID         NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CHECK (closes_on >= opens_on)
);

CREATE TABLE ecosystem.award_round_category
(
  round_id UUID        NOT NULL REFERENCES ecosystem.award_round (id) ON DELETE CASCADE,
  position INTEGER     NOT NULL,
  code     VARCHAR(60) NOT NULL,
  PRIMARY KEY (round_id, position)
);

CREATE TABLE ecosystem.award_nomination
(
  id                       UUID PRIMARY KEY,
  round_id                 UUID         NOT NULL REFERENCES ecosystem.award_round (id),
  category                 VARCHAR(60)  NOT NULL,
  nominee_kind             VARCHAR(20)  NOT NULL,
  nominee_name             VARCHAR(300) NOT NULL,
  nominee_organisation_id  UUID,
  achievement              VARCHAR(300) NOT NULL,
  summary                  TEXT         NOT NULL,
  nominated_by             UUID         NOT NULL,
  nominator_organisation_id UUID        NOT NULL,
  state                    VARCHAR(20)  NOT NULL,
  screen_note              TEXT,
  council_average          NUMERIC(6, 2),
  submitted_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  awarded_at               TIMESTAMP WITH TIME ZONE,
  version                  BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX award_nomination_round ON ecosystem.award_nomination (round_id, state);
CREATE INDEX award_nomination_by ON ecosystem.award_nomination (nominated_by);

CREATE TABLE ecosystem.award_nomination_file
(
  nomination_id UUID         NOT NULL REFERENCES ecosystem.award_nomination (id) ON DELETE CASCADE,
  position      INTEGER      NOT NULL,
  file_key      VARCHAR(200) NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  media_type    VARCHAR(100) NOT NULL,
  PRIMARY KEY (nomination_id, position)
);

INSERT INTO programs.indicator (id, programme_id, task_group_id, code, name, unit, baseline, baseline_year, direction, source,
                                computation, numerator_label, denominator_label, data_source, published)
VALUES ('00000054-0000-4000-8001-000000002109', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000001',
        'ECOSYSTEM_AWARDS_GIVEN', 'Số giải thưởng khoa học và công nghệ cấp tỉnh được trao', 'giải thưởng', NULL, NULL, 'INCREASE',
        'COMPUTED', 'ECOSYSTEM_AWARDS_GIVEN', NULL, NULL, 'doimoi (giải thưởng KH&CN cấp tỉnh)', TRUE);
