-- A deal's message thread (issue 18, item 6; ADR 0046): the parties and the assigned broker write
-- to each other inside the deal, with a file at most per message. The file itself is kept by the
-- shared file store under its SHA-256 (file_key); the text of a message is never changed.
CREATE TABLE market.deal_message (
    id             UUID PRIMARY KEY,
    deal_id        UUID        NOT NULL REFERENCES market.deal (id),
    author_user_id UUID        NOT NULL,
    author_name    TEXT        NOT NULL,
    author_side    TEXT        NOT NULL CHECK (author_side IN ('OWNER', 'INTERESTED', 'BROKER')),
    body           TEXT,
    file_key       TEXT,
    file_name      TEXT,
    file_type      TEXT,
    file_size      BIGINT,
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK (body IS NOT NULL OR file_key IS NOT NULL)
);
CREATE INDEX deal_message_deal ON market.deal_message (deal_id, created_at);
