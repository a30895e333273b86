-- Who brokers a deal is the parties' choice (issue 16, ADR 0032). A broker is proposed, either
-- invited by a party or asking to broker a deal whose parties published that they seek one,
-- and becomes the deal's broker (market.deal.broker_user_id) once both parties and the broker
-- have agreed. One proposal at a time per deal; until both parties agree, the proposed broker
-- sees no message, no parties and no contract of the deal.
CREATE TABLE market.deal_broker (
    deal_id              UUID PRIMARY KEY REFERENCES market.deal (id),
    seeking              BOOLEAN     NOT NULL DEFAULT FALSE,
    broker_user_id       UUID,
    owner_consented      BOOLEAN     NOT NULL DEFAULT FALSE,
    interested_consented BOOLEAN     NOT NULL DEFAULT FALSE,
    broker_consented     BOOLEAN     NOT NULL DEFAULT FALSE,
    proposed_at          TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX deal_broker_proposed ON market.deal_broker (broker_user_id);
CREATE INDEX deal_broker_seeking ON market.deal_broker (deal_id) WHERE seeking;
