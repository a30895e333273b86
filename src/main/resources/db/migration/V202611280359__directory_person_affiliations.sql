-- Past (and current) employers of a person, for conflict-of-interest checks in councils
-- (TT 20/2023/TT-BKHCN art. 8.2: a member may not work or have worked at the applicant).
CREATE TABLE directory.person_affiliation
(
  person_id       UUID    NOT NULL REFERENCES directory.person (id) ON DELETE CASCADE,
  organisation_id UUID    NOT NULL REFERENCES directory.organisation (id),
  from_year       INTEGER,
  to_year         INTEGER,
  PRIMARY KEY (person_id, organisation_id)
);
