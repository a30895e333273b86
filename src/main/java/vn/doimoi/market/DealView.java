package vn.doimoi.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A deal as one participant sees it. {@code ownerName} is null until the owner accepted the
 * expression of interest (for an anonymous listing). The {@code can…} flags say which steps this
 * reader may take now.
 */
public record DealView(
        UUID id,
        UUID listingId,
        String listingTitle,
        @Nullable UUID relatedListingId,
        DealStage stage,
        String message,
        @Nullable String ownerName,
        String interestedName,
        @Nullable String brokerName,
        @Nullable String owes,
        @Nullable Instant dueAt,
        @Nullable DeclineReason declineReason,
        @Nullable String declineNote,
        @Nullable LocalDate signedOn,
        @Nullable BigDecimal contractValue,
        @Nullable TransferDirection transferDirection,
        @Nullable Boolean registrationRequired,
        @Nullable String registrationRule,
        @Nullable String registrationReasonKey,
        @Nullable LocalDate registrationDeadline,
        List<String> documentChecklist,
        Set<String> documentsGathered,
        @Nullable String certificateNumber,
        @Nullable LocalDate certificateDate,
        Instant createdAt,
        long version,
        boolean canAccept,
        boolean canTakeAsBroker,
        boolean canIntroduce,
        boolean canSign,
        boolean canRegister,
        boolean canDecline) {}
