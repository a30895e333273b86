package vn.doimoi.ecosystem.awards;

/**
 * SUBMITTED (the nominator may add files) → ACCEPTED or REJECTED (STAFF's screening) → PASSED or
 * NOT_PASSED (the council's conclusion) → AWARDED (within its category's prizes, by the decision).
 */
public enum NominationState {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    PASSED,
    NOT_PASSED,
    AWARDED
}
