-- Issue 21 (ADR 0067): events and technology fairs. An event has a capacity; registrations beyond
-- it wait in line (ordered by a sequence, so the first to wait is the first promoted). Exhibitors
-- bring listings of the market by id. A B2B meeting holds one seat per side in its slot: the
-- unique index on (event, person, slot) refuses a clash even when two requests race.
CREATE SCHEMA IF NOT EXISTS ecosystem;

CREATE TABLE ecosystem.event (
    id                     UUID          PRIMARY KEY,
    kind                   VARCHAR(20)   NOT NULL CHECK (kind IN ('TECHNOLOGY_FAIR', 'WORKSHOP', 'FORUM')),
    title                  VARCHAR(300)  NOT NULL,
    starts_at              TIMESTAMPTZ   NOT NULL,
    ends_at                TIMESTAMPTZ   NOT NULL,
    commune_code           VARCHAR(10)   NOT NULL,
    venue                  VARCHAR(300)  NOT NULL,
    capacity               INTEGER       NOT NULL CHECK (capacity > 0),
    registration_deadline  DATE          NOT NULL,
    slot_minutes           INTEGER       NOT NULL CHECK (slot_minutes BETWEEN 10 AND 240),
    description            TEXT          NOT NULL,
    cancelled              BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    row_version            BIGINT        NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX event_starts ON ecosystem.event (starts_at);

CREATE SEQUENCE ecosystem.event_registration_line;

CREATE TABLE ecosystem.event_registration (
    id               UUID          PRIMARY KEY,
    event_id         UUID          NOT NULL REFERENCES ecosystem.event (id),
    user_id          UUID          NOT NULL,
    organisation_id  UUID,
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    line             BIGINT        NOT NULL DEFAULT nextval('ecosystem.event_registration_line'),
    created_at       TIMESTAMPTZ   NOT NULL,
    changed_at       TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX event_registration_once ON ecosystem.event_registration (event_id, user_id)
    WHERE status <> 'CANCELLED';
CREATE INDEX event_registration_user ON ecosystem.event_registration (user_id);

CREATE TABLE ecosystem.event_exhibitor (
    id               UUID          PRIMARY KEY,
    event_id         UUID          NOT NULL REFERENCES ecosystem.event (id),
    organisation_id  UUID          NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    UNIQUE (event_id, organisation_id)
);

CREATE TABLE ecosystem.event_exhibit (
    exhibitor_id  UUID  NOT NULL REFERENCES ecosystem.event_exhibitor (id) ON DELETE CASCADE,
    listing_id    UUID  NOT NULL,
    PRIMARY KEY (exhibitor_id, listing_id)
);

CREATE TABLE ecosystem.event_meeting (
    id             UUID          PRIMARY KEY,
    event_id       UUID          NOT NULL REFERENCES ecosystem.event (id),
    slot_start     TIMESTAMPTZ   NOT NULL,
    requester_id   UUID          NOT NULL,
    invitee_id     UUID          NOT NULL,
    status         VARCHAR(12)   NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    note           VARCHAR(500),
    created_at     TIMESTAMPTZ   NOT NULL,
    decided_at     TIMESTAMPTZ,
    row_version    BIGINT        NOT NULL DEFAULT 0,
    CHECK (requester_id <> invitee_id)
);
CREATE INDEX event_meeting_event ON ecosystem.event_meeting (event_id, slot_start);

-- A requested or accepted meeting holds a seat for each side; declining or cancelling frees them.
CREATE TABLE ecosystem.event_meeting_seat (
    meeting_id  UUID         NOT NULL REFERENCES ecosystem.event_meeting (id) ON DELETE CASCADE,
    event_id    UUID         NOT NULL,
    user_id     UUID         NOT NULL,
    slot_start  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT event_meeting_seat_clash UNIQUE (event_id, user_id, slot_start)
);
