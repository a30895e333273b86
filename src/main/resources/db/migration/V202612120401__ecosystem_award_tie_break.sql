-- Issue 21 (ADR 0081).
-- How a tie at an award category's last prize place was settled: by the first tie-break criterion of
-- the council's rule version on which the last one in and the first one out differ (criterion), or
-- by STAFF when they were equal on every one (criterion NULL). The round's pages say so.
CREATE TABLE ecosystem.award_tie_break (
    round_id      UUID           NOT NULL REFERENCES ecosystem.award_round (id),
    position      INTEGER        NOT NULL,
    category      VARCHAR(300)   NOT NULL,
    average       NUMERIC(7, 2)  NOT NULL,
    tied          TEXT           NOT NULL,
    criterion     VARCHAR(300),
    rule_version  VARCHAR(60)    NOT NULL,
    PRIMARY KEY (round_id, position)
);
