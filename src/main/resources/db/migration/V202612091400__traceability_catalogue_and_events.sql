-- Issue 20 (ADR 0061): product traceability. An enterprise (a verified organisation) keeps its
-- products (GTIN), locations (GLN) and lots; the events of a lot are EPCIS 2.0 documents kept whole
-- (JSONB) with the columns the queries filter on, and their EPCs in canonical Digital Link form in
-- event_epc, so that EQ/MATCH queries and the consumer page's timeline are index look-ups.
CREATE SCHEMA IF NOT EXISTS traceability;

CREATE TABLE traceability.product (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    gtin             CHAR(14)      NOT NULL UNIQUE,
    name             VARCHAR(200)  NOT NULL,
    description      TEXT,
    standards        VARCHAR(500),
    image_key        VARCHAR(100),
    image_type       VARCHAR(100),
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    row_version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX product_organisation ON traceability.product (organisation_id, name);

CREATE TABLE traceability.certification (
    id               UUID          PRIMARY KEY,
    product_id       UUID          NOT NULL REFERENCES traceability.product (id) ON DELETE CASCADE,
    name             VARCHAR(200)  NOT NULL,
    issuer           VARCHAR(200)  NOT NULL,
    number           VARCHAR(100),
    expires_on       DATE,
    file_key         VARCHAR(100),
    file_type        VARCHAR(100),
    created_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX certification_product ON traceability.certification (product_id);

CREATE TABLE traceability.location (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    gln              CHAR(13)      NOT NULL UNIQUE,
    name             VARCHAR(200)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL CHECK (kind IN ('FARM', 'PLANT', 'WAREHOUSE')),
    commune_code     VARCHAR(10)   NOT NULL,
    street           VARCHAR(200),
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    row_version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX location_organisation ON traceability.location (organisation_id, name);

CREATE TABLE traceability.lot (
    id               UUID          PRIMARY KEY,
    product_id       UUID          NOT NULL REFERENCES traceability.product (id),
    organisation_id  UUID          NOT NULL,
    lot_number       VARCHAR(20)   NOT NULL,
    produced_on      DATE          NOT NULL,
    expires_on       DATE          CHECK (expires_on IS NULL OR expires_on >= produced_on),
    quantity         NUMERIC(14,3) NOT NULL CHECK (quantity > 0),
    unit             VARCHAR(3)    NOT NULL,
    recalled_on      DATE,
    recall_reason    VARCHAR(500),
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    row_version      BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (product_id, lot_number)
);
CREATE INDEX lot_organisation ON traceability.lot (organisation_id, created_at DESC);

CREATE TABLE traceability.event (
    id                 UUID          PRIMARY KEY,
    event_id           VARCHAR(300)  NOT NULL UNIQUE,
    organisation_id    UUID          NOT NULL,
    lot_id             UUID          REFERENCES traceability.lot (id),
    event_type         VARCHAR(30)   NOT NULL,
    event_time         TIMESTAMPTZ   NOT NULL,
    time_zone_offset   VARCHAR(6)    NOT NULL,
    record_time        TIMESTAMPTZ   NOT NULL,
    action             VARCHAR(10),
    biz_step           VARCHAR(300),
    disposition        VARCHAR(300),
    read_point         VARCHAR(300),
    biz_location       VARCHAR(300),
    document           JSONB         NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL
);
CREATE INDEX event_time ON traceability.event (event_time);
CREATE INDEX event_record_time ON traceability.event (record_time);
CREATE INDEX event_organisation ON traceability.event (organisation_id, event_time);
CREATE INDEX event_lot ON traceability.event (lot_id, event_time);
CREATE INDEX event_biz_step ON traceability.event (biz_step);
CREATE INDEX event_biz_location ON traceability.event (biz_location);

CREATE TABLE traceability.event_epc (
    event_uuid  UUID          NOT NULL REFERENCES traceability.event (id) ON DELETE CASCADE,
    epc         VARCHAR(300)  NOT NULL,
    role        VARCHAR(12)   NOT NULL,
    PRIMARY KEY (event_uuid, epc, role)
);
CREATE INDEX event_epc_epc ON traceability.event_epc (epc);
