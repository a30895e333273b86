-- Issue 20: a capture job's node beats while it has the job queued or running; a RUNNING job whose
-- beat stopped (its node stopped) is marked FAILED instead of staying RUNNING for ever.
ALTER TABLE traceability.capture_job ADD COLUMN heartbeat_at TIMESTAMPTZ;
UPDATE traceability.capture_job SET heartbeat_at = created_at;
ALTER TABLE traceability.capture_job ALTER COLUMN heartbeat_at SET NOT NULL;
CREATE INDEX capture_job_running ON traceability.capture_job (heartbeat_at) WHERE status = 'RUNNING';
