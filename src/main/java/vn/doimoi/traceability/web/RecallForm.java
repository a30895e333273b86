package vn.doimoi.traceability.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A lot's recall: why, from which day, and the version of the lot the member read. */
public record RecallForm(
        @Nullable String reason,
        @Nullable LocalDate recalledOn,
        @Nullable Long rowVersion) {}
