package vn.doimoi.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A deal and the steps it went through ({@link DealImport}); a step that did not happen is null,
 * and each step needs the one before it.
 *
 * @param interestAt when the interested organisation wrote to the owner
 * @param acceptedAt when the owner agreed to talk
 * @param introducedAt when the broker introduced the parties (negotiation started)
 */
public record ImportedDeal(
        UUID offerId,
        UUID interestedOrgId,
        String message,
        Instant interestAt,
        @Nullable Instant acceptedAt,
        @Nullable UUID brokerUserId,
        @Nullable Instant brokerAssignedAt,
        @Nullable Instant introducedAt,
        @Nullable Contract contract) {

    /** The signed contract and, when it was registered, its certificate. */
    public record Contract(
            LocalDate signedOn,
            BigDecimal value,
            TransferDirection direction,
            boolean stateCapital,
            Instant recordedAt,
            @Nullable String certificate,
            @Nullable LocalDate certifiedOn,
            @Nullable Instant certificateRecordedAt) {}
}
