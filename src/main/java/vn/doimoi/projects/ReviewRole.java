package vn.doimoi.projects;

/** A seat on a review council: chair, vice-chair, reviewer, scientific secretary or member. */
public enum ReviewRole {
    CHAIR,
    VICE_CHAIR,
    REVIEWER,
    SECRETARY,
    MEMBER
}
