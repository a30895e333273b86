-- An approved schedule extension moves the end of the task's execution period. The signed
-- contract versions stay frozen (an amendment is the only way to change them), so the extended
-- end is kept on the task and shown beside the contract's own end.

ALTER TABLE projects.execution_task ADD COLUMN extended_until DATE;
