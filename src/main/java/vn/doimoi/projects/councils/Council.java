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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.CouncilRules;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.shared.DomainException;

/**
 * An advisory council (hội đồng tư vấn) for a call's selection, a year's identification round or
 * a task's acceptance.
 * Members with a conflict of interest, found in the data or declared by themselves, are excluded
 * and never score; every other member declares no conflict (online, or on the paper STAFF records)
 * before the meeting; the meeting starts only with a well-formed council and a quorum; each sheet
 * is validated once, here, against the rule set the council was formed under; the council
 * concludes once every present member scored every item.
 */
@Entity
@Table(schema = "projects", name = "council")
class Council {

    @Id
    private UUID id;

    private @Nullable UUID callId;
    private @Nullable UUID roundId;
    private @Nullable UUID taskId;

    /** For a REVIEW council: the owner module's kind of subject and its id (ADR 0068). */
    private @Nullable String subjectKind;

    @jakarta.persistence.Column(name = "subject_id")
    private @Nullable UUID reviewSubjectId;

    @Enumerated(EnumType.STRING)
    private @Nullable Grade classification;

    @Enumerated(EnumType.STRING)
    private CouncilPurpose kind;

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

    /** A council for what it advises on: the call (selection) or the round (identification). */
    Council(CouncilPurpose purpose, UUID subjectId, String ruleSetId, @Nullable String decisionNumber, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = purpose;
        switch (purpose) {
            case SELECTION -> this.callId = subjectId;
            case IDENTIFICATION -> this.roundId = subjectId;
            case ACCEPTANCE -> this.taskId = subjectId;
            case REVIEW -> this.reviewSubjectId = subjectId;
        }
        this.ruleSetId = ruleSetId;
        this.decisionNumber = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip();
        this.state = CouncilState.FORMING;
        this.createdAt = now;
    }

    /** A selection council for a call. */
    Council(UUID callId, String ruleSetId, @Nullable String decisionNumber, Instant now) {
        this(CouncilPurpose.SELECTION, callId, ruleSetId, decisionNumber, now);
    }

    /** An identification council (hội đồng tư vấn xác định nhiệm vụ) for a year's round of proposals. */
    static Council forRound(UUID roundId, String ruleSetId, @Nullable String decisionNumber, Instant now) {
        return new Council(CouncilPurpose.IDENTIFICATION, roundId, ruleSetId, decisionNumber, now);
    }

    /** An acceptance council (hội đồng đánh giá, nghiệm thu) for a task, formed by a numbered decision. */
    static Council forTask(UUID taskId, String ruleVersion, String decisionNumber, Instant now) {
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw DomainException.refused("acceptance.council.error.decision");
        }
        return new Council(CouncilPurpose.ACCEPTANCE, taskId, ruleVersion, decisionNumber, now);
    }

    /** A council another module opened for a subject of its own (kind and id), through the module's API. */
    static Council forReview(
            String subjectKind, UUID subjectId, String ruleSetId, @Nullable String decisionNumber, Instant now) {
        Council council = new Council(CouncilPurpose.REVIEW, subjectId, ruleSetId, decisionNumber, now);
        council.subjectKind = subjectKind;
        return council;
    }

    /** Seats a member; one with a conflict is seated as excluded, with the conflicts found. */
    void seat(
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

    /** The member declares online that they have no conflict of interest. */
    void declareNoConflict(UUID personId, Instant now) {
        declare(personId, now, false);
    }

    /** STAFF records the member's signed paper declaration (bản cam kết) of no conflict. */
    void declareOnPaper(UUID personId, Instant now) {
        declare(personId, now, true);
    }

    private void declare(UUID personId, Instant now, boolean onPaper) {
        Seat seat = sitting(personId);
        if (state == CouncilState.CONCLUDED) {
            throw DomainException.conflict("council.error.transition", "declare", state.name());
        }
        if (!seat.declared()) {
            seat.declare(now, onPaper);
        }
    }

    /**
     * The member declares a conflict of interest the data could not show: they are excluded, as a
     * found conflict excludes, before the meeting starts (a seat must then be filled again).
     */
    void declareConflict(UUID personId) {
        Seat seat = seat(personId).orElseThrow(() -> DomainException.forbidden("council.error.notMember"));
        requireState(CouncilState.FORMING, "declareConflict");
        seat.declareConflict();
    }

    /** Starts the meeting with the members present; checks composition, declarations and quorum. */
    void start(RuleSet rules, Set<UUID> present, Instant now) {
        requireState(CouncilState.FORMING, "start");
        List<String> problems = new ArrayList<>(CouncilRules.compositionProblems(rules, seatsFor(Set.of())));
        if (members.stream().anyMatch(s -> !s.excluded() && !s.declared())) {
            problems.add("council.error.undeclared");
        }
        problems.addAll(CouncilRules.quorumProblems(rules, seatsFor(present)));
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0));
        }
        for (Seat seat : members) {
            seat.attend(!seat.excluded() && present.contains(seat.personId()));
        }
        sitFrom(now);
    }

    /** The council sits from now on: it takes declarations and sheets. */
    void sitFrom(Instant now) {
        state = CouncilState.IN_SESSION;
        meetingStartedAt = now;
    }

    /** The acceptance council's classification, from its members' sheets, concludes it. */
    void concludeWith(Grade grade, Instant now) {
        this.classification = grade;
        this.state = CouncilState.CONCLUDED;
        this.concludedAt = now;
    }

    /** A present member scores a valid item (replacing an earlier sheet for it). */
    void score(
            RuleSet rules,
            UUID personId,
            UUID itemId,
            List<UUID> items,
            Map<String, Integer> scores,
            @Nullable String comment,
            Instant now) {
        score(rules, personId, itemId, items, new SheetEntry(scores, null, comment), false, now);
    }

    /** A present member scores an item with their vote to recommend it, where the council votes. */
    void score(
            RuleSet rules,
            UUID personId,
            UUID itemId,
            List<UUID> items,
            Map<String, Integer> scores,
            @Nullable Boolean recommends,
            @Nullable String comment,
            Instant now) {
        score(rules, personId, itemId, items, new SheetEntry(scores, recommends, comment), false, now);
    }

    /**
     * Keeps a present member's sheet for an item, validated here once against the rule set. A
     * member revises their own online sheet; a sheet STAFF typed from the signed paper stays as
     * signed against the member's online entry (STAFF may type it again from a corrected paper).
     */
    void score(
            RuleSet rules,
            UUID personId,
            UUID itemId,
            List<UUID> items,
            SheetEntry entry,
            boolean onPaper,
            Instant now) {
        Seat seat = sitting(personId);
        requireState(CouncilState.IN_SESSION, "score");
        if (!seat.present()) {
            throw DomainException.forbidden("council.error.absent");
        }
        if (!items.contains(itemId)) {
            throw DomainException.notFound("dossier.error.notFound");
        }
        ScoringForm.check(rules, entry);
        Optional<ScoreSheet> earlier = sheet(personId, itemId);
        if (!onPaper && earlier.map(ScoreSheet::onPaper).orElse(false)) {
            throw DomainException.conflict("council.error.paperSheet");
        }
        earlier.ifPresent(sheets::remove);
        sheets.add(new ScoreSheet(personId, itemId, entry, onPaper, now));
    }

    /** Counts the votes; refused while a present member has not scored every item. */
    List<Tally.Result> conclude(RuleSet rules, List<UUID> items, Instant now) {
        requireState(CouncilState.IN_SESSION, "conclude");
        for (Seat seat : members) {
            if (!seat.present()) {
                continue;
            }
            for (UUID item : items) {
                if (sheet(seat.personId(), item).isEmpty()) {
                    throw new DomainException("council.error.missingSheets", seat.fullName());
                }
            }
        }
        state = CouncilState.CONCLUDED;
        concludedAt = now;
        return tally(rules, items);
    }

    List<Tally.Result> tally(RuleSet rules, List<UUID> items) {
        return Tally.count(
                rules, items, sheets.stream().map(ScoreSheet::toSheet).toList());
    }

    /** For each item: the votes to recommend it and the sheets cast, by the members present. */
    Map<UUID, Votes> votes() {
        Map<UUID, Votes> votes = new LinkedHashMap<>();
        for (ScoreSheet sheet : sheets) {
            Votes v = votes.getOrDefault(sheet.itemId(), new Votes(0, 0));
            votes.put(sheet.itemId(), v.add(Boolean.TRUE.equals(sheet.recommends())));
        }
        return votes;
    }

    Optional<Seat> seat(UUID personId) {
        return members.stream().filter(s -> s.personId().equals(personId)).findFirst();
    }

    Optional<Seat> seatOfUser(UUID userId) {
        return members.stream().filter(s -> userId.equals(s.userId())).findFirst();
    }

    Optional<ScoreSheet> sheet(UUID personId, UUID itemId) {
        return sheets.stream()
                .filter(s -> s.personId().equals(personId) && s.itemId().equals(itemId))
                .findFirst();
    }

    /** A member's seat, refused for someone not seated or excluded. */
    private Seat sitting(UUID personId) {
        Seat seat = seat(personId).orElseThrow(() -> DomainException.forbidden("council.error.notMember"));
        if (seat.excluded()) {
            throw DomainException.forbidden("council.error.excluded");
        }
        return seat;
    }

    private List<CouncilRules.Seat> seatsFor(Set<UUID> present) {
        return members.stream()
                .map(s -> new CouncilRules.Seat(s.role(), s.excluded(), present.contains(s.personId())))
                .toList();
    }

    void requireState(CouncilState wanted, String action) {
        if (state != wanted) {
            throw DomainException.conflict("council.error.transition", action, state.name());
        }
    }

    UUID id() {
        return id;
    }

    /** The call (selection), the round (identification) or the task (acceptance) the council advises on. */
    UUID subjectId() {
        UUID subject = switch (kind) {
            case SELECTION -> callId;
            case IDENTIFICATION -> roundId;
            case ACCEPTANCE -> taskId;
            case REVIEW -> reviewSubjectId;
        };
        // every constructor sets the one id its purpose names
        return Objects.requireNonNull(subject);
    }

    /** The owner module's kind of subject, for a REVIEW council. */
    @Nullable
    String subjectKind() {
        return subjectKind;
    }

    @Nullable
    Grade classification() {
        return classification;
    }

    Instant createdAt() {
        return createdAt;
    }

    CouncilPurpose purpose() {
        return kind;
    }

    String ruleSetId() {
        return ruleSetId;
    }

    @Nullable
    String decisionNumber() {
        return decisionNumber;
    }

    CouncilState state() {
        return state;
    }

    @Nullable
    Instant meetingStartedAt() {
        return meetingStartedAt;
    }

    @Nullable
    Instant concludedAt() {
        return concludedAt;
    }

    List<Seat> members() {
        return List.copyOf(members);
    }

    List<ScoreSheet> sheets() {
        return List.copyOf(sheets);
    }

    long version() {
        return version;
    }
}
