-- Issue 20 (tracemore): MATCH_anyEPC and the other EPC pattern queries are prefix matches
-- (epc LIKE 'https://id.gs1.org/01/<gtin>/21/%'). A b-tree under a collation other than C cannot serve
-- LIKE, so over 10 million events the pattern query would read all of event_epc; this index can.
-- Under the C collation the existing event_epc_epc already serves it and a second index would only
-- slow capture, so it is made only where it is needed.
DO $$
BEGIN
    IF (SELECT datcollate FROM pg_database WHERE datname = current_database()) NOT IN ('C', 'POSIX') THEN
        CREATE INDEX IF NOT EXISTS event_epc_epc_prefix ON traceability.event_epc (epc varchar_pattern_ops);
    END IF;
END
$$;
