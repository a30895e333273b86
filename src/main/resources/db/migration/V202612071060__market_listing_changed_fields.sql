-- A published listing whose owner changes what a reader relies on (title, description, field,
-- TRL, price, transfer mode) goes back to moderation (issue 18, item 6). The moderator is told
-- which of those fields changed: their names, comma-separated, cleared once moderated.
ALTER TABLE market.listing ADD COLUMN changed_fields TEXT;
