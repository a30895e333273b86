package vn.doimoi.market;

/** The life cycle of a listing: draft → review → published → expiring → outdated → archived. */
public enum ListingStatus {
    DRAFT,
    REVIEW,
    PUBLISHED,
    /** Published, valid-until within the reminder window: still public, the owner is reminded. */
    EXPIRING,
    /** Valid-until has passed: hidden from lists, matching and search until reconfirmed. */
    OUTDATED,
    ARCHIVED;

    /** Whether the public sees and matches it. */
    public boolean isLive() {
        return this == PUBLISHED || this == EXPIRING;
    }
}
