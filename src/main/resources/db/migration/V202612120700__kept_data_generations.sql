-- nodes (issue 23, ADR 0084): the generation of each table, shared by the nodes, so that a change
-- committed on one node makes the kept public pages of every other node that read the table stale
-- (doimoi.kept.generations=postgresql). A node adds its batch of changed tables; every node reads
-- the rows every few hundred milliseconds. Unlogged: after a crash the table is empty, which every
-- node takes as "everything changed" (its generations fall), never as "nothing changed".
CREATE SCHEMA IF NOT EXISTS kept;

CREATE UNLOGGED TABLE kept.data_generation
(
  table_name VARCHAR(200) NOT NULL PRIMARY KEY,
  generation BIGINT       NOT NULL
);
