-- Issue 20 (ADR 0063): an identifier's role in an event can be CHILD_EPC_CLASS, INPUT_EPC_CLASS or
-- OUTPUT_EPC_CLASS (aggregation, association and transformation events captured through the API);
-- VARCHAR(12) held only the roles the phone forms write.
ALTER TABLE traceability.event_epc ALTER COLUMN role TYPE VARCHAR(20);
