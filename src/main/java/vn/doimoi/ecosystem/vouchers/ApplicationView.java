package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An application for support as the enterprise and the Department see it. */
public record ApplicationView(
        UUID id,
        UUID programmeId,
        String programmeTitle,
        ProgrammeKind kind,
        UUID organisationId,
        String organisationName,
        @Nullable String taxCode,
        EnterpriseSize size,
        String purpose,
        BigDecimal amount,
        ApplicationState state,
        @Nullable BigDecimal grantedAmount,
        @Nullable String decisionNote,
        @Nullable String agreementNumber,
        @Nullable LocalDate agreementOn,
        @Nullable BigDecimal paidAmount,
        @Nullable LocalDate paidOn,
        @Nullable String paymentReference,
        @Nullable String report,
        Instant submittedAt,
        long version,
        @Nullable ApplicationReview review) {

    public boolean can(ApplicationState target) {
        return state.canMoveTo(target, kind);
    }

    /** Submitted and not yet gathered into a review council. */
    public boolean awaitingCouncil() {
        return state == ApplicationState.SUBMITTED && review == null;
    }

    /** Before a review council that has not concluded yet. */
    public boolean inCouncil() {
        return review != null && !review.concluded();
    }

    /** Reviewed by its council, which passed it: the Department may grant it. */
    public boolean passedCouncil() {
        return review != null && review.concluded() && review.passed();
    }
}
