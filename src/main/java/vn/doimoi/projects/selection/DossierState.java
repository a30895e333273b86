package vn.doimoi.projects.selection;

/** DRAFT → SUBMITTED → VALID | INVALID; VALID → SELECTED | NOT_SELECTED. */
public enum DossierState {
    DRAFT,
    SUBMITTED,
    VALID,
    INVALID,
    SELECTED,
    NOT_SELECTED
}
