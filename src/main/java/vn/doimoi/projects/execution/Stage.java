package vn.doimoi.projects.execution;

/** Where an approved task stands, from the order's approval to its closing. */
public enum Stage {
    AWAITING_CONTRACT,
    CONTRACT_DRAFT,
    IN_PROGRESS,
    UNDER_ACCEPTANCE,
    ACCEPTED,
    NOT_ACCEPTED,
    TERMINATED,
    CLOSED
}
