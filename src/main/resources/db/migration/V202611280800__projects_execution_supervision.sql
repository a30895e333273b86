-- Part 2 (issue 6), second round: inspections with minutes and adjustment requests with decisions.

CREATE TABLE projects.inspection (
    id           UUID PRIMARY KEY,
    task_id      UUID         NOT NULL REFERENCES projects.execution_task (id),
    number       INT          NOT NULL,
    inspected_on DATE         NOT NULL,
    team         TEXT         NOT NULL,
    findings     TEXT         NOT NULL,
    conclusions  TEXT         NOT NULL,
    requests     TEXT         NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (task_id, number)
);

CREATE TABLE projects.adjustment (
    id               UUID PRIMARY KEY,
    task_id          UUID         NOT NULL REFERENCES projects.execution_task (id),
    number           INT          NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    description      TEXT         NOT NULL,
    reason           TEXT         NOT NULL,
    extension_months INT,
    state            VARCHAR(20)  NOT NULL,
    requested_by     VARCHAR(100) NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL,
    decision_number  VARCHAR(100),
    decided_on       DATE,
    decision_note    TEXT,
    decided_by       VARCHAR(100),
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (task_id, number)
);
