package vn.doimoi.projects.execution;

/** A contract is drafted, signed (then frozen: changes are amendments) and may be terminated. */
public enum ContractState {
    DRAFT,
    SIGNED,
    TERMINATED
}
