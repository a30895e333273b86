-- Issue 20 (ADR 0063): the EPCIS 2.0 REST API. An enterprise's API clients authenticate with keys of
-- their organisation (only a SHA-256 of the secret is kept); a capture document is stored by a
-- background job whose status and errors the client polls; named queries and their webhook
-- subscriptions belong to the organisation that made them.
CREATE TABLE traceability.api_key (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    secret_hash      CHAR(64)      NOT NULL UNIQUE,
    secret_start     VARCHAR(12)   NOT NULL,
    created_by       UUID          NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    last_used_at     TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ
);
CREATE INDEX api_key_organisation ON traceability.api_key (organisation_id, created_at DESC);

CREATE TABLE traceability.capture_job (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    error_behaviour  VARCHAR(10)   NOT NULL CHECK (error_behaviour IN ('rollback', 'proceed')),
    total            INTEGER       NOT NULL,
    captured         INTEGER       NOT NULL DEFAULT 0,
    errors           JSONB         NOT NULL DEFAULT '[]'::jsonb,
    created_at       TIMESTAMPTZ   NOT NULL,
    finished_at      TIMESTAMPTZ
);
CREATE INDEX capture_job_organisation ON traceability.capture_job (organisation_id, created_at DESC);

CREATE TABLE traceability.named_query (
    organisation_id  UUID          NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    parameters       JSONB         NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (organisation_id, name)
);

CREATE TABLE traceability.subscription (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    query_name       VARCHAR(100)  NOT NULL,
    destination      VARCHAR(500)  NOT NULL,
    signature_token  VARCHAR(200)  NOT NULL,
    stream           BOOLEAN       NOT NULL,
    schedule         VARCHAR(100),
    report_if_empty  BOOLEAN       NOT NULL DEFAULT FALSE,
    delivered_until  TIMESTAMPTZ   NOT NULL,
    next_run_at      TIMESTAMPTZ,
    last_status      INTEGER,
    created_at       TIMESTAMPTZ   NOT NULL,
    FOREIGN KEY (organisation_id, query_name)
        REFERENCES traceability.named_query (organisation_id, name) ON DELETE CASCADE
);
CREATE INDEX subscription_query ON traceability.subscription (organisation_id, query_name);
