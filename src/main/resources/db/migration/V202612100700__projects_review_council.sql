-- Councils other modules open through the projects module's public API (issue 21, ADR 0068): a
-- council of kind REVIEW judges a subject the owner module names by kind (e.g. 'initiative') and id;
-- the engine's members, declarations and sheets tables serve it as they serve the others.
ALTER TABLE projects.council ADD COLUMN subject_kind VARCHAR(40);
ALTER TABLE projects.council ADD COLUMN subject_id UUID UNIQUE;
ALTER TABLE projects.council ADD CONSTRAINT council_review_subject
    CHECK (kind <> 'REVIEW' OR (subject_kind IS NOT NULL AND subject_id IS NOT NULL));
