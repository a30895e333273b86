package vn.doimoi.projects.councils;

/**
 * What a council advises on: a year's round of proposals (xác định nhiệm vụ), a call's dossiers
 * (tuyển chọn, giao trực tiếp) or a task's results (đánh giá, nghiệm thu). Stored as the council's kind; the rule set the council
 * was formed under decides its composition, quorum, conflicts and score sheet. {@code REVIEW} is a
 * council another module opens through {@link vn.doimoi.projects.ReviewCouncils} for a subject of its
 * own (an initiative, an award round; ADR 0068).
 */
public enum CouncilPurpose {
    SELECTION,
    IDENTIFICATION,
    ACCEPTANCE,
    REVIEW
}
