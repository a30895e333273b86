-- Issue 19 (ADR 0051): the rules that come from regulations are dated versions the Department keeps.
-- A version is a draft until STAFF publishes it from a date; a published version is never edited,
-- only superseded (its valid_until is then set to the day before its successor starts). Decisions
-- record the code of the version they were taken under, so a new version changes new decisions only.
CREATE SCHEMA IF NOT EXISTS rules;

CREATE TABLE rules.rule_version (
    kind               VARCHAR(60)   NOT NULL,
    code               VARCHAR(60)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    status             VARCHAR(12)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    valid_from         DATE          NOT NULL,
    valid_until        DATE          CHECK (valid_until IS NULL OR valid_until >= valid_from),
    basis_citation     TEXT          NOT NULL,
    basis_document_id  UUID,
    basis_url          VARCHAR(500),
    rule_values        JSONB         NOT NULL,
    sources            JSONB         NOT NULL DEFAULT '{}'::jsonb,
    unverified         JSONB         NOT NULL DEFAULT '[]'::jsonb,
    based_on           VARCHAR(60),
    bundled            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    published_by       VARCHAR(100),
    published_at       TIMESTAMPTZ,
    row_version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, code)
);

CREATE INDEX rule_version_in_force ON rules.rule_version (kind, status, valid_from DESC);
