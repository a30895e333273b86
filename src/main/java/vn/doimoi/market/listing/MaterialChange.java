package vn.doimoi.market.listing;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of a listing's fields a reader relies on when deciding to deal, and so which changes send
 * a published listing back to moderation (ADR 0046): what it is (title, summary and the four
 * description texts), its field, its TRL, its price, its transfer modes, its IP status and its
 * service kind. The time frame, the province, the validity date and anonymity are not material:
 * they change no claim the moderators checked, and the listing stays published.
 */
final class MaterialChange {

    private MaterialChange() {}

    /** The names of the material fields that differ (the form's names, for the moderator's note). */
    static Set<String> between(ListingContent before, ListingContent after) {
        Set<String> changed = new LinkedHashSet<>();
        text(changed, "title", before.title(), after.title());
        text(changed, "summary", before.summary(), after.summary());
        text(changed, "problem", before.problem(), after.problem());
        text(changed, "advantages", before.advantages(), after.advantages());
        text(changed, "currentSolution", before.currentSolution(), after.currentSolution());
        text(changed, "requirements", before.requirements(), after.requirements());
        if (!before.fieldCodes().equals(after.fieldCodes())) {
            changed.add("fieldCode");
        }
        if (!Objects.equals(before.trl(), after.trl())) {
            changed.add("trl");
        }
        if (!sameAmount(before.priceMin(), after.priceMin()) || !sameAmount(before.priceMax(), after.priceMax())) {
            changed.add("price");
        }
        if (!before.modes().equals(after.modes())) {
            changed.add("modes");
        }
        if (before.ipStatus() != after.ipStatus()) {
            changed.add("ipStatus");
        }
        if (before.serviceKind() != after.serviceKind()) {
            changed.add("serviceKind");
        }
        return changed;
    }

    private static void text(Set<String> changed, String name, @Nullable String before, @Nullable String after) {
        if (!normal(before).equals(normal(after))) {
            changed.add(name);
        }
    }

    /** Blank and missing are the same text; so are texts that differ only in surrounding spaces. */
    private static String normal(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean sameAmount(@Nullable BigDecimal before, @Nullable BigDecimal after) {
        return before == null ? after == null : after != null && before.compareTo(after) == 0;
    }
}
