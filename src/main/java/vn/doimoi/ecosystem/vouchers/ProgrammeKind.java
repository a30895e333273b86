package vn.doimoi.ecosystem.vouchers;

/** The kinds of innovation task Decree 268/2025 names; a {@link #VOUCHER} programme grants vouchers. */
public enum ProgrammeKind {
    TECHNOLOGY_INNOVATION,
    IP_PRODUCTIVITY_QUALITY,
    STARTUP_SUPPORT,
    LOAN_INTEREST,
    VOUCHER
}
