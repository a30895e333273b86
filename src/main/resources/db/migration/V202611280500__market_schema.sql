CREATE SCHEMA IF NOT EXISTS market;

-- Offers, demands and services: one table, because they share their life cycle, their
-- anonymity rule and the index the matching runs on (ADR 0016).
CREATE TABLE market.listing (
    id                UUID PRIMARY KEY,
    kind              VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    title             VARCHAR(300) NOT NULL,
    summary           TEXT         NOT NULL,
    problem           TEXT,
    advantages        TEXT,
    current_solution  TEXT,
    requirements      TEXT,
    time_frame        VARCHAR(200),
    trl               INTEGER CHECK (trl BETWEEN 1 AND 9),
    ip_status         VARCHAR(32),
    service_kind      VARCHAR(32),
    price_min         NUMERIC(19, 0),
    price_max         NUMERIC(19, 0),
    region            VARCHAR(100),
    valid_until       DATE         NOT NULL,
    confirmed_at      TIMESTAMPTZ  NOT NULL,
    published_at      TIMESTAMPTZ,
    owner_org_id      UUID         NOT NULL,
    anonymous         BOOLEAN      NOT NULL DEFAULT FALSE,
    state_funded      BOOLEAN      NOT NULL DEFAULT FALSE,
    source_result_id  UUID UNIQUE,
    screening         VARCHAR(16)  NOT NULL DEFAULT 'CLEAR',
    screening_note    TEXT,
    review_note       TEXT,
    reminded_days     INTEGER,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX listing_status_kind ON market.listing (status, kind);
CREATE INDEX listing_owner ON market.listing (owner_org_id);

CREATE TABLE market.listing_field (
    listing_id UUID NOT NULL REFERENCES market.listing (id) ON DELETE CASCADE,
    code       VARCHAR(16) NOT NULL,
    PRIMARY KEY (listing_id, code)
);

CREATE TABLE market.listing_mode (
    listing_id UUID NOT NULL REFERENCES market.listing (id) ON DELETE CASCADE,
    mode       VARCHAR(32) NOT NULL,
    PRIMARY KEY (listing_id, mode)
);

-- From an expression of interest to the registered transfer contract.
CREATE TABLE market.deal (
    id                     UUID PRIMARY KEY,
    listing_id             UUID         NOT NULL REFERENCES market.listing (id),
    related_listing_id     UUID REFERENCES market.listing (id),
    owner_org_id           UUID         NOT NULL,
    interested_org_id      UUID         NOT NULL,
    interested_user_id     UUID,
    stage                  VARCHAR(16)  NOT NULL,
    message                TEXT         NOT NULL,
    broker_user_id         UUID,
    accepted_at            TIMESTAMPTZ,
    owes                   VARCHAR(16),
    due_at                 TIMESTAMPTZ,
    nudged_at              TIMESTAMPTZ,
    escalated_at           TIMESTAMPTZ,
    decline_reason         VARCHAR(32),
    decline_note           TEXT,
    signed_on              DATE,
    contract_value         NUMERIC(19, 0),
    transfer_direction     VARCHAR(32),
    state_capital          BOOLEAN,
    task_result_registered BOOLEAN,
    registration_required  BOOLEAN,
    registration_rule      VARCHAR(200),
    registration_deadline  DATE,
    documents              TEXT,
    certificate_number     VARCHAR(100),
    certificate_date       DATE,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX deal_listing ON market.deal (listing_id);
CREATE INDEX deal_orgs ON market.deal (owner_org_id, interested_org_id);
CREATE INDEX deal_stage_due ON market.deal (stage, due_at);

-- Saved searches with alerts (instant, daily or weekly digest).
CREATE TABLE market.saved_search (
    id               UUID PRIMARY KEY,
    user_id          UUID        NOT NULL,
    query            VARCHAR(300) NOT NULL,
    kind             VARCHAR(16),
    field_code       VARCHAR(16),
    frequency        VARCHAR(16) NOT NULL,
    last_notified_at TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX saved_search_user ON market.saved_search (user_id);
