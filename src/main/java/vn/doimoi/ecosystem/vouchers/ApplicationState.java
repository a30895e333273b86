package vn.doimoi.ecosystem.vouchers;

import java.util.Set;

/**
 * The life of an application for support: submitted, then granted or refused; a grant is followed
 * by the agreement, the payment (a voucher programme pays providers per redemption instead), the
 * enterprise's report and the closure.
 */
public enum ApplicationState {
    SUBMITTED,
    GRANTED,
    REFUSED,
    AGREED,
    PAID,
    REPORTED,
    CLOSED;

    /** The states each state may move to. */
    public Set<ApplicationState> next(ProgrammeKind kind) {
        return switch (this) {
            case SUBMITTED -> Set.of(GRANTED, REFUSED);
            case GRANTED -> kind == ProgrammeKind.VOUCHER ? Set.of(REPORTED) : Set.of(AGREED);
            case AGREED -> Set.of(PAID);
            case PAID -> Set.of(REPORTED);
            case REPORTED -> Set.of(CLOSED);
            case REFUSED, CLOSED -> Set.of();
        };
    }

    public boolean canMoveTo(ApplicationState target, ProgrammeKind kind) {
        return next(kind).contains(target);
    }
}
