-- cluster (issue 23, ADR 0077): uploaded and generated files in PostgreSQL, so every node reaches
-- them (doimoi.files.store=postgresql). Content is addressed by its SHA-256 and kept once, in
-- chunks of at most 1 MiB: written and read a chunk at a time, never whole in memory.
CREATE SCHEMA IF NOT EXISTS files;

CREATE TABLE files.content
(
  sha256     CHAR(64)     NOT NULL PRIMARY KEY,
  media_type VARCHAR(200) NOT NULL,
  size       BIGINT       NOT NULL CHECK (size > 0),
  chunks     INT          NOT NULL CHECK (chunks > 0),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE files.content_chunk
(
  sha256 CHAR(64) NOT NULL REFERENCES files.content (sha256) ON DELETE CASCADE,
  seq    INT      NOT NULL,
  data   BYTEA    NOT NULL,
  PRIMARY KEY (sha256, seq)
);
-- The chunks are already compressed formats (PDF, images, audio, office files) for the most part:
-- PostgreSQL need not try to compress them again.
ALTER TABLE files.content_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
