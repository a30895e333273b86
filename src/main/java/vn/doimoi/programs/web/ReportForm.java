package vn.doimoi.programs.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.ProgressStatus;

/** What the agency typed in a report form, kept as text so a mistake can be shown and corrected. */
public record ReportForm(
        String period, @Nullable ProgressStatus progress, String narrative, Map<String, String> figures, long version) {

    /** A typed figure, e.g. {@code value-<indicator id>} or {@code numerator-<indicator id>}. */
    public String figure(String name) {
        String value = figures.get(name);
        return value == null ? "" : value;
    }
}
