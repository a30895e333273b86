package vn.doimoi.projects.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonAffiliations;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.councils.ConflictFinder;
import vn.doimoi.projects.councils.Council;
import vn.doimoi.projects.councils.CouncilRepository;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.ScoreSheet;
import vn.doimoi.projects.identification.Identification;
import vn.doimoi.projects.identification.OrderedProduct;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.projects.selection.Views.BudgetLineView;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.projects.selection.Views.Candidate;
import vn.doimoi.projects.selection.Views.CouncilView;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.projects.selection.Views.MemberView;
import vn.doimoi.projects.selection.Views.MySeat;
import vn.doimoi.projects.selection.Views.Ref;
import vn.doimoi.projects.selection.Views.ResultView;
import vn.doimoi.projects.selection.Views.SheetView;
import vn.doimoi.projects.selection.Views.TaskView;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.projects.tasks.TaskState;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Calls, dossiers, councils and approval: every change checks who acts, goes through the
 * aggregate's transition, and is audited in the same transaction.
 */
@Service
@Transactional
public class Selection {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final CallRepository calls;
    private final DossierRepository dossiers;
    private final CouncilRepository councils;
    private final TaskRepository tasks;
    private final SanctionRepository sanctions;
    private final ConflictFinder conflicts;
    private final RuleSets ruleSets;
    private final Directory directory;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    public Selection(
            CallRepository calls,
            DossierRepository dossiers,
            CouncilRepository councils,
            TaskRepository tasks,
            SanctionRepository sanctions,
            ConflictFinder conflicts,
            RuleSets ruleSets,
            Directory directory,
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.calls = calls;
        this.dossiers = dossiers;
        this.councils = councils;
        this.tasks = tasks;
        this.sanctions = sanctions;
        this.conflicts = conflicts;
        this.ruleSets = ruleSets;
        this.directory = directory;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- calls

    public UUID createCall(CallData data) {
        requireStaff();
        validate(data);
        int year = LocalDate.now(clock).getYear();
        String prefix = "NV-" + year + "-";
        String code = prefix + String.format("%03d", calls.countByCodeStartingWith(prefix) + 1);
        Call call = new Call(code, data, ruleSets.inForce(LocalDate.now(clock)).id(), clock.instant());
        calls.save(call);
        audit.record("call.created", "projects.call", call.id().toString(), null, call.auditState());
        return call.id();
    }

    public void openCall(UUID id, long version) {
        requireStaff();
        Call call = loadCall(id);
        checkVersion(call.version(), version);
        Map<String, Object> before = call.auditState();
        call.open(clock.instant());
        calls.saveAndFlush(call);
        audit.record("call.opened", "projects.call", id.toString(), before, call.auditState());
    }

    public void closeCall(UUID id, long version) {
        requireStaff();
        Call call = loadCall(id);
        checkVersion(call.version(), version);
        Map<String, Object> before = call.auditState();
        call.close(clock.instant());
        calls.saveAndFlush(call);
        audit.record("call.closed", "projects.call", id.toString(), before, call.auditState());
    }

    /** STAFF opens the dossiers: the validity of each submitted dossier, and the minutes. */
    public void openDossiers(UUID callId, long version, String minutes, Map<UUID, String> invalidReasons) {
        requireStaff();
        Call call = loadCall(callId);
        checkVersion(call.version(), version);
        Map<String, Object> before = call.auditState();
        call.openDossiers(minutes, clock.instant());
        calls.saveAndFlush(call);
        audit.record("call.dossiersOpened", "projects.call", callId.toString(), before, call.auditState());
        for (Dossier dossier : dossiers.findByCallIdOrderByCreatedAt(callId)) {
            if (dossier.state() != DossierState.SUBMITTED) {
                continue;
            }
            Map<String, Object> was = dossier.auditState();
            String reason = invalidReasons.get(dossier.id());
            dossier.recordValidity(reason == null || reason.isBlank(), reason, clock.instant());
            dossiers.save(dossier);
            audit.record("dossier.validity", "projects.dossier", dossier.id().toString(), was, dossier.auditState());
        }
    }

    @Transactional(readOnly = true)
    public List<CallView> publicCalls() {
        return calls.findByStateInOrderByDeadlineOn(List.of(CallState.OPEN)).stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CallView> allCalls() {
        requireStaff();
        return calls.findAllByOrderByCreatedAtDesc().stream().map(this::view).toList();
    }

    /** A call; drafts only for STAFF. */
    @Transactional(readOnly = true)
    public CallView call(UUID id) {
        Call call = loadCall(id);
        if (call.state() == CallState.DRAFT && !isStaff()) {
            throw new NotFoundException("projects", "?");
        }
        return view(call);
    }

    @Transactional(readOnly = true)
    public List<DossierView> dossiersOf(UUID callId) {
        requireStaff();
        return dossiers.findByCallIdOrderByCreatedAt(callId).stream()
                .map(this::view)
                .toList();
    }

    // ---------------------------------------------------------------- dossiers

    /** A member starts (or finds) their organisation's dossier for a call. */
    public UUID startDossier(UUID callId) {
        CurrentUser actor = actor();
        if (!actor.has(Role.ORG_MEMBER) || actor.organisationId() == null) {
            throw DomainException.forbidden("dossier.error.memberOnly");
        }
        Call call = loadCall(callId);
        Optional<Dossier> existing = dossiers.findByCallIdAndApplicantOrganisationId(callId, actor.organisationId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (!call.acceptsDossiers(clock.instant())) {
            throw new DomainException("dossier.error.late");
        }
        Dossier dossier =
                new Dossier(callId, actor.organisationId(), call.durationMonths(), call.objectives(), clock.instant());
        dossiers.save(dossier);
        audit.record("dossier.created", "projects.dossier", dossier.id().toString(), null, dossier.auditState());
        return dossier.id();
    }

    /**
     * STAFF records a dossier received on paper, by post or in person (TT 20/2023 allows both),
     * before the deadline: it is entered and submitted in one step, with the same receipt hash.
     */
    public UUID recordPaperDossier(UUID callId, UUID organisationId, DossierData data) {
        requireStaff();
        Call call = loadCall(callId);
        directory.organisation(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        if (dossiers.findByCallIdAndApplicantOrganisationId(callId, organisationId)
                .isPresent()) {
            throw DomainException.conflict("dossier.error.duplicate");
        }
        validatePeople(data);
        boolean onTime = call.acceptsDossiers(clock.instant());
        Dossier dossier =
                new Dossier(callId, organisationId, call.durationMonths(), call.objectives(), clock.instant());
        dossier.edit(data, onTime, clock.instant());
        dossier.submit(onTime, call.budgetCeiling(), clock.instant());
        dossiers.save(dossier);
        audit.record(
                "dossier.receivedOnPaper", "projects.dossier", dossier.id().toString(), null, dossier.auditState());
        return dossier.id();
    }

    public void saveDossier(UUID id, long version, DossierData data) {
        Dossier dossier = ownDossier(id);
        checkVersion(dossier.version(), version);
        validatePeople(data);
        Call call = loadCall(dossier.callId());
        Map<String, Object> before = dossier.auditState();
        dossier.edit(data, call.acceptsDossiers(clock.instant()), clock.instant());
        dossiers.saveAndFlush(dossier);
        audit.record("dossier.updated", "projects.dossier", id.toString(), before, dossier.auditState());
    }

    /** Submits; returns the receipt's content hash. */
    public String submitDossier(UUID id, long version) {
        Dossier dossier = ownDossier(id);
        checkVersion(dossier.version(), version);
        Call call = loadCall(dossier.callId());
        Map<String, Object> before = dossier.auditState();
        dossier.submit(call.acceptsDossiers(clock.instant()), call.budgetCeiling(), clock.instant());
        dossiers.saveAndFlush(dossier);
        audit.record("dossier.submitted", "projects.dossier", id.toString(), before, dossier.auditState());
        notifications.sendToRole(
                Role.STAFF,
                t("dossier.notify.submitted.subject", call.code()),
                t("dossier.notify.submitted.body", orgName(dossier.applicantOrganisationId()), call.title()),
                "/staff/tasks/calls/" + call.id());
        return dossier.contentHash();
    }

    /** A dossier for its applicant's members, STAFF, and declared members of the call's council. */
    @Transactional(readOnly = true)
    public DossierView dossier(UUID id) {
        Dossier dossier = dossiers.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
        CurrentUser actor = actor();
        if (!isStaff() && !actor.actsFor(dossier.applicantOrganisationId()) && !mayReview(actor, dossier)) {
            throw DomainException.forbidden("dossier.error.forbidden");
        }
        return view(dossier);
    }

    @Transactional(readOnly = true)
    public List<DossierView> myDossiers() {
        CurrentUser actor = actor();
        if (actor.organisationId() == null) {
            return List.of();
        }
        return dossiers.findByApplicantOrganisationIdOrderByCreatedAtDesc(actor.organisationId()).stream()
                .map(this::view)
                .toList();
    }

    // ---------------------------------------------------------------- councils

    public UUID createCouncil(UUID callId, @Nullable String decisionNumber) {
        requireStaff();
        Call call = loadCall(callId);
        if (call.state() != CallState.DOSSIERS_OPENED) {
            throw DomainException.conflict("council.error.callNotOpened");
        }
        if (councils.findByCallId(callId).isPresent()) {
            return councils.findByCallId(callId).get().id();
        }
        Council council = new Council(callId, call.ruleSetId(), blankToNull(decisionNumber), clock.instant());
        councils.save(council);
        audit.record("council.created", "projects.council", council.id().toString(), null, council.auditState());
        return council.id();
    }

    /** Experts who accept review work, in the call's fields first, with their conflicts found. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(UUID councilId) {
        requireStaff();
        Council council = loadCouncil(councilId);
        Call call = loadCall(council.callId());
        RuleSet rules = ruleSets.get(council.ruleSetId());
        List<Dossier> valid = validDossiers(call.id());
        List<Candidate> result = new ArrayList<>();
        for (PersonSummary person : directory.people()) {
            if (!person.acceptsReview()) {
                continue;
            }
            Set<ConflictKind> conflicts = conflictsOf(rules, person.id(), valid);
            result.add(new Candidate(
                    person.id(),
                    person.titledName(),
                    person.organisationId() == null ? null : orgName(person.organisationId()),
                    List.copyOf(conflicts),
                    council.seat(person.id()).isPresent()));
        }
        return result;
    }

    /** Seats an expert; a conflict found in the data seats them as excluded. */
    public void seat(UUID councilId, long version, UUID personId, CouncilRole role) {
        requireStaff();
        Council council = loadCouncil(councilId);
        checkVersion(council.version(), version);
        PersonSummary person = directory.person(personId).orElseThrow(() -> new NotFoundException("projects", "?"));
        RuleSet rules = ruleSets.get(council.ruleSetId());
        Set<ConflictKind> conflicts = conflictsOf(rules, personId, validDossiers(council.callId()));
        UUID userId =
                directory.affiliations(personId).map(PersonAffiliations::userId).orElse(null);
        Map<String, Object> before = council.auditState();
        council.seat(personId, person.titledName(), role, person.organisationId(), userId, conflicts);
        councils.saveAndFlush(council);
        audit.record("council.seated", "projects.council", councilId.toString(), before, council.auditState());
        if (userId != null && conflicts.isEmpty()) {
            Call call = loadCall(council.callId());
            notifications.send(
                    new UserId(userId),
                    t("council.notify.invited.subject", call.code()),
                    t("council.notify.invited.body", t("council.role." + role.name()), call.title()),
                    "/councils/" + councilId);
        }
    }

    /** Seats several experts at once (the council form): one version check for the whole form. */
    public void seatAll(UUID councilId, long version, Map<UUID, CouncilRole> seats) {
        long current = version;
        for (Map.Entry<UUID, CouncilRole> entry : seats.entrySet()) {
            seat(councilId, current, entry.getKey(), entry.getValue());
            current = loadCouncil(councilId).version();
        }
    }

    public void declareNoConflict(UUID councilId) {
        Council council = loadCouncil(councilId);
        UUID person = myPerson();
        Map<String, Object> before = council.auditState();
        council.declareNoConflict(person, clock.instant());
        councils.saveAndFlush(council);
        audit.record("council.declared", "projects.council", councilId.toString(), before, Map.of("person", person));
    }

    /** STAFF records a member's signed paper declaration (bản cam kết) for a member without an account. */
    public void declareOnBehalf(UUID councilId, UUID personId) {
        requireStaff();
        Council council = loadCouncil(councilId);
        Map<String, Object> before = council.auditState();
        council.declareNoConflict(personId, clock.instant());
        councils.saveAndFlush(council);
        audit.record(
                "council.declaredOnPaper",
                "projects.council",
                councilId.toString(),
                before,
                Map.of("person", personId.toString()));
    }

    /** STAFF (the administrative secretary) enters a member's signed paper score sheet. */
    public void scoreOnBehalf(
            UUID councilId, UUID personId, UUID dossierId, Map<String, Integer> scores, @Nullable String comment) {
        requireStaff();
        Council council = loadCouncil(councilId);
        council.score(
                ruleSets.get(council.ruleSetId()),
                personId,
                dossierId,
                validDossiers(council.callId()).stream().map(Dossier::id).toList(),
                scores,
                comment,
                clock.instant());
        councils.saveAndFlush(council);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", personId.toString());
        after.put("dossier", dossierId.toString());
        after.put("scores", scores.toString());
        after.put("enteredBy", actor().username());
        audit.record("council.scoredOnPaper", "projects.council", councilId.toString(), null, after);
    }

    public void startMeeting(UUID councilId, long version, Set<UUID> present) {
        requireStaff();
        Council council = loadCouncil(councilId);
        checkVersion(council.version(), version);
        Map<String, Object> before = council.auditState();
        council.start(ruleSets.get(council.ruleSetId()), present, clock.instant());
        councils.saveAndFlush(council);
        audit.record("council.started", "projects.council", councilId.toString(), before, council.auditState());
    }

    public void score(UUID councilId, UUID dossierId, Map<String, Integer> scores, @Nullable String comment) {
        Council council = loadCouncil(councilId);
        UUID person = myPerson();
        council.score(
                ruleSets.get(council.ruleSetId()),
                person,
                dossierId,
                validDossiers(council.callId()).stream().map(Dossier::id).toList(),
                scores,
                comment,
                clock.instant());
        councils.saveAndFlush(council);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", person.toString());
        after.put("dossier", dossierId.toString());
        after.put("scores", scores.toString());
        audit.record("council.scored", "projects.council", councilId.toString(), null, after);
    }

    /**
     * Counts the votes and ends the meeting: the first-ranked dossier is selected and becomes a
     * task awaiting budget appraisal; every applicant is told the result. A tie at the top is
     * refused, so members revise their sheets (the council re-votes on the tied dossiers).
     */
    public UUID conclude(UUID councilId, long version) {
        requireStaff();
        Council council = loadCouncil(councilId);
        checkVersion(council.version(), version);
        RuleSet rules = ruleSets.get(council.ruleSetId());
        Call call = loadCall(council.callId());
        List<Dossier> valid = validDossiers(call.id());
        List<UUID> ids = valid.stream().map(Dossier::id).toList();
        List<Tally.Result> preview = council.tally(rules, ids);
        if (preview.stream().filter(r -> r.passed() && r.rank() == 1).count() > 1) {
            throw new DomainException("council.error.tie");
        }
        Map<String, Object> before = council.auditState();
        List<Tally.Result> results = council.conclude(rules, ids, clock.instant());
        councils.saveAndFlush(council);
        audit.record("council.concluded", "projects.council", councilId.toString(), before, council.auditState());
        Optional<Tally.Result> winner =
                results.stream().filter(r -> r.passed() && r.rank() == 1).findFirst();
        Task task = null;
        for (Dossier dossier : valid) {
            boolean selected = winner.isPresent() && winner.get().dossierId().equals(dossier.id());
            Map<String, Object> was = dossier.auditState();
            dossier.conclude(selected, clock.instant());
            dossiers.save(dossier);
            audit.record("dossier.concluded", "projects.dossier", dossier.id().toString(), was, dossier.auditState());
            if (selected) {
                task = new Task(call, dossier, winner.get().average(), clock.instant());
                tasks.save(task);
                audit.record("task.selected", "projects.task", task.id().toString(), null, task.auditState());
            }
            notifications.sendToOrganisation(
                    dossier.applicantOrganisationId(),
                    t("council.notify.result.subject", call.code()),
                    t(selected ? "council.notify.result.selected" : "council.notify.result.notSelected", call.title()),
                    "/dossiers/" + dossier.id());
        }
        Map<String, Object> was = call.auditState();
        call.decide();
        calls.save(call);
        audit.record("call.decided", "projects.call", call.id().toString(), was, call.auditState());
        return task == null ? null : task.id();
    }

    @Transactional(readOnly = true)
    public CouncilView council(UUID id) {
        Council council = loadCouncil(id);
        CurrentUser actor = actor();
        if (!isStaff() && council.seatOfUser(actor.id().value()).isEmpty()) {
            throw DomainException.forbidden("council.error.notMember");
        }
        return view(council);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> councilOfCall(UUID callId) {
        return councils.findByCallId(callId).map(Council::id);
    }

    @Transactional(readOnly = true)
    public List<CouncilView> councils() {
        requireStaff();
        return councils.findByKindOrderByCreatedAtDesc(Council.SELECTION).stream()
                .map(this::view)
                .toList();
    }

    /** The councils the signed-in expert sits on. */
    @Transactional(readOnly = true)
    public List<CouncilView> myCouncils() {
        UUID user = actor().id().value();
        return councils.findByKindOrderByCreatedAtDesc(Council.SELECTION).stream()
                .filter(c -> c.seatOfUser(user).isPresent())
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<MySeat> mySeat(UUID councilId) {
        Council council = loadCouncil(councilId);
        return council.seatOfUser(actor().id().value()).map(seat -> {
            Map<UUID, Map<String, Integer>> scores = new LinkedHashMap<>();
            Map<UUID, String> comments = new LinkedHashMap<>();
            for (ScoreSheet sheet : council.sheets()) {
                if (sheet.personId().equals(seat.personId())) {
                    scores.put(sheet.dossierId(), sheet.scores());
                    comments.put(sheet.dossierId(), sheet.comment() == null ? "" : sheet.comment());
                }
            }
            return new MySeat(
                    seat.personId(),
                    seat.role(),
                    seat.excluded(),
                    seat.declaredAt() != null,
                    seat.present(),
                    scores,
                    comments);
        });
    }

    // ---------------------------------------------------------------- approval (see Approvals)

    /** The public register: approved tasks (awaiting contract or under way). */
    @Transactional(readOnly = true)
    public List<TaskView> approvedTasks() {
        return tasks.findByStateOrderByCreatedAtDesc(TaskState.APPROVED).stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TaskView> allTasks() {
        requireStaff();
        return tasks.findAllByOrderByCreatedAtDesc().stream().map(this::view).toList();
    }

    /** A task: public once approved, before that for STAFF only. */
    @Transactional(readOnly = true)
    public TaskView task(UUID id) {
        Task task = loadTask(id);
        if (task.state() != TaskState.APPROVED && !isStaff()) {
            throw new NotFoundException("projects", "?");
        }
        return view(task);
    }

    @Transactional(readOnly = true)
    public Views.Dashboard dashboard() {
        requireStaff();
        Map<CallState, Long> c = new EnumMap<>(CallState.class);
        calls.findAll().forEach(x -> c.merge(x.state(), 1L, Long::sum));
        Map<DossierState, Long> d = new EnumMap<>(DossierState.class);
        dossiers.findAll().forEach(x -> d.merge(x.state(), 1L, Long::sum));
        Map<CouncilState, Long> k = new EnumMap<>(CouncilState.class);
        councils.findAll().forEach(x -> k.merge(x.state(), 1L, Long::sum));
        Map<TaskState, Long> t = new EnumMap<>(TaskState.class);
        tasks.findAll().forEach(x -> t.merge(x.state(), 1L, Long::sum));
        return new Views.Dashboard(c, d, k, t);
    }

    /** STAFF records a sanction: the person cannot sit on a council until it is served. */
    public void recordSanction(UUID personId, String description, LocalDate validUntil) {
        requireStaff();
        directory.person(personId).orElseThrow(() -> new NotFoundException("projects", "?"));
        if (description == null || description.isBlank()) {
            throw new DomainException("council.error.sanctionDescription");
        }
        Sanction sanction = new Sanction(personId, description.strip(), validUntil, clock.instant());
        sanctions.save(sanction);
        audit.record(
                "sanction.recorded",
                "projects.sanction",
                personId.toString(),
                null,
                Map.of("validUntil", validUntil.toString()));
    }

    public RuleSet rules(String id) {
        return ruleSets.get(id);
    }

    /** Reminds applicants whose dossier is still a draft three days or less before the deadline. */
    public int remindDeadlines() {
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.VIETNAM));
        int sent = 0;
        for (Call call : calls.findByStateInOrderByDeadlineOn(List.of(CallState.OPEN))) {
            if (call.deadlineOn().isBefore(today) || call.deadlineOn().isAfter(today.plusDays(3))) {
                continue;
            }
            for (Dossier dossier : dossiers.findByCallIdOrderByCreatedAt(call.id())) {
                if (dossier.state() == DossierState.DRAFT) {
                    notifications.sendToOrganisation(
                            dossier.applicantOrganisationId(),
                            t("dossier.notify.reminder.subject", call.code()),
                            t(
                                    "dossier.notify.reminder.body",
                                    call.title(),
                                    call.deadlineOn().toString()),
                            "/dossiers/" + dossier.id());
                    sent++;
                }
            }
        }
        return sent;
    }

    // ---------------------------------------------------------------- helpers

    private Set<ConflictKind> conflictsOf(RuleSet rules, UUID personId, List<Dossier> valid) {
        return conflicts.withDossiers(rules, personId, valid);
    }

    private List<Dossier> validDossiers(UUID callId) {
        return dossiers.findByCallIdOrderByCreatedAt(callId).stream()
                .filter(d -> d.state() == DossierState.VALID
                        || d.state() == DossierState.SELECTED
                        || d.state() == DossierState.NOT_SELECTED)
                .toList();
    }

    private boolean mayReview(CurrentUser actor, Dossier dossier) {
        if (dossier.state() == DossierState.DRAFT || dossier.state() == DossierState.SUBMITTED) {
            return false;
        }
        return councils.findByCallId(dossier.callId())
                .flatMap(c -> c.seatOfUser(actor.id().value()))
                .filter(seat -> !seat.excluded() && seat.declaredAt() != null)
                .isPresent();
    }

    private Dossier ownDossier(UUID id) {
        Dossier dossier = dossiers.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
        if (!actor().actsFor(dossier.applicantOrganisationId())) {
            throw DomainException.forbidden("dossier.error.forbidden");
        }
        return dossier;
    }

    private UUID myPerson() {
        return directory
                .personOfUser(actor().id().value())
                .orElseThrow(() -> DomainException.forbidden("council.error.notMember"));
    }

    private void validate(CallData data) {
        CallDrafts.validate(data, directory);
    }

    private void validatePeople(DossierData data) {
        if (data.principalInvestigatorId() != null
                && directory.person(data.principalInvestigatorId()).isEmpty()) {
            throw DomainException.invalid("dossier.error.unknownPerson");
        }
        for (UUID id : data.keyMemberIds()) {
            if (directory.person(id).isEmpty()) {
                throw DomainException.invalid("dossier.error.unknownPerson");
            }
        }
        for (UUID id : data.partnerOrganisationIds()) {
            if (directory.organisation(id).isEmpty()) {
                throw DomainException.invalid("dossier.error.unknownOrganisation");
            }
        }
    }

    private CallView view(Call call) {
        return new CallView(
                call.id(),
                call.code(),
                call.title(),
                call.taskType(),
                call.method(),
                call.objectives(),
                call.eligibility(),
                call.requiredForms(),
                call.fieldCodes(),
                orgRef(call.adopterOrganisationId()),
                call.budgetCeiling(),
                call.durationMonths(),
                call.deadlineOn(),
                call.ruleSetId(),
                call.orderDecision(),
                call.state(),
                call.acceptsDossiers(clock.instant()),
                call.openedAt(),
                call.dossiersOpenedAt(),
                call.openingMinutes(),
                call.products().stream().map(OrderedProduct::toProduct).toList(),
                call.version());
    }

    private DossierView view(Dossier dossier) {
        Call call = loadCall(dossier.callId());
        return new DossierView(
                dossier.id(),
                call.id(),
                call.code(),
                call.title(),
                new Ref(dossier.applicantOrganisationId(), orgName(dossier.applicantOrganisationId())),
                personRef(dossier.principalInvestigatorId()),
                dossier.keyMemberIds().stream().map(this::personRef).toList(),
                dossier.partnerOrganisationIds().stream().map(this::orgRef).toList(),
                dossier.objectives(),
                dossier.content(),
                dossier.methods(),
                dossier.schedule(),
                dossier.durationMonths(),
                dossier.budget().stream()
                        .map(l -> new BudgetLineView(l.item(), l.stateAmount(), l.otherAmount()))
                        .toList(),
                dossier.stateBudget(),
                dossier.otherBudget(),
                dossier.state(),
                dossier.contentHash(),
                dossier.submittedAt(),
                dossier.validityNote(),
                call.products().stream().map(OrderedProduct::toProduct).toList(),
                dossier.state() == DossierState.DRAFT && call.acceptsDossiers(clock.instant()),
                dossier.version());
    }

    private CouncilView view(Council council) {
        Call call = loadCall(council.callId());
        RuleSet rules = ruleSets.get(council.ruleSetId());
        List<Dossier> valid = validDossiers(call.id());
        Map<UUID, String> names = new LinkedHashMap<>();
        valid.forEach(d -> names.put(d.id(), orgName(d.applicantOrganisationId())));
        List<MemberView> members = council.members().stream()
                .map(s -> new MemberView(
                        s.personId(),
                        s.fullName(),
                        s.role(),
                        s.organisationId() == null ? null : orgName(s.organisationId()),
                        s.excluded(),
                        s.conflicts(),
                        s.declaredAt() != null,
                        s.present(),
                        (int) council.sheets().stream()
                                .filter(x -> x.personId().equals(s.personId()))
                                .count()))
                .toList();
        List<ResultView> results = List.of();
        if (council.state() != CouncilState.FORMING) {
            results = council.tally(rules, List.copyOf(names.keySet())).stream()
                    .map(r -> new ResultView(
                            r.dossierId(),
                            names.get(r.dossierId()),
                            r.sheets(),
                            r.average(),
                            r.criterionAverages(),
                            r.criteriaBelowMinimum(),
                            r.passed(),
                            r.rank(),
                            r.tied()))
                    .toList();
        }
        Map<UUID, String> memberNames = new LinkedHashMap<>();
        council.members().forEach(s -> memberNames.put(s.personId(), s.fullName()));
        List<SheetView> sheets = council.sheets().stream()
                .map(s ->
                        new SheetView(memberNames.get(s.personId()), s.dossierId(), s.scores(), s.total(), s.comment()))
                .toList();
        UUID taskId = valid.stream()
                .map(d -> tasks.findByDossierId(d.id()))
                .flatMap(Optional::stream)
                .map(Task::id)
                .findFirst()
                .orElse(null);
        return new CouncilView(
                council.id(),
                call.id(),
                call.code(),
                call.title(),
                rules,
                council.state(),
                council.decisionNumber(),
                council.meetingStartedAt(),
                council.concludedAt(),
                members,
                names.entrySet().stream()
                        .map(e -> new Ref(e.getKey(), e.getValue()))
                        .toList(),
                results,
                sheets,
                taskId,
                council.version());
    }

    private TaskView view(Task task) {
        return new TaskView(
                task.id(),
                task.code(),
                task.title(),
                task.taskType(),
                task.method(),
                task.callId(),
                task.dossierId(),
                new Ref(task.hostOrganisationId(), orgName(task.hostOrganisationId())),
                personRef(task.principalInvestigatorId()),
                orgRef(task.adopterOrganisationId()),
                task.fieldCodes(),
                task.objectives(),
                task.score(),
                task.requestedStateBudget(),
                task.stateBudget(),
                task.otherBudget(),
                task.durationMonths(),
                task.state(),
                task.appraisalNote(),
                task.decisionNumber(),
                task.decisionDate(),
                task.decisionSigner(),
                task.products().stream().map(OrderedProduct::toProduct).toList(),
                task.budgetLines().stream()
                        .map(l -> new Views.AppraisedLineView(
                                l.position(),
                                l.item(),
                                l.requestedState(),
                                l.requestedOther(),
                                l.approvedState(),
                                l.approvedOther(),
                                l.reason()))
                        .toList(),
                task.version());
    }

    private @Nullable Ref orgRef(@Nullable UUID id) {
        return id == null ? null : new Ref(id, orgName(id));
    }

    private @Nullable Ref personRef(@Nullable UUID id) {
        return id == null
                ? null
                : new Ref(
                        id, directory.person(id).map(PersonSummary::titledName).orElse("?"));
    }

    private String orgName(UUID id) {
        return directory.organisation(id).map(OrganisationSummary::name).orElse("?");
    }

    private Call loadCall(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }

    /** A selection council; identification councils are handled by {@link Identification}. */
    private Council loadCouncil(UUID id) {
        return councils.findById(id)
                .filter(c -> Council.SELECTION.equals(c.kind()))
                .orElseThrow(() -> new NotFoundException("projects", "?"));
    }

    private Task loadTask(UUID id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }

    private static void checkVersion(long actual, long expected) {
        CallGuards.requireVersion(actual, expected);
    }

    private CurrentUser actor() {
        return CallGuards.signedIn(accounts);
    }

    private boolean isStaff() {
        return CallGuards.isStaff(accounts);
    }

    private void requireStaff() {
        CallGuards.requireStaff(accounts);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Instant now() {
        return clock.instant();
    }
}
