-- Images and files of a listing (issue 8). Kept in the database with the listing rather than on
-- disk: they are few per listing, removed with it, and every download goes through the
-- listing's visibility check (drafts, anonymity). Images are re-encoded (no metadata) with a
-- thumbnail; documents have their author metadata stripped (ADR 0021).
CREATE TABLE market.listing_attachment (
    id             UUID PRIMARY KEY,
    listing_id     UUID         NOT NULL REFERENCES market.listing (id) ON DELETE CASCADE,
    kind           VARCHAR(8)   NOT NULL CHECK (kind IN ('IMAGE', 'FILE')),
    position       INTEGER      NOT NULL,
    original_name  VARCHAR(255) NOT NULL,
    extension      VARCHAR(8)   NOT NULL,
    content_type   VARCHAR(120) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        BYTEA        NOT NULL,
    thumbnail      BYTEA,
    created_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX listing_attachment_listing ON market.listing_attachment (listing_id, kind, position);
