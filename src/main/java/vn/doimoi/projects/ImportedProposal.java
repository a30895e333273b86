package vn.doimoi.projects;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A proposal of a task (phiếu đề xuất đặt hàng) as it was received; {@code priorityArea} by the
 * name of the province's priority area ({@code DIGITAL_TRANSFORMATION}, {@code HEALTH}, …).
 */
public record ImportedProposal(
        String title,
        String problem,
        String objectives,
        String expectedProducts,
        @Nullable String adopterName,
        @Nullable BigDecimal budgetEstimate,
        String priorityArea) {}
