package vn.doimoi.ecosystem.vouchers;

/** A voucher can be spent while active and within its validity; the Department may cancel it. */
public enum VoucherState {
    ACTIVE,
    CANCELLED
}
