-- One council engine (issue 17, ADR 0037): every council records whether a member's declaration
-- of no conflict and each score sheet came from the signed paper STAFF typed in, as acceptance
-- councils already did. Existing rows were entered online or on paper without the distinction;
-- they stay FALSE, i.e. revisable by the member, which is what they were until now.
ALTER TABLE projects.council_member ADD COLUMN declared_on_paper BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE projects.score_sheet ADD COLUMN on_paper BOOLEAN NOT NULL DEFAULT FALSE;
