-- Law 93/2025 art. 73 (issue 19): the protection title granted for a result (patent, industrial design,
-- layout design) brings a task assigned from 1/1/2023 under the 2025 sharing rule.
ALTER TABLE projects.result ADD COLUMN protection_title_kind VARCHAR(30);
ALTER TABLE projects.result ADD COLUMN protection_title_number VARCHAR(100);
ALTER TABLE projects.result ADD COLUMN protection_granted_on DATE;

-- A recorded commercialisation can be corrected (ADR 0055); the terms before each correction stay in the
-- task's journal and the audit log, the last correction is named here.
ALTER TABLE projects.result_commercialisation ADD COLUMN corrected_by VARCHAR(100);
ALTER TABLE projects.result_commercialisation ADD COLUMN corrected_at TIMESTAMPTZ;
