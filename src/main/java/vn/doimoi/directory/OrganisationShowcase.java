package vn.doimoi.directory;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What another module shows on an organisation's public page: its published listings (market),
 * its tasks on the public register and its registered results (projects). The directory knows
 * only this interface; the modules that depend on the directory implement it, so the page lists
 * their records without a dependency cycle and without reaching into their internals. Only what
 * is public anyway may be shown: an anonymous listing never names its owner here.
 */
public interface OrganisationShowcase {

    /** The public section of this module for one organisation; empty items hide the section. */
    Section showcase(UUID organisationId);

    /**
     * @param headingKey message key of the section's heading
     * @param order where the section comes among the others (smaller first)
     * @param moreHref a page with everything of the kind, or null
     */
    record Section(
            String headingKey,
            int order,
            List<Item> items,
            @Nullable String moreHref) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * @param tagKey message key of a short tag (the listing's kind), or null
     * @param detail a code or number as written (task code, certificate number), or null
     */
    record Item(
            String title,
            String href,
            @Nullable String tagKey,
            @Nullable String detail) {}
}
