package vn.doimoi.programs.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.ProgressStatus;

/**
 * What the agency typed in a report form, bound by Spring (ADR 0038) and kept as text so a
 * mistake can be shown and corrected: the figures arrive as {@code figures[value-<indicator id>]},
 * {@code figures[numerator-…]} and {@code figures[denominator-…]}. A progress the form does not
 * offer, or a version that is no number, answers 400.
 */
public record ReportForm(
        String period, @Nullable ProgressStatus progress, String narrative, Map<String, String> figures, Long version) {

    public ReportForm {
        period = period == null ? "" : period;
        narrative = narrative == null ? "" : narrative;
        // mutable on purpose: after the constructor, the data binder puts each figures[...] value
        // into this map through the accessor; an immutable copy made that answer 500
        figures = figures == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(figures);
        version = version == null ? 0 : version; // a new report sends none
    }

    /** A typed figure, e.g. {@code value-<indicator id>} or {@code numerator-<indicator id>}. */
    public String figure(String name) {
        String value = figures.get(name);
        return value == null ? "" : value;
    }
}
