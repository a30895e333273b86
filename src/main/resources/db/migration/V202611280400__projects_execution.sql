-- projects, part 2: from the approved task to the use of its results (issue 6, ADR 0015).
-- Tables of part 1 (projects.task …) are not referenced: the approved task arrives as an event.

CREATE TABLE projects.execution_task (
    id                 UUID PRIMARY KEY,
    code               VARCHAR(60)   NOT NULL,
    title              VARCHAR(500)  NOT NULL,
    type               VARCHAR(30)   NOT NULL,
    method             VARCHAR(30)   NOT NULL,
    host_org_id        UUID          NOT NULL,
    pi_person_id       UUID,
    adopter_org_id     UUID,
    field_codes        VARCHAR(500)  NOT NULL DEFAULT '',
    state_budget       NUMERIC(18,0) NOT NULL,
    other_budget       NUMERIC(18,0) NOT NULL,
    duration_months    INT           NOT NULL,
    decision_number    VARCHAR(100)  NOT NULL,
    decision_date      DATE          NOT NULL,
    stage              VARCHAR(30)   NOT NULL,
    approved_at        TIMESTAMPTZ   NOT NULL,
    use_reminded_year  INT,
    version            BIGINT        NOT NULL DEFAULT 0
);

-- The ordered products, copied with their ids from TaskApproved: never retyped.
CREATE TABLE projects.execution_product (
    id        UUID PRIMARY KEY,
    task_id   UUID         NOT NULL REFERENCES projects.execution_task (id),
    position  INT          NOT NULL,
    name      VARCHAR(500) NOT NULL,
    quantity  VARCHAR(200) NOT NULL
);
CREATE INDEX execution_product_task ON projects.execution_product (task_id);

CREATE TABLE projects.execution_product_spec (
    product_id     UUID         NOT NULL REFERENCES projects.execution_product (id),
    position       INT          NOT NULL,
    indicator      VARCHAR(300) NOT NULL,
    unit           VARCHAR(100) NOT NULL,
    required_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (product_id, position)
);

-- The task's own journal: the audit trail that goes into the audit dossier.
CREATE TABLE projects.execution_event (
    id        UUID PRIMARY KEY,
    task_id   UUID         NOT NULL REFERENCES projects.execution_task (id),
    at        TIMESTAMPTZ  NOT NULL,
    actor     VARCHAR(200) NOT NULL,
    action    VARCHAR(100) NOT NULL,
    detail    TEXT         NOT NULL
);
CREATE INDEX execution_event_task ON projects.execution_event (task_id, at);

CREATE TABLE projects.contract (
    id                 UUID PRIMARY KEY,
    task_id            UUID         NOT NULL UNIQUE REFERENCES projects.execution_task (id),
    state              VARCHAR(20)  NOT NULL,
    terms              TEXT         NOT NULL,
    current_version    INT          NOT NULL,
    signed_on          DATE,
    termination_reason TEXT,
    terminated_on      DATE,
    version            BIGINT       NOT NULL DEFAULT 0
);

-- Every signed version of a contract (version 1 = as signed; then one per amendment).
CREATE TABLE projects.contract_version (
    id          UUID PRIMARY KEY,
    contract_id UUID         NOT NULL REFERENCES projects.contract (id),
    number      INT          NOT NULL,
    terms       TEXT         NOT NULL,
    reason      TEXT,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    UNIQUE (contract_id, number)
);

CREATE TABLE projects.report_progress (
    id               UUID PRIMARY KEY,
    task_id          UUID        NOT NULL REFERENCES projects.execution_task (id),
    number           INT         NOT NULL,
    due_on           DATE        NOT NULL,
    state            VARCHAR(20) NOT NULL,
    submitted_at     TIMESTAMPTZ,
    late             BOOLEAN     NOT NULL DEFAULT FALSE,
    progress_percent INT,
    content          TEXT,
    review_note      TEXT,
    reminded_before  BOOLEAN     NOT NULL DEFAULT FALSE,
    reminded_after   BOOLEAN     NOT NULL DEFAULT FALSE,
    version          BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (task_id, number)
);

CREATE TABLE projects.tranche (
    id                  UUID PRIMARY KEY,
    task_id             UUID          NOT NULL REFERENCES projects.execution_task (id),
    number              INT           NOT NULL,
    amount              NUMERIC(18,0) NOT NULL CHECK (amount > 0),
    product_id          UUID,
    planned_on          DATE          NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    requested_at        TIMESTAMPTZ,
    request_note        TEXT,
    staff_approved_by   VARCHAR(200),
    finance_approved_by VARCHAR(200),
    paid_on             DATE,
    treasury_reference  VARCHAR(100),
    version             BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (task_id, number)
);

CREATE TABLE projects.acceptance (
    id               UUID PRIMARY KEY,
    task_id          UUID         NOT NULL UNIQUE REFERENCES projects.execution_task (id),
    state            VARCHAR(20)  NOT NULL,
    final_report     TEXT         NOT NULL,
    summary_report   TEXT         NOT NULL,
    financial_report TEXT         NOT NULL,
    self_assessment  TEXT         NOT NULL,
    submitted_at     TIMESTAMPTZ  NOT NULL,
    report_grade     VARCHAR(20),
    classification   VARCHAR(20),
    rule_version     VARCHAR(50),
    rule_source      VARCHAR(300),
    rule_verified    BOOLEAN,
    council_note     TEXT,
    concluded_on     DATE,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.acceptance_product (
    acceptance_id UUID        NOT NULL REFERENCES projects.acceptance (id),
    product_id    UUID        NOT NULL,
    quantity      VARCHAR(20) NOT NULL,
    volume        VARCHAR(20) NOT NULL,
    quality       VARCHAR(20) NOT NULL,
    PRIMARY KEY (acceptance_id, product_id)
);

CREATE TABLE projects.result (
    id                 UUID PRIMARY KEY,
    task_id            UUID         NOT NULL UNIQUE REFERENCES projects.execution_task (id),
    title              VARCHAR(500) NOT NULL,
    summary            TEXT         NOT NULL,
    authors            VARCHAR(500) NOT NULL,
    keywords           VARCHAR(500) NOT NULL,
    application_scope  TEXT         NOT NULL,
    field_codes        VARCHAR(500) NOT NULL DEFAULT '',
    host_org_id        UUID         NOT NULL,
    state              VARCHAR(20)  NOT NULL,
    submitted_at       TIMESTAMPTZ  NOT NULL,
    certificate_number VARCHAR(100),
    registered_on      DATE,
    version            BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.result_use (
    id             UUID PRIMARY KEY,
    result_id      UUID          NOT NULL REFERENCES projects.result (id),
    adopter_org_id UUID,
    adopter_name   VARCHAR(300)  NOT NULL,
    place          VARCHAR(300)  NOT NULL,
    year           INT           NOT NULL,
    scale          VARCHAR(300)  NOT NULL,
    effect         TEXT          NOT NULL,
    revenue        NUMERIC(18,0),
    savings        NUMERIC(18,0),
    state          VARCHAR(20)   NOT NULL,
    reported_at    TIMESTAMPTZ   NOT NULL,
    reported_by    VARCHAR(200)  NOT NULL,
    confirmed_by   VARCHAR(200),
    confirmed_at   TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX result_use_result ON projects.result_use (result_id, year);

-- Assets formed by the task (Decree 70/2018/NĐ-CP): list, value, decision, handover.
CREATE TABLE projects.asset (
    id          UUID PRIMARY KEY,
    task_id     UUID          NOT NULL REFERENCES projects.execution_task (id),
    name        VARCHAR(300)  NOT NULL,
    value       NUMERIC(18,0) NOT NULL,
    decision    TEXT,
    handed_to   VARCHAR(300),
    handed_on   DATE,
    version     BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE projects.liquidation (
    task_id         UUID PRIMARY KEY REFERENCES projects.execution_task (id),
    minutes_number  VARCHAR(100) NOT NULL,
    liquidated_on   DATE         NOT NULL,
    note            TEXT         NOT NULL
);

-- Uploaded documents of a task (acceptance evidence, result files), stored by SHA-256.
CREATE TABLE projects.execution_file (
    id           UUID PRIMARY KEY,
    task_id      UUID         NOT NULL REFERENCES projects.execution_task (id),
    kind         VARCHAR(30)  NOT NULL,
    filename     VARCHAR(300) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    size         BIGINT       NOT NULL,
    bytes        BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
