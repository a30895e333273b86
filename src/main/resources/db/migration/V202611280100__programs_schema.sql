CREATE SCHEMA IF NOT EXISTS programs;

CREATE TABLE programs.programme
(
  id               UUID PRIMARY KEY,
  number           VARCHAR(50)  NOT NULL UNIQUE,
  title            TEXT         NOT NULL,
  issuing_body     VARCHAR(300) NOT NULL,
  issued_on        DATE         NOT NULL,
  period_from      INT          NOT NULL,
  period_to        INT          NOT NULL,
  summary          TEXT,
  -- The document in the portal's library, by number and address until the library exists.
  document_number  VARCHAR(100),
  document_url     VARCHAR(500),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE programs.task_group
(
  id            UUID PRIMARY KEY,
  programme_id  UUID NOT NULL REFERENCES programs.programme (id),
  position      INT  NOT NULL,
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  UNIQUE (programme_id, position)
);

CREATE TABLE programs.assignment
(
  id                UUID PRIMARY KEY,
  task_group_id     UUID         NOT NULL REFERENCES programs.task_group (id),
  title             VARCHAR(500) NOT NULL,
  description       TEXT,
  lead_agency_id    UUID         NOT NULL,
  expected_outputs  TEXT,
  recurrence        VARCHAR(20)  NOT NULL,
  starts_on         DATE         NOT NULL,
  deadline          DATE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX assignment_lead_agency_idx ON programs.assignment (lead_agency_id);

CREATE TABLE programs.assignment_cooperating_agency
(
  assignment_id  UUID NOT NULL REFERENCES programs.assignment (id),
  agency_id      UUID NOT NULL,
  PRIMARY KEY (assignment_id, agency_id)
);

CREATE TABLE programs.indicator
(
  id              UUID PRIMARY KEY,
  programme_id    UUID          NOT NULL REFERENCES programs.programme (id),
  task_group_id   UUID REFERENCES programs.task_group (id),
  code            VARCHAR(50)   NOT NULL UNIQUE,
  name            VARCHAR(500)  NOT NULL,
  unit            VARCHAR(50)   NOT NULL,
  baseline        NUMERIC(20, 4),
  baseline_year   INT,
  direction       VARCHAR(20)   NOT NULL,
  source          VARCHAR(20)   NOT NULL,
  computation     VARCHAR(50),
  numerator_label    VARCHAR(300),
  denominator_label  VARCHAR(300),
  data_source     VARCHAR(500),
  published       BOOLEAN       NOT NULL DEFAULT FALSE,
  version         BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE programs.indicator_target
(
  indicator_id  UUID NOT NULL REFERENCES programs.indicator (id),
  year          INT  NOT NULL,
  target        NUMERIC(20, 4) NOT NULL,
  PRIMARY KEY (indicator_id, year)
);

CREATE TABLE programs.agency_report
(
  id              UUID PRIMARY KEY,
  assignment_id   UUID         NOT NULL REFERENCES programs.assignment (id),
  agency_id       UUID         NOT NULL,
  period          VARCHAR(20)  NOT NULL,
  period_start    DATE         NOT NULL,
  period_end      DATE         NOT NULL,
  due_on          DATE         NOT NULL,
  state           VARCHAR(30)  NOT NULL,
  progress        VARCHAR(30)  NOT NULL,
  narrative       TEXT         NOT NULL,
  review_note     TEXT,
  submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_at     TIMESTAMP WITH TIME ZONE,
  late            BOOLEAN      NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  UNIQUE (assignment_id, period)
);
CREATE INDEX agency_report_agency_idx ON programs.agency_report (agency_id);

CREATE TABLE programs.report_indicator_value
(
  report_id     UUID NOT NULL REFERENCES programs.agency_report (id),
  indicator_id  UUID NOT NULL REFERENCES programs.indicator (id),
  value         NUMERIC(20, 4) NOT NULL,
  numerator     NUMERIC(24, 4),
  denominator   NUMERIC(24, 4),
  PRIMARY KEY (report_id, indicator_id)
);

-- Evidence files, stored by their SHA-256 in the database (outside the web root, shared by all nodes).
CREATE TABLE programs.evidence_file
(
  id            UUID PRIMARY KEY,
  report_id     UUID         NOT NULL REFERENCES programs.agency_report (id),
  filename      VARCHAR(255) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size          BIGINT       NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE programs.file_content
(
  sha256   VARCHAR(64) PRIMARY KEY,
  content  BYTEA    NOT NULL
);
