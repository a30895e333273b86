package vn.doimoi.projects.proposals.web;

import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.shared.Money;

/** A task proposal as an organisation types it; the estimate is read by the site's money formatter. */
public record ProposalForm(
        @Nullable String title,
        @Nullable String problem,
        @Nullable String objectives,
        @Nullable String expectedProducts,
        @Nullable String adopterName,
        @Nullable Money budgetEstimate,
        @Nullable PriorityArea priorityArea) {

    public static ProposalForm empty() {
        return new ProposalForm(null, null, null, null, null, null, null);
    }

    /** A text field as typed, or empty. */
    public static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
