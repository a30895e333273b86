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
 * reader may take now. {@code withheld}: a broker who is proposed but not yet agreed by both
 * parties, or who looks at a deal whose parties seek a broker, sees the listing and the stage
 * only (no message, parties or contract; ADR 0032). {@code brokerAgreedBy} names the sides
 * (OWNER, INTERESTED, BROKER) that agreed to the proposed broker.
 */
public record DealView(
        UUID id,
        UUID listingId,
        String listingTitle,
        @Nullable UUID relatedListingId,
        DealStage stage,
        @Nullable String message,
        @Nullable String ownerName,
        @Nullable String interestedName,
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
        boolean canDecline,
        boolean withheld,
        @Nullable String proposedBrokerName,
        List<String> brokerAgreedBy,
        boolean seekingBroker,
        boolean canInviteBroker,
        boolean canConsentBroker,
        boolean canWithdrawBroker,
        boolean canSeekBroker) {}
