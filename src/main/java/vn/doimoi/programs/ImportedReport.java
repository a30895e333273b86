package vn.doimoi.programs;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agency's report for one period ({@link ProgrammeImport}).
 *
 * @param period the period's code: {@code 2025}, {@code 2025-H1}, {@code 2026-Q3}
 * @param figures indicator values by indicator
 * @param accepted whether the Department had accepted it
 * @param acceptanceNote the Department's note on accepting it
 */
public record ImportedReport(
        UUID assignmentId,
        String period,
        ProgressStatus progress,
        String narrative,
        Map<UUID, Figure> figures,
        boolean accepted,
        @Nullable String acceptanceNote) {

    public ImportedReport {
        figures = Map.copyOf(figures);
    }

    /** A value for one indicator: the value itself, or for a ratio the two figures that make it. */
    public record Figure(
            @Nullable BigDecimal value,
            @Nullable BigDecimal numerator,
            @Nullable BigDecimal denominator) {}
}
