package vn.doimoi.rules.book;

/** DRAFT and PUBLISHED are stored; SCHEDULED and ENDED are how a published version reads on a day. */
public enum RuleStatus {
    DRAFT,
    PUBLISHED,
    SCHEDULED,
    ENDED
}
