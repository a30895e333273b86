-- Issue 18: a progress report's reminders are recorded once in identity.reminder_sent, keyed by the
-- report and its due day (ADR 0045); the report's own flags were no longer read or written.
ALTER TABLE projects.report_progress
    DROP COLUMN reminded_before,
    DROP COLUMN reminded_after;
