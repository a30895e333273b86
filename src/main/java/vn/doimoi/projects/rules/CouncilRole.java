package vn.doimoi.projects.rules;

/** Seats of an advisory council (chủ tịch, phó chủ tịch, ủy viên phản biện, thư ký khoa học, ủy viên). */
public enum CouncilRole {
    CHAIR,
    VICE_CHAIR,
    REVIEWER,
    SECRETARY,
    MEMBER
}
