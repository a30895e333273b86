-- A person's address as an organisation's (issue 19, ADR 0052): the codes of the province and the
-- commune in the official list, and the day they were recorded, which says whose list the codes
-- belong to (before 1/7/2025 the 63 provinces). No street line: the directory shows where a
-- scientist works and lives at commune level only. Existing people have no address yet.
ALTER TABLE directory.person
  ADD COLUMN province_code        VARCHAR(2),
  ADD COLUMN commune_code         VARCHAR(5),
  ADD COLUMN address_recorded_on  DATE;
