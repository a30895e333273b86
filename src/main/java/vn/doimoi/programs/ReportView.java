package vn.doimoi.programs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agency's report on one assignment for one period. */
public record ReportView(
        UUID id,
        UUID assignmentId,
        String assignmentTitle,
        int taskGroupPosition,
        AgencyRef agency,
        ReportPeriod period,
        LocalDate dueOn,
        ReportState state,
        ProgressStatus progress,
        String narrative,
        @Nullable String reviewNote,
        Instant submittedAt,
        @Nullable Instant reviewedAt,
        boolean late,
        List<Value> values,
        List<Evidence> evidence,
        long version) {

    /** An indicator value the report carries. */
    public record Value(
            UUID indicatorId,
            String indicatorName,
            String unit,
            IndicatorSource source,
            BigDecimal value,
            @Nullable BigDecimal numerator,
            @Nullable BigDecimal denominator) {}

    /** An evidence file attached to the report. */
    public record Evidence(UUID id, String filename, String contentType, long size, String sha256) {}
}
