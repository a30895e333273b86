-- A cover image per article: a JPEG at most 1200 px wide and a 400 px thumbnail, both stored by SHA-256.
ALTER TABLE portal.article ADD COLUMN cover_url VARCHAR(100);
ALTER TABLE portal.article ADD COLUMN cover_thumbnail_url VARCHAR(100);
