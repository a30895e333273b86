-- Issue 19, Law 93/2025/QH15 art. 9 (risk acceptance): a task that fails its acceptance is assessed for
-- compliance with the approved procedures. Compliant under the 2025 law: closed, the money spent is
-- not refunded. Otherwise: the amount to recover. One assessment per task, never rewritten.
CREATE TABLE projects.risk_assessment (
    task_id          UUID PRIMARY KEY REFERENCES projects.execution_task (id),
    regime           VARCHAR(20)   NOT NULL,
    compliant        BOOLEAN       NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    assessors        TEXT          NOT NULL,
    evidence         TEXT          NOT NULL,
    decision_number  VARCHAR(100)  NOT NULL,
    decided_on       DATE          NOT NULL,
    recovery_amount  NUMERIC(18)   CHECK (recovery_amount IS NULL OR recovery_amount > 0),
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    CHECK ((outcome = 'RISK_ACCEPTED') = (recovery_amount IS NULL))
);
