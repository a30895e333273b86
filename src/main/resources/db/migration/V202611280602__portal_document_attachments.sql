-- Files attached to a document of the library (the text of a resolution, its annexes), stored on
-- disk under the portal's files dir by SHA-256; here only what is needed to list and serve them.
CREATE TABLE portal.document_attachment
(
  id            UUID PRIMARY KEY,
  document_id   UUID          NOT NULL REFERENCES portal.document (id),
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(120)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        VARCHAR(64)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_attachment_document_idx ON portal.document_attachment (document_id, created_at);
