package vn.doimoi.projects.councils;

/** FORMING → IN_SESSION (composition, declarations and quorum checked) → CONCLUDED. */
public enum CouncilState {
    FORMING,
    IN_SESSION,
    CONCLUDED
}
