CREATE SCHEMA IF NOT EXISTS portal;

CREATE TABLE portal.category
(
  id          UUID PRIMARY KEY,
  slug        VARCHAR(120) NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  position    INT          NOT NULL DEFAULT 0,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE portal.article
(
  id                  UUID PRIMARY KEY,
  slug                VARCHAR(160) NOT NULL UNIQUE,
  title               VARCHAR(500) NOT NULL,
  lead                TEXT,
  body                TEXT         NOT NULL,
  search_summary      TEXT         NOT NULL,
  author              VARCHAR(200),
  category_id         UUID         NOT NULL REFERENCES portal.category (id),
  status              VARCHAR(20)  NOT NULL,
  published_at        TIMESTAMP WITH TIME ZONE,
  first_published_at  TIMESTAMP WITH TIME ZONE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX article_category_published_idx ON portal.article (category_id, status, published_at DESC);
CREATE INDEX article_published_idx ON portal.article (status, published_at DESC);

-- View counts live beside the article, written in batches by the view counter (never per view).
CREATE TABLE portal.article_views
(
  article_id  UUID PRIMARY KEY REFERENCES portal.article (id),
  views       BIGINT NOT NULL DEFAULT 0
);

-- Visits per day (Asia/Ho_Chi_Minh), for the visitor statistics widget; written in batches.
CREATE TABLE portal.visit_day
(
  day     DATE PRIMARY KEY,
  visits  BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE portal.document
(
  id             UUID PRIMARY KEY,
  type           VARCHAR(32)  NOT NULL,
  number         VARCHAR(100) NOT NULL,
  number_key     VARCHAR(100) NOT NULL,
  issuing_body   VARCHAR(300) NOT NULL,
  signer         VARCHAR(200),
  issued_on      DATE         NOT NULL,
  effective_on   DATE,
  title          VARCHAR(1000) NOT NULL,
  summary        TEXT,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX document_number_key_uq ON portal.document (number_key, issuing_body);
CREATE INDEX document_issued_idx ON portal.document (issued_on DESC);
