package vn.doimoi.projects.selection;

/** DRAFT → OPEN → CLOSED → DOSSIERS_OPENED → DECIDED. */
public enum CallState {
    DRAFT,
    OPEN,
    CLOSED,
    DOSSIERS_OPENED,
    DECIDED
}
