-- cluster (issue 23): Hibernate Search's outbox-polling coordination, used with the OpenSearch
-- backend only (doimoi.search.coordination=outbox-polling). A change to an indexed entity is
-- written to the outbox in the same transaction; the nodes' agents share the events by entity id
-- hash, so nothing is lost if a node dies after the commit and one record's changes are indexed
-- in order. Columns as Hibernate Search 8.2 maps them, under Spring Boot's snake-case naming.
CREATE SCHEMA IF NOT EXISTS search;

CREATE TABLE search.hsearch_outbox_event
(
  id             UUID                     NOT NULL PRIMARY KEY,
  entity_name    VARCHAR(256)             NOT NULL,
  entity_id      VARCHAR(256)             NOT NULL,
  entity_id_hash INTEGER                  NOT NULL,
  payload        BYTEA                    NOT NULL,
  retries        INTEGER                  NOT NULL,
  process_after  TIMESTAMP WITH TIME ZONE NOT NULL,
  status         VARCHAR(255)             NOT NULL,
  tenant_id      VARCHAR(255)
);
CREATE INDEX hsearch_outbox_event_entity_id_hash ON search.hsearch_outbox_event (entity_id_hash);
CREATE INDEX hsearch_outbox_event_status ON search.hsearch_outbox_event (status);
CREATE INDEX hsearch_outbox_event_process_after ON search.hsearch_outbox_event (process_after);

CREATE TABLE search.hsearch_agent
(
  id                   UUID                     NOT NULL PRIMARY KEY,
  type                 VARCHAR(255)             NOT NULL,
  name                 VARCHAR(255)             NOT NULL,
  expiration           TIMESTAMP WITH TIME ZONE NOT NULL,
  state                VARCHAR(255)             NOT NULL,
  total_shard_count    INTEGER,
  assigned_shard_index INTEGER,
  payload              BYTEA,
  tenant_id            VARCHAR(255)
);
