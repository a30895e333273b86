package vn.doimoi.projects.selection;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The appraisal group's figures for one budget line (by its position), whole VND, with the reason. */
public record LineAdjustment(
        int position,
        BigDecimal state,
        BigDecimal other,
        @Nullable String reason) {}
