-- Issue 21 (ADR 0081): STAFF cancel an event with a reason the public page shows; and what an event
-- told whom, once. A notice is one row keyed by the event, the recipient (a person, or an exhibiting
-- organisation), what it was about and which occurrence (the start it reminded of, the new dates it
-- announced), so a job run twice, a retry or a second node cannot tell anyone the same thing again,
-- while a second postponement is a new occurrence and is told.
ALTER TABLE ecosystem.event
    ADD COLUMN cancel_reason VARCHAR(1000),
    ADD COLUMN cancelled_at  TIMESTAMPTZ,
    ADD COLUMN cancelled_by  VARCHAR(100),
    ADD CONSTRAINT event_cancelled_with_reason CHECK (NOT cancelled OR cancel_reason IS NOT NULL);

CREATE TABLE ecosystem.event_notice_sent (
    event_id   UUID          NOT NULL REFERENCES ecosystem.event (id),
    recipient  UUID          NOT NULL,
    what       VARCHAR(12)   NOT NULL CHECK (what IN ('CANCELLED', 'REMINDER', 'POSTPONED')),
    occurrence VARCHAR(80)   NOT NULL,
    sent_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (event_id, recipient, what, occurrence)
);
