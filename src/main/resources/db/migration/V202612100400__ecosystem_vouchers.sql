-- Issue 21 (ADR 0065): support programmes of Decree 268/2025 and innovation vouchers. A programme's
-- eligibility is data (organisation types, largest enterprise size, field codes, verified or not);
-- an enterprise's application goes from submitted to closed; a granted application of a voucher
-- programme yields one voucher, spent in redemptions with service providers of the market.
-- Double spending: a redemption is taken from voucher.remaining under a row lock (SELECT … FOR
-- UPDATE), and the CHECK below keeps the remaining value between 0 and the value whatever the code does.
CREATE SCHEMA IF NOT EXISTS ecosystem;

CREATE TABLE ecosystem.voucher_programme (
    id               UUID          PRIMARY KEY,
    title            VARCHAR(300)  NOT NULL,
    kind             VARCHAR(30)   NOT NULL CHECK (kind IN ('TECHNOLOGY_INNOVATION', 'IP_PRODUCTIVITY_QUALITY',
                                       'STARTUP_SUPPORT', 'LOAN_INTEREST', 'VOUCHER')),
    summary          TEXT          NOT NULL,
    budget           NUMERIC(18)   NOT NULL CHECK (budget > 0),
    max_grant        NUMERIC(18)   NOT NULL CHECK (max_grant > 0),
    opens_on         DATE          NOT NULL,
    closes_on        DATE          NOT NULL CHECK (closes_on >= opens_on),
    voucher_months   INT           NOT NULL DEFAULT 12 CHECK (voucher_months BETWEEN 1 AND 60),
    eligible_types   VARCHAR(200)  NOT NULL,
    max_size         VARCHAR(10)   NOT NULL CHECK (max_size IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    field_codes      VARCHAR(500)  NOT NULL DEFAULT '',
    verified_only    BOOLEAN       NOT NULL,
    documents        TEXT,
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    row_version      BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE ecosystem.voucher_application (
    id                UUID          PRIMARY KEY,
    programme_id      UUID          NOT NULL REFERENCES ecosystem.voucher_programme (id),
    organisation_id   UUID          NOT NULL,
    organisation_name VARCHAR(300)  NOT NULL,
    tax_code          VARCHAR(20),
    enterprise_size   VARCHAR(10)   NOT NULL CHECK (enterprise_size IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    purpose           TEXT          NOT NULL,
    amount            NUMERIC(18)   NOT NULL CHECK (amount > 0),
    state             VARCHAR(20)   NOT NULL CHECK (state IN ('SUBMITTED', 'GRANTED', 'REFUSED', 'AGREED', 'PAID',
                                        'REPORTED', 'CLOSED')),
    granted_amount    NUMERIC(18)   CHECK (granted_amount > 0),
    decision_note     TEXT,
    agreement_number  VARCHAR(60),
    agreement_on      DATE,
    paid_amount       NUMERIC(18),
    paid_on           DATE,
    payment_reference VARCHAR(100),
    report            TEXT,
    submitted_by      VARCHAR(100)  NOT NULL,
    submitted_at      TIMESTAMPTZ   NOT NULL,
    decided_at        TIMESTAMPTZ,
    row_version       BIGINT        NOT NULL DEFAULT 0
);
-- one open application per enterprise and programme; a refused one may be followed by another
CREATE UNIQUE INDEX voucher_application_open ON ecosystem.voucher_application (programme_id, organisation_id)
    WHERE state <> 'REFUSED';
CREATE INDEX voucher_application_organisation ON ecosystem.voucher_application (organisation_id);

CREATE TABLE ecosystem.voucher (
    id               UUID          PRIMARY KEY,
    code             VARCHAR(20)   NOT NULL UNIQUE,
    application_id   UUID          NOT NULL UNIQUE REFERENCES ecosystem.voucher_application (id),
    programme_id     UUID          NOT NULL REFERENCES ecosystem.voucher_programme (id),
    organisation_id  UUID          NOT NULL,
    value            NUMERIC(18)   NOT NULL CHECK (value > 0),
    remaining        NUMERIC(18)   NOT NULL,
    purpose          TEXT          NOT NULL,
    valid_from       DATE          NOT NULL,
    valid_until      DATE          NOT NULL CHECK (valid_until >= valid_from),
    state            VARCHAR(20)   NOT NULL CHECK (state IN ('ACTIVE', 'CANCELLED')),
    cancel_reason    TEXT,
    granted_at       TIMESTAMPTZ   NOT NULL,
    row_version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT voucher_remaining_within_value CHECK (remaining >= 0 AND remaining <= value)
);
CREATE INDEX voucher_organisation ON ecosystem.voucher (organisation_id);

CREATE TABLE ecosystem.voucher_redemption (
    id                UUID          PRIMARY KEY,
    voucher_id        UUID          NOT NULL REFERENCES ecosystem.voucher (id),
    listing_id        UUID          NOT NULL,
    listing_title     VARCHAR(300)  NOT NULL,
    provider_id       UUID          NOT NULL,
    provider_name     VARCHAR(300)  NOT NULL,
    amount            NUMERIC(18)   NOT NULL CHECK (amount > 0),
    note              TEXT,
    state             VARCHAR(20)   NOT NULL CHECK (state IN ('REQUESTED', 'DELIVERED', 'CONFIRMED', 'PAID',
                                        'REFUSED', 'CANCELLED')),
    requested_by      VARCHAR(100)  NOT NULL,
    requested_at      TIMESTAMPTZ   NOT NULL,
    delivery_note     TEXT,
    delivered_at      TIMESTAMPTZ,
    refusal_reason    TEXT,
    confirmed_at      TIMESTAMPTZ,
    paid_amount       NUMERIC(18),
    paid_on           DATE,
    payment_reference VARCHAR(100),
    row_version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX voucher_redemption_voucher ON ecosystem.voucher_redemption (voucher_id);
CREATE INDEX voucher_redemption_provider ON ecosystem.voucher_redemption (provider_id, state);

CREATE TABLE ecosystem.voucher_evidence (
    id               UUID          PRIMARY KEY,
    redemption_id    UUID          NOT NULL REFERENCES ecosystem.voucher_redemption (id),
    file_key         VARCHAR(100)  NOT NULL,
    file_type        VARCHAR(100)  NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    uploaded_by      VARCHAR(100)  NOT NULL,
    uploaded_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX voucher_evidence_redemption ON ecosystem.voucher_evidence (redemption_id);
