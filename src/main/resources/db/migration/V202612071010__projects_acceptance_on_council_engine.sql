-- One council engine (issue 17, ADR 0037): the acceptance council becomes a council of the engine,
-- kind ACCEPTANCE, advising on a task. Its rows move from projects.acceptance_council and
-- projects.acceptance_council_member into projects.council and projects.council_member, keeping
-- their ids, so the members' sheets (projects.acceptance_sheet) keep pointing at their council.
--
-- What each old column becomes:
--   acceptance_council.decision_number, rule_version, classification, version -> the same in council
--     (rule_version is the version of the acceptance rule in rules/, the council's rule_set_id);
--   formed_on -> created_at at midnight in Vietnam (the page shows the day of the decision);
--   state SCORING -> IN_SESSION (sheets are taken from the formation: there is no meeting to open),
--         CONCLUDED -> CONCLUDED (concluded_at: the day the acceptance concluded, else the formation);
--   acceptance_council_member.seat, person_id, full_name, role, declared_at -> the same in
--     council_member (position = seat); every member takes part (present), none was excluded
--     (a member with a conflict could not be seated), declarations were online.

ALTER TABLE projects.council ADD COLUMN task_id UUID UNIQUE REFERENCES projects.execution_task (id);
ALTER TABLE projects.council ADD COLUMN classification VARCHAR(20);

INSERT INTO projects.council (id, kind, task_id, rule_set_id, decision_number, state, classification,
                              meeting_started_at, concluded_at, created_at, version)
SELECT c.id,
       'ACCEPTANCE',
       c.task_id,
       c.rule_version,
       c.decision_number,
       CASE c.state WHEN 'CONCLUDED' THEN 'CONCLUDED' ELSE 'IN_SESSION' END,
       c.classification,
       c.formed_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
       CASE c.state
           WHEN 'CONCLUDED' THEN COALESCE(
                   (SELECT a.concluded_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
                    FROM projects.acceptance a WHERE a.task_id = c.task_id),
                   c.formed_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
           END,
       c.formed_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
       c.version
FROM projects.acceptance_council c;

INSERT INTO projects.council_member (council_id, position, person_id, full_name, role, organisation_id, user_id,
                                     conflicts, declared_at, declared_on_paper, present)
SELECT m.council_id, m.seat, m.person_id, m.full_name, m.role, NULL, NULL, '', m.declared_at, FALSE, TRUE
FROM projects.acceptance_council_member m;

ALTER TABLE projects.acceptance_sheet DROP CONSTRAINT acceptance_sheet_council_id_fkey;
ALTER TABLE projects.acceptance_sheet
    ADD CONSTRAINT acceptance_sheet_council_id_fkey FOREIGN KEY (council_id) REFERENCES projects.council (id);

DROP TABLE projects.acceptance_council_member;
DROP TABLE projects.acceptance_council;
