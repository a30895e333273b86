package vn.doimoi.projects.call;

/** SUBMITTED → SHORTLISTED (identified for the year's order) → ORDERED (a call drafted); or REJECTED. */
public enum ProposalState {
    SUBMITTED,
    SHORTLISTED,
    ORDERED,
    REJECTED
}
