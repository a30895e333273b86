package vn.doimoi.market.deal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.DeclineReason;
import vn.doimoi.market.TransferDirection;
import vn.doimoi.shared.DomainException;

/**
 * A deal between a listing's owner and an interested organisation. Each stage names the side
 * that owes the next step and by when; {@link #timer} says when to nudge it and when to call the
 * broker in.
 */
@Entity
@Table(schema = "market", name = "deal")
class Deal {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Who owes the next step. */
    enum Owes {
        OWNER,
        INTERESTED,
        BROKER,
        BOTH
    }

    /** What the timer asks for now. */
    enum TimerAction {
        NONE,
        NUDGE,
        ESCALATE
    }

    @Id
    private UUID id;

    private UUID listingId;
    private @Nullable UUID relatedListingId;
    private UUID ownerOrgId;
    private UUID interestedOrgId;
    private @Nullable UUID interestedUserId;

    @Enumerated(EnumType.STRING)
    private DealStage stage;

    private String message;
    private @Nullable UUID brokerUserId;
    private @Nullable Instant acceptedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Owes owes;

    private @Nullable Instant dueAt;
    private @Nullable Instant nudgedAt;
    private @Nullable Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable DeclineReason declineReason;

    private @Nullable String declineNote;
    private @Nullable LocalDate signedOn;
    private @Nullable BigDecimal contractValue;

    @Enumerated(EnumType.STRING)
    private @Nullable TransferDirection transferDirection;

    private @Nullable Boolean stateCapital;
    private @Nullable Boolean taskResultRegistered;
    private @Nullable Boolean registrationRequired;
    private @Nullable String registrationRule;
    private @Nullable LocalDate registrationDeadline;
    private @Nullable String documents;
    private @Nullable String certificateNumber;
    private @Nullable LocalDate certificateDate;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Deal() {}

    /** An expression of interest: the owner owes an answer. */
    Deal(
            UUID listingId,
            @Nullable UUID relatedListingId,
            UUID ownerOrgId,
            UUID interestedOrgId,
            @Nullable UUID interestedUserId,
            String message,
            DealTimers timers,
            Instant now) {
        if (ownerOrgId.equals(interestedOrgId)) {
            throw DomainException.refused("market.error.ownInterest");
        }
        if (message == null || message.isBlank()) {
            throw DomainException.refused("market.error.messageRequired");
        }
        this.id = UUID.randomUUID();
        this.listingId = listingId;
        this.relatedListingId = relatedListingId;
        this.ownerOrgId = ownerOrgId;
        this.interestedOrgId = interestedOrgId;
        this.interestedUserId = interestedUserId;
        this.message = message.strip();
        this.stage = DealStage.INTEREST;
        this.createdAt = now;
        owe(Owes.OWNER, now.plus(timers.interest()), now);
    }

    /** The owner accepts: its identity is disclosed to the interested side; a broker introduces them. */
    void accept(DealTimers timers, Instant now) {
        requireStage(DealStage.INTEREST);
        stage = DealStage.INTRODUCTION;
        acceptedAt = now;
        owe(Owes.BROKER, now.plus(timers.introduction()), now);
    }

    void assignBroker(UUID broker, Instant now) {
        if (!stage.isOpen()) {
            throw DomainException.conflict("market.error.dealClosed");
        }
        brokerUserId = broker;
        updatedAt = now;
    }

    /** The broker introduced the parties; they negotiate. */
    void introduced(DealTimers timers, Instant now) {
        requireStage(DealStage.INTRODUCTION);
        stage = DealStage.NEGOTIATION;
        owe(Owes.BOTH, now.plus(timers.negotiation()), now);
    }

    /** The contract was signed; when registration is mandatory, its deadline becomes the timer. */
    void sign(
            LocalDate signedOn,
            @Nullable BigDecimal value,
            TransferDirection direction,
            boolean stateCapital,
            boolean taskResultRegistered,
            RegistrationRules rules,
            LocalDate today,
            Instant now) {
        requireStage(DealStage.NEGOTIATION);
        if (signedOn.isAfter(today)) {
            throw DomainException.refused("market.error.signedInFuture");
        }
        RegistrationRules.Decision decision = rules.decide(direction, stateCapital, taskResultRegistered, signedOn);
        this.stage = DealStage.SIGNED;
        this.signedOn = signedOn;
        this.contractValue = value;
        this.transferDirection = direction;
        this.stateCapital = stateCapital;
        this.taskResultRegistered = taskResultRegistered;
        this.registrationRequired = decision.required();
        this.registrationRule = decision.basis();
        this.registrationDeadline = decision.required() ? decision.deadline() : null;
        if (decision.required()) {
            owe(Owes.BOTH, decision.deadline().atStartOfDay(VIETNAM).toInstant(), now);
        } else {
            owe(null, null, now);
        }
    }

    /** Documents of the registration dossier already gathered. */
    void checkDocuments(Set<String> gathered, Instant now) {
        if (stage != DealStage.SIGNED) {
            throw DomainException.conflict("market.error.wrongStage", stage.name());
        }
        documents = String.join(",", gathered);
        updatedAt = now;
    }

    /** The certificate of registration arrived (or a voluntary registration was made). */
    void registered(String number, LocalDate date, LocalDate today, Instant now) {
        requireStage(DealStage.SIGNED);
        if (number == null || number.isBlank()) {
            throw DomainException.refused("market.error.certificateRequired");
        }
        if (date.isAfter(today) || (signedOn != null && date.isBefore(signedOn))) {
            throw DomainException.refused("market.error.certificateDate");
        }
        stage = DealStage.REGISTERED;
        certificateNumber = number.strip();
        certificateDate = date;
        owe(null, null, now);
    }

    void decline(DeclineReason reason, @Nullable String note, Instant now) {
        if (!stage.isOpen()) {
            throw DomainException.conflict("market.error.dealClosed");
        }
        stage = DealStage.DECLINED;
        declineReason = reason;
        declineNote = note == null || note.isBlank() ? null : note.strip();
        owe(null, null, now);
    }

    /** Past the due time the owing side is nudged once; {@code escalateAfter} later the broker hears. */
    TimerAction timer(DealTimers timers, Instant now) {
        if (dueAt == null || !now.isAfter(dueAt)) {
            return TimerAction.NONE;
        }
        if (nudgedAt == null) {
            return TimerAction.NUDGE;
        }
        if (escalatedAt == null && !now.isBefore(dueAt.plus(timers.escalateAfter()))) {
            return TimerAction.ESCALATE;
        }
        return TimerAction.NONE;
    }

    void nudged(Instant now) {
        nudgedAt = now;
    }

    void escalated(Instant now) {
        escalatedAt = now;
    }

    /** Whether the owner's identity may be shown to the interested side. */
    boolean ownerDisclosed() {
        return acceptedAt != null;
    }

    private void owe(@Nullable Owes who, @Nullable Instant due, Instant now) {
        this.owes = who;
        this.dueAt = due;
        this.nudgedAt = null;
        this.escalatedAt = null;
        this.updatedAt = now;
    }

    private void requireStage(DealStage expected) {
        if (stage != expected) {
            throw DomainException.conflict("market.error.wrongStage", stage.name());
        }
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("stage", stage.name());
        state.put("owes", owes == null ? null : owes.name());
        state.put("dueAt", dueAt == null ? null : dueAt.toString());
        if (declineReason != null) {
            state.put("declineReason", declineReason.name());
        }
        if (signedOn != null) {
            state.put("signedOn", signedOn.toString());
            state.put("registrationRequired", registrationRequired);
            state.put("registrationRule", registrationRule);
        }
        if (certificateNumber != null) {
            state.put("certificateNumber", certificateNumber);
        }
        return state;
    }

    UUID id() {
        return id;
    }

    UUID listingId() {
        return listingId;
    }

    @Nullable
    UUID relatedListingId() {
        return relatedListingId;
    }

    UUID ownerOrgId() {
        return ownerOrgId;
    }

    UUID interestedOrgId() {
        return interestedOrgId;
    }

    DealStage stage() {
        return stage;
    }

    String message() {
        return message;
    }

    @Nullable
    UUID brokerUserId() {
        return brokerUserId;
    }

    @Nullable
    Owes owes() {
        return owes;
    }

    @Nullable
    Instant dueAt() {
        return dueAt;
    }

    @Nullable
    DeclineReason declineReason() {
        return declineReason;
    }

    @Nullable
    String declineNote() {
        return declineNote;
    }

    @Nullable
    LocalDate signedOn() {
        return signedOn;
    }

    @Nullable
    BigDecimal contractValue() {
        return contractValue;
    }

    @Nullable
    TransferDirection transferDirection() {
        return transferDirection;
    }

    @Nullable
    Boolean stateCapital() {
        return stateCapital;
    }

    @Nullable
    Boolean taskResultRegistered() {
        return taskResultRegistered;
    }

    @Nullable
    Boolean registrationRequired() {
        return registrationRequired;
    }

    @Nullable
    String registrationRule() {
        return registrationRule;
    }

    @Nullable
    LocalDate registrationDeadline() {
        return registrationDeadline;
    }

    Set<String> documents() {
        if (documents == null || documents.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(documents.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Nullable
    String certificateNumber() {
        return certificateNumber;
    }

    @Nullable
    LocalDate certificateDate() {
        return certificateDate;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
