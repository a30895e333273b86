-- Issue 21 (ADR 0080): a support programme's submitted applications are judged by a review council
-- of the one council engine (projects, ADR 0068). STAFF gather the programme's applications not yet
-- reviewed into a review; the review is the council's subject and each application one item. The
-- conclusion is kept on each application (its average, passed or not, rank, criteria below their
-- minimum) and feeds the Department's grant or refusal.
CREATE TABLE ecosystem.voucher_review (
    id               UUID          PRIMARY KEY,
    programme_id     UUID          NOT NULL REFERENCES ecosystem.voucher_programme (id),
    council_id       UUID,
    rule_version     VARCHAR(60)   NOT NULL,
    pass_total       NUMERIC(7, 2) NOT NULL,
    state            VARCHAR(20)   NOT NULL CHECK (state IN ('IN_COUNCIL', 'CONCLUDED')),
    opened_by        VARCHAR(100)  NOT NULL,
    opened_at        TIMESTAMPTZ   NOT NULL,
    concluded_at     TIMESTAMPTZ
);
-- one council at a time per programme; a later batch of applications gets its own review
CREATE UNIQUE INDEX voucher_review_open ON ecosystem.voucher_review (programme_id) WHERE state = 'IN_COUNCIL';

ALTER TABLE ecosystem.voucher_application ADD COLUMN review_id UUID REFERENCES ecosystem.voucher_review (id);
ALTER TABLE ecosystem.voucher_application ADD COLUMN review_average NUMERIC(7, 2);
ALTER TABLE ecosystem.voucher_application ADD COLUMN review_passed BOOLEAN;
ALTER TABLE ecosystem.voucher_application ADD COLUMN review_rank INT;
ALTER TABLE ecosystem.voucher_application ADD COLUMN review_below VARCHAR(500);
CREATE INDEX voucher_application_review ON ecosystem.voucher_application (review_id);

-- Expiry notices (issue 21): one row per voucher and threshold (days before its last valid day), so
-- the daily job sends each notice once, whatever node runs it and however often.
CREATE TABLE ecosystem.voucher_expiry_notice (
    voucher_id       UUID          NOT NULL REFERENCES ecosystem.voucher (id),
    days_before      INT           NOT NULL,
    sent_at          TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (voucher_id, days_before)
);
