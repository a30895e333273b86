package vn.doimoi.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilView;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.ResultView;
import vn.doimoi.projects.councils.ReviewSubjects;
import vn.doimoi.projects.councils.SheetEntry;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;

/**
 * The council engine for other modules (ADR 0068): a module opens a council for a subject of its
 * own (kind and id, told to the engine through its {@link ReviewSubjectOwner}), under a rule
 * version of the {@code review-council} kind whose family (code prefix) it names; members are
 * seated from the directory's experts with the conflicts found, declare, are marked present
 * against the quorum, score on the criteria of the rule version, and STAFF concludes. The
 * conclusion reaches the owner in the same transaction. Everything goes through {@link Councils}:
 * the same checks of who acts, the same transitions, the same audit trail as the task councils.
 */
@Service
@Transactional
public class ReviewCouncils {

    private final Councils councils;
    private final ReviewSubjects subjects;
    private final RuleSets ruleSets;
    private final Clock clock;

    ReviewCouncils(Councils councils, ReviewSubjects subjects, RuleSets ruleSets, Clock clock) {
        this.councils = councils;
        this.subjects = subjects;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /** The page where members and STAFF work on a review council. */
    public static String page(UUID councilId) {
        return "/review-councils/" + councilId;
    }

    /** The code of the family's rule version in force today (e.g. family {@code SK} for initiatives). */
    @Transactional(readOnly = true)
    public String ruleVersionInForce(String family) {
        return ruleSets.reviewInForce(family, LocalDate.now(clock)).id();
    }

    /** The score sheet's criteria of a rule version. */
    @Transactional(readOnly = true)
    public List<ReviewCouncil.Criterion> criteria(String ruleVersion) {
        return criteria(ruleSets.get(ruleVersion));
    }

    /** STAFF opens the council of a subject (one each: opening again answers the same council). */
    public UUID open(String subjectKind, UUID subjectId, String ruleVersion, @Nullable String decisionNumber) {
        subjects.owner(subjectKind);
        return councils.formReview(subjectKind, subjectId, ruleVersion, decisionNumber);
    }

    /** The council of a subject, if opened. */
    @Transactional(readOnly = true)
    public Optional<UUID> councilOf(UUID subjectId) {
        return councils.councilOf(CouncilPurpose.REVIEW, subjectId);
    }

    /** A review council, for STAFF or one of its members. */
    @Transactional(readOnly = true)
    public ReviewCouncil council(UUID councilId) {
        return view(councils.view(councilId));
    }

    /** STAFF seats directory experts (person ids); a conflict found seats them as excluded. */
    public void seat(UUID councilId, long version, Map<UUID, ReviewRole> seats) {
        Map<UUID, CouncilRole> roles = new LinkedHashMap<>();
        seats.forEach((person, role) -> roles.put(person, CouncilRole.valueOf(role.name())));
        councils.seat(councilId, version, roles);
    }

    /** The signed-in member declares no conflict of interest. */
    public void declareNoConflict(UUID councilId) {
        councils.declareNoConflict(councilId);
    }

    /** STAFF record a member's signed paper declaration of no conflict (a member without an account). */
    public void declareOnPaper(UUID councilId, UUID personId) {
        councils.declareOnPaper(councilId, personId);
    }

    /** STAFF type a member's signed paper score sheet. */
    public void scoreOnPaper(
            UUID councilId, UUID personId, UUID itemId, Map<String, Integer> marks, @Nullable String comment) {
        councils.scoreOnPaper(councilId, personId, itemId, SheetEntry.of(marks, comment));
    }

    /** The signed-in member declares a conflict of interest: they are off the council. */
    public void declareConflict(UUID councilId) {
        councils.declareConflict(councilId);
    }

    /** STAFF starts the meeting with the members present: composition, declarations and quorum checked. */
    public void start(UUID councilId, long version, Set<UUID> present) {
        councils.start(councilId, version, present);
    }

    /** The signed-in member's sheet for an item, validated once by the council against its rule version. */
    public void score(UUID councilId, UUID itemId, Map<String, Integer> marks, @Nullable String comment) {
        councils.score(councilId, itemId, SheetEntry.of(marks, comment));
    }

    /** STAFF concludes; the tally is final and the owner records it in the same transaction. */
    public ReviewOutcome conclude(UUID councilId, long version) {
        councils.conclude(councilId, version);
        ReviewCouncil council = view(councils.view(councilId));
        ReviewOutcome outcome = new ReviewOutcome(councilId, council.ruleVersion(), council.results());
        subjects.owner(council.subjectKind()).concluded(council.subjectId(), outcome);
        return outcome;
    }

    private ReviewCouncil view(CouncilView council) {
        if (council.purpose() != CouncilPurpose.REVIEW) {
            throw new vn.doimoi.shared.NotFoundException("council", council.id());
        }
        ReviewSubjectOwner owner = subjects.ownerOf(council.subjectId());
        return new ReviewCouncil(
                council.id(),
                owner.kind(),
                council.subjectId(),
                owner.title(council.subjectId()),
                council.rules().id(),
                council.rules().title(),
                ReviewCouncil.State.valueOf(council.state().name()),
                council.decisionNumber(),
                council.concludedAt(),
                council.members().stream()
                        .map(m -> new ReviewCouncil.Member(
                                m.personId(),
                                m.fullName(),
                                ReviewRole.valueOf(m.role().name()),
                                m.excluded(),
                                m.conflicts().stream().map(Enum::name).toList(),
                                m.declared(),
                                m.present(),
                                m.sheets()))
                        .toList(),
                criteria(council.rules()),
                council.rules().scoring().passTotal(),
                council.results().stream().map(ReviewCouncils::result).toList(),
                council.version());
    }

    private static ReviewOutcome.ItemResult result(ResultView r) {
        return new ReviewOutcome.ItemResult(
                r.itemId(),
                r.itemName(),
                r.sheets(),
                r.average(),
                r.criterionAverages(),
                r.criteriaBelowMinimum(),
                r.passed(),
                r.rank());
    }

    private static List<ReviewCouncil.Criterion> criteria(RuleSet rules) {
        return rules.scoring().criteria().stream()
                .map(c -> new ReviewCouncil.Criterion(c.code(), c.name(), c.max(), c.min()))
                .toList();
    }
}
