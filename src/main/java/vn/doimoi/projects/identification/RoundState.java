package vn.doimoi.projects.identification;

/** COLLECTING (proposals grouped) → IN_COUNCIL (the council formed, scoring) → CONCLUDED (outcomes fixed). */
public enum RoundState {
    COLLECTING,
    IN_COUNCIL,
    CONCLUDED
}
