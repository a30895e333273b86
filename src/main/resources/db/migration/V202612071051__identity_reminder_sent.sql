-- Reminders before a deadline and overdue notices (ADR 0045): one row per deadline and moment, so a
-- re-run, a restart or a second node cannot send the same reminder again.
CREATE TABLE identity.reminder_sent
(
  kind     VARCHAR(40)  NOT NULL,
  item     VARCHAR(100) NOT NULL,
  due_on   DATE         NOT NULL,
  moment   VARCHAR(10)  NOT NULL CHECK (moment IN ('BEFORE', 'OVERDUE')),
  sent_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kind, item, due_on, moment)
);
