-- The audit chain becomes keyed (ADR 0031): new records carry the id of the HMAC key whose MAC is in
-- "hash"; records without a key id are the SHA-256 records written before the switch-over.
ALTER TABLE identity.audit_log ADD COLUMN key_id VARCHAR(32);
ALTER TABLE identity.audit_head ADD COLUMN key_id VARCHAR(32);

-- No switch any more: the session setting doimoi.audit_maintenance let every role that could set it
-- rewrite history. Records are never updated, deleted or truncated; what a table owner can still do
-- (disable the triggers) the keyed MACs and the checkpoints outside the database reveal.
CREATE OR REPLACE FUNCTION identity.audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'identity.audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON identity.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION identity.audit_log_append_only();

-- The head only moves forward, one record at a time, and is never removed.
CREATE FUNCTION identity.audit_head_forward_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.seq = OLD.seq + 1 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'identity.audit_head only moves forward';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE ON identity.audit_head
  FOR EACH ROW EXECUTE FUNCTION identity.audit_head_forward_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON identity.audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION identity.audit_head_forward_only();
