package vn.doimoi.programs;

import java.time.LocalDate;

/** A report an agency still owes: due soon (a reminder) or overdue. */
public record DueReport(AssignmentView assignment, ReportPeriod period, LocalDate dueOn, boolean overdue) {}
