package vn.doimoi.projects.proposals;

/**
 * SUBMITTED → IN_ROUND (grouped into a year's identification round) → SHORTLISTED (recommended
 * by the identification council) → ORDERED (a call drafted once the ordered list is approved);
 * or REJECTED.
 */
public enum ProposalState {
    SUBMITTED,
    IN_ROUND,
    SHORTLISTED,
    ORDERED,
    REJECTED
}
