package vn.doimoi.projects.execution;

/** A tranche is planned by the contract, requested by the host, approved by STAFF then finance, and paid. */
public enum TrancheState {
    PLANNED,
    REQUESTED,
    STAFF_APPROVED,
    FINANCE_APPROVED,
    PAID
}
