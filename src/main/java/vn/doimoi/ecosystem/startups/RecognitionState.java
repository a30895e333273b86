package vn.doimoi.ecosystem.startups;

/**
 * DRAFT (the organisation edits its profile) → APPLIED (waiting in STAFF's queue) → RECOGNISED
 * (public) or REFUSED (with the reasons; the organisation edits and applies again). Editing a
 * recognised profile keeps it recognised: the facts STAFF checked (kind, age) cannot change then.
 */
public enum RecognitionState {
    DRAFT,
    APPLIED,
    RECOGNISED,
    REFUSED;

    /** Whether the organisation may apply from this state. */
    boolean canApply() {
        return this == DRAFT || this == REFUSED;
    }
}
