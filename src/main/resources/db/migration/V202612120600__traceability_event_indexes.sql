-- Issue 20 (capture20, ADR 0083): fewer and better indexes on the event tables, for capture speed and
-- for the EPC queries over 10 million events.
-- * event_epc had two indexes on epc (a plain one for equality, a pattern one for LIKE prefixes where
--   the collation is not C). One index serves both: under C the plain b-tree, elsewhere the pattern
--   one (its operator class also answers =). It carries role and event_uuid, so an EQ_/MATCH_ query
--   finds its events' ids from the index alone, without reading event_epc's rows.
-- * event_lot indexed every event, but only events recorded on a lot page have a lot: events captured
--   through the API (nearly all of them) no longer pay for that index.
DO $$
BEGIN
    IF (SELECT datcollate FROM pg_database WHERE datname = current_database()) IN ('C', 'POSIX') THEN
        CREATE INDEX event_epc_lookup ON traceability.event_epc (epc) INCLUDE (role, event_uuid);
    ELSE
        CREATE INDEX event_epc_lookup ON traceability.event_epc (epc varchar_pattern_ops) INCLUDE (role, event_uuid);
    END IF;
END
$$;
DROP INDEX IF EXISTS traceability.event_epc_epc;
DROP INDEX IF EXISTS traceability.event_epc_epc_prefix;

CREATE INDEX event_lot_recorded ON traceability.event (lot_id, event_time) WHERE lot_id IS NOT NULL;
DROP INDEX traceability.event_lot;
