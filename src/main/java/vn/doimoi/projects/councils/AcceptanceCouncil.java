package vn.doimoi.projects.councils;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.shared.DomainException;

/**
 * The acceptance council of a task (hội đồng đánh giá, nghiệm thu): formed by a numbered decision
 * with its seats, then scores (one {@link MemberSheet} per member), then concludes once.
 */
@Entity(name = "ExecutionAcceptanceCouncil")
@Table(schema = "projects", name = "acceptance_council")
class AcceptanceCouncil {

    enum State {
        SCORING,
        CONCLUDED
    }

    @Id
    private UUID id;

    private UUID taskId;
    private String decisionNumber;
    private LocalDate formedOn;
    private String ruleVersion;

    @Enumerated(EnumType.STRING)
    private State state;

    @Enumerated(EnumType.STRING)
    private @Nullable Grade classification;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "projects",
            name = "acceptance_council_member",
            joinColumns = @JoinColumn(name = "council_id"))
    @OrderColumn(name = "seat")
    private List<Seat> seats = new ArrayList<>();

    @Version
    private long version;

    protected AcceptanceCouncil() {}

    AcceptanceCouncil(UUID taskId, String decisionNumber, LocalDate formedOn, List<Seat> seats, String ruleVersion) {
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw DomainException.refused("acceptance.council.error.decision");
        }
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.decisionNumber = decisionNumber.strip();
        this.formedOn = formedOn;
        this.seats = new ArrayList<>(seats);
        this.ruleVersion = ruleVersion;
        this.state = State.SCORING;
    }

    void requireScoring() {
        if (state != State.SCORING) {
            throw DomainException.conflict("acceptance.council.error.state", state.name());
        }
    }

    Seat seat(UUID personId) {
        return seatOf(personId).orElseThrow(() -> DomainException.refused("acceptance.council.error.notMember"));
    }

    Optional<Seat> seatOf(UUID personId) {
        return seats.stream().filter(s -> s.personId().equals(personId)).findFirst();
    }

    /**
     * The member declares online that they have no conflict of interest with the host or the PI
     * (the data checked at formation cannot know everything); once, while the council scores.
     * Returns false when the member had already declared.
     */
    boolean declare(UUID personId, Instant now) {
        requireScoring();
        Seat seat = seat(personId);
        if (seat.declaredAt() != null) {
            return false;
        }
        seats.set(seats.indexOf(seat), new Seat(seat.personId(), seat.fullName(), seat.role(), now));
        return true;
    }

    void concluded(Grade classification) {
        requireScoring();
        this.classification = classification;
        this.state = State.CONCLUDED;
    }

    UUID id() {
        return id;
    }

    UUID taskId() {
        return taskId;
    }

    String decisionNumber() {
        return decisionNumber;
    }

    LocalDate formedOn() {
        return formedOn;
    }

    String ruleVersion() {
        return ruleVersion;
    }

    State state() {
        return state;
    }

    @Nullable
    Grade classification() {
        return classification;
    }

    List<Seat> seats() {
        return List.copyOf(seats);
    }

    /**
     * A seat: the expert from the directory, the role in the council, and when the member
     * declared no conflict online (null for a member who has not, e.g. one who signs on paper).
     */
    @Embeddable
    record Seat(
            @Column(name = "person_id") UUID personId,
            @Column(name = "full_name") String fullName,

            @Enumerated(EnumType.STRING) @Column(name = "role")
            CouncilRole role,

            @Column(name = "declared_at") @Nullable Instant declaredAt) {

        Seat(UUID personId, String fullName, CouncilRole role) {
            this(personId, fullName, role, null);
        }
    }
}
