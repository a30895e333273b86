package vn.doimoi.ecosystem.vouchers;

import java.util.Set;

/**
 * A redemption: the enterprise asks a provider for a service paid by its voucher (the amount is
 * taken from the voucher at once); the provider delivers with evidence or refuses; the enterprise
 * confirms the delivery (or cancels before it); the Department pays the provider. A refused or
 * cancelled redemption gives its amount back to the voucher.
 */
public enum RedemptionState {
    REQUESTED,
    DELIVERED,
    CONFIRMED,
    PAID,
    REFUSED,
    CANCELLED;

    public Set<RedemptionState> next() {
        return switch (this) {
            case REQUESTED -> Set.of(DELIVERED, REFUSED, CANCELLED);
            case DELIVERED -> Set.of(CONFIRMED);
            case CONFIRMED -> Set.of(PAID);
            case PAID, REFUSED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(RedemptionState target) {
        return next().contains(target);
    }

    /** Whether the amount stays taken from the voucher. */
    public boolean spends() {
        return this != REFUSED && this != CANCELLED;
    }

    /** Whether the redemption still waits for someone. */
    public boolean isOpen() {
        return this == REQUESTED || this == DELIVERED || this == CONFIRMED;
    }
}
