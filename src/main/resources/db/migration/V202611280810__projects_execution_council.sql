-- Part 2 (issue 6), second round: the acceptance council, its seats and each member's score sheet.

CREATE TABLE projects.acceptance_council (
    id              UUID PRIMARY KEY,
    task_id         UUID         NOT NULL UNIQUE REFERENCES projects.execution_task (id),
    decision_number VARCHAR(100) NOT NULL,
    formed_on       DATE         NOT NULL,
    rule_version    VARCHAR(40)  NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    classification  VARCHAR(20),
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE projects.acceptance_council_member (
    council_id UUID         NOT NULL REFERENCES projects.acceptance_council (id),
    seat       INT          NOT NULL,
    person_id  UUID         NOT NULL,
    full_name  VARCHAR(300) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (council_id, seat),
    UNIQUE (council_id, person_id)
);

CREATE TABLE projects.acceptance_sheet (
    id             UUID PRIMARY KEY,
    council_id     UUID         NOT NULL REFERENCES projects.acceptance_council (id),
    person_id      UUID         NOT NULL,
    report_grade   VARCHAR(20)  NOT NULL,
    classification VARCHAR(20)  NOT NULL,
    comment        TEXT         NOT NULL,
    rule_version   VARCHAR(40)  NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (council_id, person_id)
);

CREATE TABLE projects.acceptance_sheet_grade (
    sheet_id   UUID        NOT NULL REFERENCES projects.acceptance_sheet (id),
    product_id UUID        NOT NULL,
    quantity   VARCHAR(20) NOT NULL,
    volume     VARCHAR(20) NOT NULL,
    quality    VARCHAR(20) NOT NULL,
    PRIMARY KEY (sheet_id, product_id)
);
