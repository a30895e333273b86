package vn.doimoi.projects.councils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * The one council engine: forming a council under a rule set, seating experts with the conflicts
 * found, declarations (online by the member, on paper recorded by STAFF, or of a conflict), the
 * meeting, score sheets (online or on paper, validated once by the council) and the tally. What a
 * council judges comes from its process's {@link CouncilSubject}. Every change checks who acts, goes
 * through the {@link Council}'s transition and is audited in the same transaction.
 */
@Service
@Transactional
public class Councils {

    private final CouncilRepository councils;
    private final List<CouncilSubject> subjects;
    private final CouncilPeople people;
    private final RuleSets ruleSets;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Councils(
            CouncilRepository councils,
            List<CouncilSubject> subjects,
            CouncilPeople people,
            RuleSets ruleSets,
            Accounts accounts,
            Notifications notifications,
            AuditLog audit,
            Clock clock) {
        this.councils = councils;
        this.subjects = List.copyOf(subjects);
        this.people = people;
        this.ruleSets = ruleSets;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- forming

    /** STAFF forms the council of a call or a round (one each), under the rule set given. */
    public UUID form(CouncilPurpose purpose, UUID subjectId, String ruleSetId, @Nullable String decisionNumber) {
        requireStaff();
        Optional<Council> existing = find(purpose, subjectId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        ruleSets.get(ruleSetId);
        Council council = new Council(purpose, subjectId, ruleSetId, decisionNumber, clock.instant());
        councils.save(council);
        audit.record("council.created", "projects.council", council.id().toString(), null, auditState(council));
        return council.id();
    }

    /** STAFF forms the council another module asked for, for its subject (one each; ADR 0068). */
    public UUID formReview(String subjectKind, UUID subjectId, String ruleSetId, @Nullable String decisionNumber) {
        requireStaff();
        Optional<Council> existing = find(CouncilPurpose.REVIEW, subjectId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        ruleSets.get(ruleSetId);
        Council council = Council.forReview(subjectKind, subjectId, ruleSetId, decisionNumber, clock.instant());
        councils.save(council);
        audit.record("council.created", "projects.council", council.id().toString(), null, auditState(council));
        return council.id();
    }

    /** The council of a call (selection) or a round (identification), if formed. */
    @Transactional(readOnly = true)
    public Optional<UUID> councilOf(CouncilPurpose purpose, UUID subjectId) {
        return find(purpose, subjectId).map(Council::id);
    }

    /** Experts who accept review work, with their conflicts against the parties behind the items. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(UUID councilId) {
        requireStaff();
        Council council = load(councilId);
        return people.candidates(rules(council), subject(council).parties(council.subjectId()), council);
    }

    /** STAFF seats experts (one version check for the form); a conflict found seats them as excluded. */
    public void seat(UUID councilId, long version, Map<UUID, CouncilRole> seats) {
        requireStaff();
        Council council = load(councilId);
        requireVersion(council.version(), version);
        RuleSet rules = rules(council);
        CouncilSubject subject = subject(council);
        var parties = subject.parties(council.subjectId());
        Map<String, Object> before = auditState(council);
        for (Map.Entry<UUID, CouncilRole> entry : seats.entrySet()) {
            PersonSummary person = people.person(entry.getKey());
            Set<ConflictKind> conflicts = people.conflicts(rules, person.id(), parties);
            UUID userId = people.userOf(person.id());
            council.seat(
                    person.id(), person.titledName(), entry.getValue(), person.organisationId(), userId, conflicts);
            if (userId != null && conflicts.isEmpty()) {
                CouncilSubject.Invitation invitation =
                        subject.invitation(council.subjectId(), councilId, entry.getValue());
                notifications.send(new UserId(userId), invitation.subject(), invitation.body(), invitation.link());
            }
        }
        councils.saveAndFlush(council);
        audit.record("council.seated", "projects.council", councilId.toString(), before, auditState(council));
    }

    // ---------------------------------------------------------------- declarations

    /** The signed-in member declares no conflict of interest. */
    public void declareNoConflict(UUID councilId) {
        Council council = load(councilId);
        UUID person = myPerson();
        Map<String, Object> before = auditState(council);
        council.declareNoConflict(person, clock.instant());
        declared(council, before, "council.declared", person);
    }

    /** STAFF records a member's signed paper declaration (bản cam kết), e.g. for a member without an account. */
    public void declareOnPaper(UUID councilId, UUID personId) {
        requireStaff();
        Council council = load(councilId);
        Map<String, Object> before = auditState(council);
        council.declareOnPaper(personId, clock.instant());
        declared(council, before, "council.declaredOnPaper", personId);
    }

    /** The signed-in member declares a conflict of interest: they are off the council. */
    public void declareConflict(UUID councilId) {
        Council council = load(councilId);
        UUID person = myPerson();
        Map<String, Object> before = auditState(council);
        council.declareConflict(person);
        declared(council, before, "council.conflictDeclared", person);
    }

    private void declared(Council council, Map<String, Object> before, String action, UUID person) {
        councils.saveAndFlush(council);
        Map<String, Object> after = new LinkedHashMap<>(auditState(council));
        after.put("person", person.toString());
        audit.record(action, "projects.council", council.id().toString(), before, after);
    }

    // ---------------------------------------------------------------- the meeting

    /** STAFF starts the meeting with the members present: composition, declarations and quorum are checked. */
    public void start(UUID councilId, long version, Set<UUID> present) {
        requireStaff();
        Council council = load(councilId);
        requireVersion(council.version(), version);
        Map<String, Object> before = auditState(council);
        council.start(rules(council), present, clock.instant());
        councils.saveAndFlush(council);
        audit.record("council.started", "projects.council", councilId.toString(), before, auditState(council));
    }

    /** The signed-in member's sheet for an item, entered online. */
    public void score(UUID councilId, UUID itemId, SheetEntry entry) {
        keep(load(councilId), myPerson(), itemId, entry, false, "council.scored");
    }

    /** STAFF (the administrative secretary) types a member's signed paper sheet. */
    public void scoreOnPaper(UUID councilId, UUID personId, UUID itemId, SheetEntry entry) {
        requireStaff();
        keep(load(councilId), personId, itemId, entry, true, "council.scoredOnPaper");
    }

    private void keep(Council council, UUID personId, UUID itemId, SheetEntry entry, boolean onPaper, String action) {
        CouncilSubject subject = subject(council);
        subject.checkScoring(council.subjectId());
        List<UUID> items = List.copyOf(subject.items(council.subjectId()).keySet());
        council.score(rules(council), personId, itemId, items, entry, onPaper, clock.instant());
        councils.saveAndFlush(council);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", personId.toString());
        after.put("item", itemId.toString());
        after.put("scores", entry.scores().toString());
        if (entry.recommends() != null) {
            after.put("recommends", entry.recommends());
        }
        if (onPaper) {
            after.put("enteredBy", actor().username());
        }
        audit.record(action, "projects.council", council.id().toString(), null, after);
    }

    /** STAFF concludes: refused while a present member has not scored every item; the tally is final. */
    public Conclusion conclude(UUID councilId, long version) {
        requireStaff();
        requireVersion(load(councilId).version(), version);
        return conclude(councilId);
    }

    /** STAFF concludes a council whose process checked the version of what it concludes (e.g. the round). */
    public Conclusion conclude(UUID councilId) {
        requireStaff();
        Council council = load(councilId);
        Map<String, Object> before = auditState(council);
        List<UUID> items =
                List.copyOf(subject(council).items(council.subjectId()).keySet());
        var results = council.conclude(rules(council), items, clock.instant());
        councils.saveAndFlush(council);
        audit.record("council.concluded", "projects.council", councilId.toString(), before, auditState(council));
        return new Conclusion(results, council.votes());
    }

    // ---------------------------------------------------------------- reads

    /** A council for STAFF or one of its members. */
    @Transactional(readOnly = true)
    public CouncilView view(UUID councilId) {
        Council council = load(councilId);
        if (!isStaff() && council.seatOfUser(actor().id().value()).isEmpty()) {
            throw DomainException.forbidden("council.error.notMember");
        }
        return view(council);
    }

    /** Every council of a purpose, for STAFF. */
    @Transactional(readOnly = true)
    public List<CouncilView> all(CouncilPurpose purpose) {
        requireStaff();
        return councils.findByKindOrderByCreatedAtDesc(purpose).stream()
                .map(this::view)
                .toList();
    }

    /** The councils the signed-in expert sits on, whatever the process. */
    @Transactional(readOnly = true)
    public List<CouncilView> mine(CouncilPurpose purpose) {
        UUID user = actor().id().value();
        return councils.findByKindOrderByCreatedAtDesc(purpose).stream()
                .filter(c -> c.seatOfUser(user).isPresent())
                .map(this::view)
                .toList();
    }

    /** The signed-in user's own seat on a council, if they have one. */
    @Transactional(readOnly = true)
    public Optional<MySeat> mySeat(UUID councilId) {
        Council council = load(councilId);
        return accounts.current()
                .flatMap(u -> council.seatOfUser(u.id().value()))
                .map(seat -> CouncilViews.mySeat(council, seat));
    }

    /** Whether the signed-in user sits on the subject's council and declared no conflict (may read its items). */
    @Transactional(readOnly = true)
    public boolean declaredMember(CouncilPurpose purpose, UUID subjectId) {
        return accounts.current()
                .flatMap(u -> find(purpose, subjectId).flatMap(c -> c.seatOfUser(u.id().value())))
                .filter(seat -> !seat.excluded() && seat.declared())
                .isPresent();
    }

    /** The rule set a council of this purpose formed today is formed under (the latest in force). */
    @Transactional(readOnly = true)
    public RuleSet rulesInForce(CouncilPurpose purpose) {
        LocalDate today = LocalDate.now(clock);
        return purpose == CouncilPurpose.SELECTION ? ruleSets.inForce(today) : ruleSets.identificationInForce(today);
    }

    /** How many councils advising on calls and rounds are in each state, for the tasks dashboard. */
    @Transactional(readOnly = true)
    public Map<CouncilState, Long> countByState() {
        Map<CouncilState, Long> counts = new EnumMap<>(CouncilState.class);
        councils.findAll().stream()
                .filter(c -> c.purpose() == CouncilPurpose.SELECTION || c.purpose() == CouncilPurpose.IDENTIFICATION)
                .forEach(c -> counts.merge(c.state(), 1L, Long::sum));
        return counts;
    }

    /** The rule set a council was formed under. */
    @Transactional(readOnly = true)
    public RuleSet rulesOf(UUID councilId) {
        return rules(load(councilId));
    }

    /** STAFF records a sanction: the person cannot sit on a council until it is served. */
    public void recordSanction(UUID personId, String description, LocalDate validUntil) {
        requireStaff();
        people.person(personId);
        if (description == null || description.isBlank()) {
            throw new DomainException("council.error.sanctionDescription");
        }
        people.recordSanction(new Sanction(personId, description.strip(), validUntil, clock.instant()));
        audit.record(
                "sanction.recorded",
                "projects.sanction",
                personId.toString(),
                null,
                Map.of("validUntil", validUntil.toString()));
    }

    // ---------------------------------------------------------------- helpers

    private CouncilView view(Council council) {
        Map<UUID, String> items = subject(council).items(council.subjectId());
        return CouncilViews.of(council, rules(council), items, people::organisationName);
    }

    /** What the audit trail records of a council's state. */
    private static Map<String, Object> auditState(Council council) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", council.state().name());
        map.put("members", council.members().size());
        map.put("excluded", council.members().stream().filter(Seat::excluded).count());
        map.put("sheets", council.sheets().size());
        return map;
    }

    private Optional<Council> find(CouncilPurpose purpose, UUID subjectId) {
        return switch (purpose) {
            case SELECTION -> councils.findByCallId(subjectId);
            case IDENTIFICATION -> councils.findByRoundId(subjectId);
            case ACCEPTANCE -> councils.findByTaskId(subjectId);
            case REVIEW -> councils.findByReviewSubjectId(subjectId);
        };
    }

    private Council load(UUID id) {
        return councils.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }

    private RuleSet rules(Council council) {
        return ruleSets.get(council.ruleSetId());
    }

    private CouncilSubject subject(Council council) {
        return subjects.stream()
                .filter(s -> s.purpose() == council.purpose())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no subject for " + council.purpose()));
    }

    private UUID myPerson() {
        return people.personOfUser(actor().id().value());
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("task.error.signIn"));
    }

    private boolean isStaff() {
        return accounts.current()
                .map(u -> u.has(Role.STAFF) || u.has(Role.ADMIN))
                .orElse(false);
    }

    private void requireStaff() {
        if (!isStaff()) {
            throw DomainException.forbidden("task.error.staffOnly");
        }
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw DomainException.conflict("task.error.staleVersion");
        }
    }
}
