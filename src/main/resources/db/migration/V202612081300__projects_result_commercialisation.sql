-- Ownership and sharing of results (issue 19, ADR 0055): a registered result belongs to the host
-- organisation (Law 93/2025); each commercialisation records the shares paid and the rule version
-- they were checked against.
ALTER TABLE projects.result ADD COLUMN owner_org_id UUID;
UPDATE projects.result SET owner_org_id = host_org_id;
ALTER TABLE projects.result ALTER COLUMN owner_org_id SET NOT NULL;

CREATE TABLE projects.result_commercialisation (
    id                    UUID PRIMARY KEY,
    result_id             UUID          NOT NULL REFERENCES projects.result (id),
    kind                  VARCHAR(30)   NOT NULL,
    concluded_on          DATE          NOT NULL,
    counterparty          VARCHAR(500)  NOT NULL,
    income                NUMERIC(19)   NOT NULL CHECK (income >= 0),
    profit_after_tax      NUMERIC(19)   NOT NULL CHECK (profit_after_tax >= 0),
    state_share_percent   NUMERIC(5, 2) NOT NULL CHECK (state_share_percent BETWEEN 0 AND 100),
    authors_amount        NUMERIC(19)   NOT NULL CHECK (authors_amount >= 0),
    intermediaries_amount NUMERIC(19)   CHECK (intermediaries_amount >= 0),
    rule_version          VARCHAR(50)   NOT NULL,
    recorded_by           VARCHAR(100)  NOT NULL,
    recorded_at           TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX result_commercialisation_result ON projects.result_commercialisation (result_id, concluded_on);
