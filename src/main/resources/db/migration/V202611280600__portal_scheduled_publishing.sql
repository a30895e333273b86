-- Scheduled publishing: an editor sets when an article goes out; the scheduler publishes it then.
ALTER TABLE portal.article ADD COLUMN scheduled_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX article_scheduled_idx ON portal.article (scheduled_at) WHERE scheduled_at IS NOT NULL;
