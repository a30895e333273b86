package vn.doimoi.ecosystem.vouchers;

/** A programme is prepared as a draft, published for applications, then closed. */
public enum ProgrammeStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
