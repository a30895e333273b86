package vn.doimoi.projects.councils;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.CouncilRules;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.shared.DomainException;

/**
 * The advisory council for a call's selection (hội đồng tư vấn tuyển chọn / giao trực tiếp).
 * Members with a conflict of interest are seated as excluded and never score; every seated
 * member declares no conflict before the dossiers open to them; the meeting starts only with a
 * well-formed council and a quorum; it concludes once every present member scored every dossier.
 */
@Entity
@Table(schema = "projects", name = "council")
public class Council {

    public static final String SELECTION = "SELECTION";
    public static final String IDENTIFICATION = "IDENTIFICATION";

    @Id
    private UUID id;

    private @Nullable UUID callId;
    private @Nullable UUID roundId;
    private String kind;
    private String ruleSetId;
    private @Nullable String decisionNumber;

    @Enumerated(EnumType.STRING)
    private CouncilState state;

    private @Nullable Instant meetingStartedAt;
    private @Nullable Instant concludedAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "council_member", joinColumns = @JoinColumn(name = "council_id"))
    @OrderBy("position")
    private List<Seat> members = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "score_sheet", joinColumns = @JoinColumn(name = "council_id"))
    private List<ScoreSheet> sheets = new ArrayList<>();

    @Version
    private long version;

    protected Council() {}

    public Council(UUID callId, String ruleSetId, @Nullable String decisionNumber, Instant now) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.kind = SELECTION;
        this.ruleSetId = ruleSetId;
        this.decisionNumber = decisionNumber;
        this.state = CouncilState.FORMING;
        this.createdAt = now;
    }

    /** An identification council (hội đồng tư vấn xác định nhiệm vụ) for a year's round of proposals. */
    public static Council forRound(UUID roundId, String ruleSetId, @Nullable String decisionNumber, Instant now) {
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.roundId = roundId;
        council.kind = IDENTIFICATION;
        council.ruleSetId = ruleSetId;
        council.decisionNumber = decisionNumber;
        council.state = CouncilState.FORMING;
        council.createdAt = now;
        return council;
    }

    /** Seats a member; one with a conflict is seated as excluded, with the conflicts found. */
    public void seat(
            UUID personId,
            String fullName,
            CouncilRole role,
            @Nullable UUID organisationId,
            @Nullable UUID userId,
            Set<ConflictKind> conflicts) {
        requireState(CouncilState.FORMING, "seat");
        if (seat(personId).isPresent()) {
            throw DomainException.conflict("council.error.alreadySeated", fullName);
        }
        members.add(new Seat(members.size(), personId, fullName, role, organisationId, userId, conflicts));
    }

    /** The member declares no conflict of interest (only a member without a found conflict). */
    public void declareNoConflict(UUID personId, Instant now) {
        Seat seat = seat(personId).orElseThrow(() -> DomainException.forbidden("council.error.notMember"));
        if (seat.excluded()) {
            throw DomainException.forbidden("council.error.excluded");
        }
        if (state == CouncilState.CONCLUDED) {
            throw DomainException.conflict("council.error.transition", "declare", state.name());
        }
        if (seat.declaredAt() == null) {
            seat.declare(now);
        }
    }

    /** Starts the meeting with the members present; checks composition, declarations and quorum. */
    public void start(RuleSet rules, Set<UUID> present, Instant now) {
        requireState(CouncilState.FORMING, "start");
        List<String> problems = new ArrayList<>(CouncilRules.compositionProblems(rules, seatsFor(Set.of())));
        for (Seat seat : members) {
            if (!seat.excluded() && seat.declaredAt() == null) {
                problems.add("council.error.undeclared");
                break;
            }
        }
        problems.addAll(CouncilRules.quorumProblems(rules, seatsFor(present)));
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0));
        }
        for (Seat seat : members) {
            seat.attend(!seat.excluded() && present.contains(seat.personId()));
        }
        state = CouncilState.IN_SESSION;
        meetingStartedAt = now;
    }

    /** A present member scores a valid dossier (replacing an earlier sheet for it). */
    public void score(
            RuleSet rules,
            UUID personId,
            UUID dossierId,
            List<UUID> validDossiers,
            Map<String, Integer> scores,
            @Nullable String comment,
            Instant now) {
        score(rules, personId, dossierId, validDossiers, scores, null, comment, now);
    }

    /**
     * A present member scores an item (a dossier, or a proposal in an identification council),
     * with their vote to recommend it where the council votes; replaces an earlier sheet for it.
     */
    public void score(
            RuleSet rules,
            UUID personId,
            UUID dossierId,
            List<UUID> validDossiers,
            Map<String, Integer> scores,
            @Nullable Boolean recommends,
            @Nullable String comment,
            Instant now) {
        Seat seat = seat(personId).orElseThrow(() -> DomainException.forbidden("council.error.notMember"));
        if (seat.excluded()) {
            throw DomainException.forbidden("council.error.excluded");
        }
        requireState(CouncilState.IN_SESSION, "score");
        if (!seat.present()) {
            throw DomainException.forbidden("council.error.absent");
        }
        if (!validDossiers.contains(dossierId)) {
            throw DomainException.notFound("dossier.error.notFound");
        }
        List<String> problems = Tally.sheetProblems(rules, scores);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0));
        }
        if (IDENTIFICATION.equals(kind) && recommends == null) {
            throw new DomainException("identification.error.vote");
        }
        sheets.removeIf(s -> s.personId().equals(personId) && s.dossierId().equals(dossierId));
        sheets.add(new ScoreSheet(personId, dossierId, scores, recommends, comment, now));
    }

    /** Counts the votes; refused while a present member has not scored every dossier. */
    public List<Tally.Result> conclude(RuleSet rules, List<UUID> validDossiers, Instant now) {
        requireState(CouncilState.IN_SESSION, "conclude");
        for (Seat seat : members) {
            if (!seat.present()) {
                continue;
            }
            for (UUID dossier : validDossiers) {
                if (sheet(seat.personId(), dossier).isEmpty()) {
                    throw new DomainException("council.error.missingSheets", seat.fullName());
                }
            }
        }
        state = CouncilState.CONCLUDED;
        concludedAt = now;
        return tally(rules, validDossiers);
    }

    public List<Tally.Result> tally(RuleSet rules, List<UUID> validDossiers) {
        return Tally.count(
                rules, validDossiers, sheets.stream().map(ScoreSheet::toSheet).toList());
    }

    public Optional<Seat> seat(UUID personId) {
        return members.stream().filter(s -> s.personId().equals(personId)).findFirst();
    }

    public Optional<Seat> seatOfUser(UUID userId) {
        return members.stream().filter(s -> userId.equals(s.userId())).findFirst();
    }

    Optional<ScoreSheet> sheet(UUID personId, UUID dossierId) {
        return sheets.stream()
                .filter(s -> s.personId().equals(personId) && s.dossierId().equals(dossierId))
                .findFirst();
    }

    private List<CouncilRules.Seat> seatsFor(Set<UUID> present) {
        return members.stream()
                .map(s -> new CouncilRules.Seat(s.role(), s.excluded(), present.contains(s.personId())))
                .toList();
    }

    private void requireState(CouncilState wanted, String action) {
        if (state != wanted) {
            throw DomainException.conflict("council.error.transition", action, state.name());
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", state.name());
        map.put("members", members.size());
        map.put("excluded", members.stream().filter(Seat::excluded).count());
        map.put("sheets", sheets.size());
        return map;
    }

    public UUID id() {
        return id;
    }

    @Nullable
    public UUID callId() {
        return callId;
    }

    @Nullable
    UUID roundId() {
        return roundId;
    }

    public String kind() {
        return kind;
    }

    public String ruleSetId() {
        return ruleSetId;
    }

    @Nullable
    public String decisionNumber() {
        return decisionNumber;
    }

    public CouncilState state() {
        return state;
    }

    @Nullable
    public Instant meetingStartedAt() {
        return meetingStartedAt;
    }

    @Nullable
    public Instant concludedAt() {
        return concludedAt;
    }

    public List<Seat> members() {
        return List.copyOf(members);
    }

    public List<ScoreSheet> sheets() {
        return List.copyOf(sheets);
    }

    public long version() {
        return version;
    }
}
