CREATE TABLE portal.banner
(
  id            UUID PRIMARY KEY,
  title         VARCHAR(200) NOT NULL,
  image_file    VARCHAR(100) NOT NULL,
  link          VARCHAR(500),
  position      VARCHAR(20)  NOT NULL,
  active_from   DATE         NOT NULL,
  active_until  DATE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX banner_position_idx ON portal.banner (position, active_from);
