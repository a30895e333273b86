-- Acceptance council members declare no conflict and enter their own score sheets online.
-- A seat records when its member declared; a sheet records whether the member entered it online
-- (the member may revise it until the council concludes) or STAFF typed it from the signed paper.

ALTER TABLE projects.acceptance_council_member ADD COLUMN declared_at TIMESTAMPTZ;

ALTER TABLE projects.acceptance_sheet ADD COLUMN online BOOLEAN NOT NULL DEFAULT FALSE;
