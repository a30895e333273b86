-- ShedLock (ADR 0045): one row per scheduled job; a node runs the job only while it holds the row's lock.
CREATE TABLE public.shedlock
(
  name        VARCHAR(64)  NOT NULL PRIMARY KEY,
  lock_until  TIMESTAMP    NOT NULL,
  locked_at   TIMESTAMP    NOT NULL,
  locked_by   VARCHAR(255) NOT NULL
);
