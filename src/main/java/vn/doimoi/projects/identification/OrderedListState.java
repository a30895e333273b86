package vn.doimoi.projects.identification;

/** DRAFT (the round's recommended tasks, awaiting the province) → APPROVED (decision recorded with its PDF). */
public enum OrderedListState {
    DRAFT,
    APPROVED
}
