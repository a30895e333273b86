package vn.doimoi.programs;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Department's periodic report upward: a section per task group, then the indicator table. */
public record SummaryReport(
        ProgrammeView programme,
        ReportPeriod period,
        LocalDate generatedOn,
        List<Section> sections,
        List<IndicatorView> indicators) {

    public record Section(TaskGroupView group, List<Item> items) {}

    /** An assignment with its report for the period, if accepted or submitted. */
    public record Item(AssignmentView assignment, @Nullable ReportView report) {

        /** The progress the period's report gives, or without one the assignment's (late when overdue). */
        public ProgressStatus progress() {
            return report != null ? report.progress() : assignment.effectiveProgress();
        }
    }
}
