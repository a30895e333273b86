package vn.doimoi.programs;

import java.util.List;

/** What STAFF follows of a programme; the public page shows the published part of it. */
public record Dashboard(
        ProgrammeView programme,
        List<ProgressRow> byTaskGroup,
        List<ProgressRow> byAgency,
        List<DueReport> overdue,
        List<ReportView> awaitingReview,
        List<AssignmentView> assignments,
        List<IndicatorView> indicators) {}
