package vn.doimoi.projects.call;

/** DRAFT → OPEN → CLOSED → DOSSIERS_OPENED → DECIDED. */
public enum CallState {
    DRAFT,
    OPEN,
    CLOSED,
    DOSSIERS_OPENED,
    DECIDED
}
