package vn.doimoi.ecosystem.initiatives;

/**
 * DECLARED (the author may still edit) → RETURNED (STAFF asked for more; the author edits and
 * declares again) or ACCEPTED (complete) → IN_COUNCIL → PASSED or NOT_PASSED (the council's
 * conclusion) → RECOGNISED (the decision, number, date and signer, recorded by STAFF).
 */
public enum InitiativeState {
    DECLARED,
    RETURNED,
    ACCEPTED,
    IN_COUNCIL,
    PASSED,
    NOT_PASSED,
    RECOGNISED;

    /** Whether the author may still change the declaration. */
    boolean editable() {
        return this == DECLARED || this == RETURNED;
    }
}
