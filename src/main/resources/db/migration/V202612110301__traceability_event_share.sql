-- Issue 20: an enterprise shares the events of one lot, or of every lot of a product, with another
-- organisation; that organisation's API keys then read them. epc is the lot's class, or for a
-- whole product the Digital Link prefix of its GTIN ('https://id.gs1.org/01/{gtin}/'). A revoked
-- share is kept (who saw what, and until when).
CREATE TABLE traceability.event_share (
    id             UUID          PRIMARY KEY,
    owner_id       UUID          NOT NULL,
    recipient_id   UUID          NOT NULL,
    lot_id         UUID          REFERENCES traceability.lot (id),
    product_id     UUID          NOT NULL REFERENCES traceability.product (id),
    epc            VARCHAR(300)  NOT NULL,
    whole_product  BOOLEAN       NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    revoked_at     TIMESTAMPTZ,
    CHECK (owner_id <> recipient_id),
    CHECK (whole_product = (lot_id IS NULL))
);
CREATE INDEX event_share_recipient ON traceability.event_share (recipient_id) WHERE revoked_at IS NULL;
CREATE INDEX event_share_lot ON traceability.event_share (lot_id);
CREATE INDEX event_share_product ON traceability.event_share (product_id);
