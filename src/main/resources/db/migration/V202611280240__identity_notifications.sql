-- In-app notifications, each also sent by e-mail when a mail server is configured.
CREATE TABLE identity.notification
(
  id          UUID PRIMARY KEY,
  user_id     UUID         NOT NULL REFERENCES identity.app_user (id) ON DELETE CASCADE,
  subject     VARCHAR(300) NOT NULL,
  body        TEXT         NOT NULL,
  link        VARCHAR(500),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at     TIMESTAMP WITH TIME ZONE,
  -- null while the e-mail is still to be sent; set when sent or when no mail server is configured
  emailed_at  TIMESTAMP WITH TIME ZONE,
  email_error VARCHAR(500)
);
CREATE INDEX notification_user_idx ON identity.notification (user_id, created_at DESC);
CREATE INDEX notification_unsent_idx ON identity.notification (created_at) WHERE emailed_at IS NULL;
