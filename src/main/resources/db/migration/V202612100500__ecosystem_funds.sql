-- Enterprise S&T development funds (issue 21, ADR 0066): yearly allocations with the rule version
-- they were checked against, spending by eligible use with its evidence file, and the yearly report
-- an enterprise files to the Department (a snapshot, never recomputed). One account row per
-- organisation is locked while its fund changes, so two members cannot spend the same balance.
CREATE SCHEMA IF NOT EXISTS ecosystem;

CREATE TABLE ecosystem.fund_account
(
  organisation_id UUID PRIMARY KEY,
  opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE ecosystem.fund_allocation
(
  id              UUID PRIMARY KEY,
  organisation_id UUID           NOT NULL REFERENCES ecosystem.fund_account (organisation_id),
  tax_year        INT            NOT NULL,
  allocated_on    DATE           NOT NULL,
  taxable_income  NUMERIC(20, 0) NOT NULL CHECK (taxable_income >= 0),
  amount          NUMERIC(20, 0) NOT NULL CHECK (amount > 0),
  rule_version    VARCHAR(60)    NOT NULL,
  recorded_by     UUID           NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (organisation_id, tax_year)
);

CREATE TABLE ecosystem.fund_spending
(
  id              UUID PRIMARY KEY,
  organisation_id UUID           NOT NULL REFERENCES ecosystem.fund_account (organisation_id),
  spent_on        DATE           NOT NULL,
  use_code        VARCHAR(60)    NOT NULL,
  description     VARCHAR(500)   NOT NULL,
  amount          NUMERIC(20, 0) NOT NULL CHECK (amount > 0),
  rule_version    VARCHAR(60)    NOT NULL,
  evidence_key    VARCHAR(100)   NOT NULL,
  evidence_type   VARCHAR(100)   NOT NULL,
  evidence_name   VARCHAR(255)   NOT NULL,
  recorded_by     UUID           NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fund_spending_organisation ON ecosystem.fund_spending (organisation_id, spent_on);

CREATE TABLE ecosystem.fund_report
(
  id              UUID PRIMARY KEY,
  organisation_id UUID           NOT NULL REFERENCES ecosystem.fund_account (organisation_id),
  organisation_name VARCHAR(500) NOT NULL,
  year            INT            NOT NULL,
  allocated       NUMERIC(20, 0) NOT NULL,
  spent           NUMERIC(20, 0) NOT NULL,
  balance         NUMERIC(20, 0) NOT NULL,
  filed_by        UUID           NOT NULL,
  filed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (organisation_id, year)
);

CREATE TABLE ecosystem.fund_report_line
(
  report_id       UUID           NOT NULL REFERENCES ecosystem.fund_report (id),
  tax_year        INT            NOT NULL,
  allocated       NUMERIC(20, 0) NOT NULL,
  spent           NUMERIC(20, 0) NOT NULL,
  balance         NUMERIC(20, 0) NOT NULL,
  deadline        DATE           NOT NULL,
  status          VARCHAR(20)    NOT NULL,
  PRIMARY KEY (report_id, tax_year)
);
