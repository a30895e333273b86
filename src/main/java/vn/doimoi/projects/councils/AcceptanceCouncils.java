package vn.doimoi.projects.councils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonAffiliations;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.AcceptanceRepository;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ExecutionProperties;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.ExecutionViews;
import vn.doimoi.projects.execution.Product;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.execution.TaskFile;
import vn.doimoi.projects.execution.TaskFileRepository;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/**
 * The acceptance council: STAFF forms it from the directory's experts (the selection council's
 * conflict rules exclude the host organisation's present and past people and the PI), and
 * concludes: the classification follows the {@link CouncilRule} from the sheets, never typed in.
 * A member whose account is linked to their directory person declares no conflict and enters
 * their own sheet online, as part 1's members do; STAFF enters the sheets signed on paper.
 */
@Service
@Transactional
public class AcceptanceCouncils {

    /** The kind of the files the host sent with the acceptance dossier: what members may read. */
    private static final String DOSSIER_FILES = "ACCEPTANCE";

    /** An expert who may sit, or why not. */
    public record Candidate(UUID personId, String name, Set<ConflictKind> conflicts) {
        public boolean eligible() {
            return conflicts.isEmpty();
        }
    }

    /** A member's sheet as shown; {@code online} when the member entered it, not STAFF from paper. */
    public record SheetView(
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            Grade classification,
            String comment,
            boolean online) {}

    public record SeatView(
            UUID personId,
            String name,
            CouncilRole role,
            @Nullable SheetView sheet,
            boolean declared) {}

    /** A council in someone's list: a member's own seat, or (for STAFF) every council. */
    public record CouncilRow(
            UUID taskId,
            String taskCode,
            String taskTitle,
            String decisionNumber,
            java.time.LocalDate formedOn,
            boolean concluded,
            @Nullable CouncilRole myRole,
            boolean sheetIn,
            String link) {}

    /** The acceptance dossier as a member reads it, once declared. */
    public record DossierView(
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            List<ExecutionViews.FileView> files) {}

    /**
     * What a signed-in member sees of the council they sit on: the task, their seat, the other
     * members (names and roles only), and once declared the dossier, the ordered products with
     * their specifications, and their own sheet.
     */
    public record MemberView(
            UUID taskId,
            String taskCode,
            String taskTitle,
            String hostName,
            String decisionNumber,
            java.time.LocalDate formedOn,
            boolean concluded,
            @Nullable Grade classification,
            AcceptanceRule rule,
            String memberName,
            CouncilRole role,
            boolean declared,
            List<SeatView> seats,
            @Nullable DossierView dossier,
            List<ExecutionViews.ProductView> products,
            @Nullable SheetView mySheet) {

        /** The member may fill (or revise their online) sheet now. */
        public boolean canScore() {
            return declared && !concluded && (mySheet == null || mySheet.online());
        }
    }

    public record CouncilView(
            String decisionNumber,
            java.time.LocalDate formedOn,
            boolean concluded,
            @Nullable Grade classification,
            CouncilRule rule,
            List<SeatView> seats,
            int sheets,
            boolean quorate) {}

    private final AcceptanceCouncilRepository councils;
    private final MemberSheetRepository sheets;
    private final AcceptanceRepository acceptances;
    private final TaskAccess access;
    private final Directory directory;
    private final RuleSets ruleSets;
    private final Notifications notifications;
    private final ExecutionProperties properties;
    private final TaskFileRepository files;

    AcceptanceCouncils(
            AcceptanceCouncilRepository councils,
            MemberSheetRepository sheets,
            AcceptanceRepository acceptances,
            TaskAccess access,
            Directory directory,
            RuleSets ruleSets,
            Notifications notifications,
            ExecutionProperties properties,
            TaskFileRepository files) {
        this.files = files;
        this.councils = councils;
        this.sheets = sheets;
        this.acceptances = acceptances;
        this.access = access;
        this.directory = directory;
        this.ruleSets = ruleSets;
        this.notifications = notifications;
        this.properties = properties;
    }

    CouncilRule rule() {
        return CouncilRule.circular11of2014();
    }

    /** The directory's experts, each with the conflicts that keep them off this task's council. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(CurrentUser actor, UUID taskId) {
        ExecutionTask task = access.staff(actor, taskId);
        return directory.people().stream()
                .filter(PersonSummary::acceptsReview)
                .map(p -> new Candidate(p.id(), p.titledName(), conflicts(task, p.id())))
                .sorted(Comparator.comparing(Candidate::name))
                .toList();
    }

    public void form(CurrentUser actor, UUID taskId, String decisionNumber, Map<UUID, CouncilRole> seats) {
        ExecutionTask task = access.staff(actor, taskId);
        task.require(Stage.UNDER_ACCEPTANCE);
        if (councils.findByTaskId(taskId).isPresent()) {
            throw DomainException.conflict("acceptance.council.error.exists");
        }
        CouncilRule rule = rule();
        rule.checkComposition(seats);
        List<AcceptanceCouncil.Seat> list = new ArrayList<>();
        for (Map.Entry<UUID, CouncilRole> seat : seats.entrySet()) {
            PersonSummary person = directory
                    .person(seat.getKey())
                    .filter(PersonSummary::acceptsReview)
                    .orElseThrow(() -> DomainException.refused("acceptance.council.error.notExpert"));
            Set<ConflictKind> conflicts = conflicts(task, person.id());
            if (!conflicts.isEmpty()) {
                throw DomainException.refused(
                        "acceptance.council.error.conflict",
                        person.titledName(),
                        access.t("council.conflict."
                                + conflicts.iterator().next().name()));
            }
            list.add(new AcceptanceCouncil.Seat(person.id(), person.titledName(), seat.getValue()));
        }
        councils.save(new AcceptanceCouncil(taskId, decisionNumber, access.today(), list, rule.version()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decisionNumber", decisionNumber);
        after.put("rule", rule.version());
        list.forEach(s -> after.put(s.personId().toString(), s.role().name()));
        access.journal(
                taskId,
                actor.username(),
                "acceptance.council.formed",
                decisionNumber + " · " + list.size(),
                null,
                after);
        for (AcceptanceCouncil.Seat seat : list) {
            UUID userId = directory
                    .affiliations(seat.personId())
                    .map(PersonAffiliations::userId)
                    .orElse(null);
            if (userId != null) {
                notifications.send(
                        new UserId(userId),
                        access.t("acceptance.council.notify.invited.subject", task.code()),
                        access.t(
                                "acceptance.council.notify.invited.body",
                                access.t(
                                        "acceptance.council.role." + seat.role().name()),
                                task.title()),
                        memberLink(taskId));
            }
        }
    }

    /** STAFF records one member's sheet (the paper Form 7 the member signed). */
    public void recordSheet(
            CurrentUser actor,
            UUID taskId,
            UUID personId,
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            String comment) {
        ExecutionTask task = access.staff(actor, taskId);
        AcceptanceCouncil council = council(taskId);
        council.requireScoring();
        AcceptanceCouncil.Seat seat = council.seat(personId);
        if (sheets.findByCouncilId(council.id()).stream()
                .anyMatch(s -> s.personId().equals(personId))) {
            throw DomainException.conflict("acceptance.council.error.sheetExists", seat.fullName());
        }
        MemberSheet sheet = sheets.save(new MemberSheet(
                council.id(),
                personId,
                grades,
                productIds(task),
                reportGrade,
                comment,
                properties.acceptanceRule(),
                actor.username(),
                access.clock().instant(),
                false));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("member", seat.fullName());
        after.putAll(sheet.auditState());
        access.journal(
                taskId,
                actor.username(),
                "acceptance.council.sheet",
                seat.fullName() + " · " + sheet.classification(),
                null,
                after);
    }

    // ---------------------------------------------------------------- members online

    /**
     * The councils in someone's list: for STAFF every acceptance council (to the task's page);
     * for anyone else those on which their linked directory person sits (to their own page).
     */
    @Transactional(readOnly = true)
    public List<CouncilRow> list(CurrentUser actor) {
        boolean staff = TaskAccess.isStaff(actor);
        UUID person = directory.personOfUser(actor.id().value()).orElse(null);
        List<AcceptanceCouncil> list = staff
                ? councils.findAllByOrderByFormedOnDesc()
                : person == null ? List.of() : councils.findBySeatPerson(person);
        List<CouncilRow> rows = new ArrayList<>();
        for (AcceptanceCouncil council : list) {
            ExecutionTask task = access.load(council.taskId());
            AcceptanceCouncil.Seat seat =
                    person == null ? null : council.seatOf(person).orElse(null);
            boolean sheetIn = seat != null
                    && sheets.findByCouncilIdAndPersonId(council.id(), seat.personId())
                            .isPresent();
            rows.add(new CouncilRow(
                    task.id(),
                    task.code(),
                    task.title(),
                    council.decisionNumber(),
                    council.formedOn(),
                    council.state() == AcceptanceCouncil.State.CONCLUDED,
                    seat == null ? null : seat.role(),
                    sheetIn,
                    seat == null ? TaskAccess.link(task.id()) + "#council" : memberLink(task.id())));
        }
        return rows;
    }

    /** The council as its signed-in member sees it; "not found" for anyone without a seat. */
    @Transactional(readOnly = true)
    public MemberView forMember(CurrentUser actor, UUID taskId) {
        AcceptanceCouncil council = councilOf(taskId);
        AcceptanceCouncil.Seat seat = mySeat(actor, council);
        ExecutionTask task = access.load(taskId);
        boolean declared = seat.declaredAt() != null;
        DossierView dossier = null;
        List<ExecutionViews.ProductView> products = List.of();
        SheetView mine = null;
        if (declared) {
            Acceptance acceptance = acceptances.findByTaskId(taskId).orElse(null);
            if (acceptance != null) {
                dossier = new DossierView(
                        acceptance.finalReport(),
                        acceptance.summaryReport(),
                        acceptance.financialReport(),
                        acceptance.selfAssessment(),
                        files.findByTaskIdOrderByUploadedAt(taskId).stream()
                                .filter(f -> DOSSIER_FILES.equals(f.kind))
                                .map(f -> new ExecutionViews.FileView(f.id, f.kind, f.filename, f.size, f.sha256))
                                .toList());
            }
            products = task.products().stream()
                    .map(p ->
                            new ExecutionViews.ProductView(p.id(), p.name(), p.quantity(), p.specs(), null, null, null))
                    .toList();
            mine = sheetView(sheets.findByCouncilIdAndPersonId(council.id(), seat.personId())
                    .orElse(null));
        }
        return new MemberView(
                taskId,
                task.code(),
                task.title(),
                directory.organisation(task.hostOrgId()).map(o -> o.name()).orElse(""),
                council.decisionNumber(),
                council.formedOn(),
                council.state() == AcceptanceCouncil.State.CONCLUDED,
                council.classification(),
                properties.acceptanceRule(),
                seat.fullName(),
                seat.role(),
                declared,
                council.seats().stream()
                        .map(s -> new SeatView(s.personId(), s.fullName(), s.role(), null, s.declaredAt() != null))
                        .toList(),
                dossier,
                products,
                mine);
    }

    /** The signed-in member declares no conflict of interest with the host and the PI. */
    public void declare(CurrentUser actor, UUID taskId) {
        AcceptanceCouncil council = councilOf(taskId);
        AcceptanceCouncil.Seat seat = mySeat(actor, council);
        if (council.declare(seat.personId(), access.clock().instant())) {
            access.journal(
                    taskId,
                    actor.username(),
                    "acceptance.council.declared",
                    seat.fullName(),
                    Map.of("declared", false),
                    Map.of("member", seat.fullName(), "declared", true));
        }
    }

    /**
     * The signed-in member enters their own sheet, or revises the one they entered online, while
     * the council scores. Only after declaring; never a sheet STAFF typed from their signed paper.
     */
    public void submitMySheet(
            CurrentUser actor,
            UUID taskId,
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            String comment) {
        AcceptanceCouncil council = councilOf(taskId);
        AcceptanceCouncil.Seat seat = mySeat(actor, council);
        ExecutionTask task = access.load(taskId);
        council.requireScoring();
        if (seat.declaredAt() == null) {
            throw DomainException.forbidden("acceptance.council.error.undeclared");
        }
        MemberSheet existing =
                sheets.findByCouncilIdAndPersonId(council.id(), seat.personId()).orElse(null);
        Map<String, Object> before = null;
        MemberSheet sheet;
        if (existing == null) {
            sheet = sheets.save(new MemberSheet(
                    council.id(),
                    seat.personId(),
                    grades,
                    productIds(task),
                    reportGrade,
                    comment,
                    properties.acceptanceRule(),
                    actor.username(),
                    access.clock().instant(),
                    true));
        } else {
            before = existing.auditState();
            existing.revise(
                    grades,
                    productIds(task),
                    reportGrade,
                    comment,
                    properties.acceptanceRule(),
                    actor.username(),
                    access.clock().instant());
            sheet = sheets.saveAndFlush(existing);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("member", seat.fullName());
        after.putAll(sheet.auditState());
        access.journal(
                taskId,
                actor.username(),
                "acceptance.council.sheet",
                seat.fullName() + " · " + sheet.classification(),
                before,
                after);
    }

    /** A file of the acceptance dossier, for a member who has declared. */
    @Transactional(readOnly = true)
    public TaskFiles.Download dossierFile(CurrentUser actor, UUID taskId, UUID fileId) {
        AcceptanceCouncil council = councilOf(taskId);
        if (mySeat(actor, council).declaredAt() == null) {
            throw DomainException.forbidden("acceptance.council.error.undeclared");
        }
        TaskFile file = files.findById(fileId)
                .filter(f -> f.taskId.equals(taskId) && DOSSIER_FILES.equals(f.kind))
                .orElseThrow(TaskAccess::notFound);
        return new TaskFiles.Download(file.filename, file.contentType, file.bytes);
    }

    static String memberLink(UUID taskId) {
        return "/execution/councils/" + taskId;
    }

    private AcceptanceCouncil councilOf(UUID taskId) {
        return councils.findByTaskId(taskId).orElseThrow(TaskAccess::notFound);
    }

    /** The actor's own seat, from the directory person linked to their account; else "not found". */
    private AcceptanceCouncil.Seat mySeat(CurrentUser actor, AcceptanceCouncil council) {
        return directory
                .personOfUser(actor.id().value())
                .flatMap(council::seatOf)
                .orElseThrow(TaskAccess::notFound);
    }

    /** Concludes from the sheets; the task is accepted or not by the council rule. */
    public Grade conclude(CurrentUser actor, UUID taskId, @Nullable String note) {
        ExecutionTask task = access.staff(actor, taskId);
        AcceptanceCouncil council = council(taskId);
        council.requireScoring();
        CouncilRule rule = rule();
        List<MemberSheet> recorded = sheets.findByCouncilId(council.id());
        if (!rule.quorate(recorded.size(), council.seats().size())) {
            throw DomainException.refused(
                    "acceptance.council.error.quorum",
                    recorded.size(),
                    council.seats().size());
        }
        Grade classification =
                rule.classify(recorded.stream().map(MemberSheet::classification).toList());
        Acceptance acceptance = acceptances
                .findByTaskId(taskId)
                .orElseThrow(() -> DomainException.conflict("acceptance.error.noDossier"));
        acceptance.concludeByCouncil(
                councilGrades(recorded),
                productIds(task),
                median(recorded.stream().map(MemberSheet::reportGrade).toList()),
                classification,
                rule,
                note,
                access.today());
        council.concluded(classification);
        task.acceptanceConcluded(classification);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("classification", classification.name());
        after.put("sheets", recorded.size());
        after.put("seats", council.seats().size());
        after.put("rule", rule.version());
        after.put("ruleVerified", rule.verified());
        access.journal(taskId, actor.username(), "acceptance.concluded", classification.name(), null, after);
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("acceptance.notify.concluded.subject", task.code()),
                access.t(
                        "acceptance.notify.concluded.body",
                        task.title(),
                        access.t("acceptance.grade." + classification.name())),
                TaskAccess.link(taskId));
        return classification;
    }

    @Transactional(readOnly = true)
    public @Nullable CouncilView view(CurrentUser actor, UUID taskId) {
        access.visible(actor, taskId);
        AcceptanceCouncil council = councils.findByTaskId(taskId).orElse(null);
        if (council == null) {
            return null;
        }
        Map<UUID, MemberSheet> byPerson = sheets.findByCouncilId(council.id()).stream()
                .collect(Collectors.toMap(MemberSheet::personId, Function.identity()));
        List<SeatView> seats = council.seats().stream()
                .map(s -> new SeatView(
                        s.personId(),
                        s.fullName(),
                        s.role(),
                        sheetView(byPerson.get(s.personId())),
                        s.declaredAt() != null))
                .toList();
        return new CouncilView(
                council.decisionNumber(),
                council.formedOn(),
                council.state() == AcceptanceCouncil.State.CONCLUDED,
                council.classification(),
                rule(),
                seats,
                byPerson.size(),
                rule().quorate(byPerson.size(), seats.size()));
    }

    private static @Nullable SheetView sheetView(@Nullable MemberSheet sheet) {
        if (sheet == null) {
            return null;
        }
        Map<UUID, AcceptanceRule.ProductGrades> grades = new LinkedHashMap<>();
        sheet.lines()
                .forEach(l -> grades.put(
                        l.productId(), new AcceptanceRule.ProductGrades(l.quantity(), l.volume(), l.quality())));
        return new SheetView(grades, sheet.reportGrade(), sheet.classification(), sheet.comment(), sheet.online());
    }

    /** The council's grade of each criterion: the median of the members' grades (ties go the stricter way). */
    static Map<UUID, AcceptanceRule.ProductGrades> councilGrades(List<MemberSheet> recorded) {
        Map<UUID, List<MemberSheet.Line>> byProduct = new LinkedHashMap<>();
        for (MemberSheet sheet : recorded) {
            for (MemberSheet.Line line : sheet.lines()) {
                byProduct
                        .computeIfAbsent(line.productId(), k -> new ArrayList<>())
                        .add(line);
            }
        }
        Map<UUID, AcceptanceRule.ProductGrades> grades = new LinkedHashMap<>();
        byProduct.forEach((product, lines) -> grades.put(
                product,
                new AcceptanceRule.ProductGrades(
                        median(lines.stream().map(MemberSheet.Line::quantity).toList()),
                        median(lines.stream().map(MemberSheet.Line::volume).toList()),
                        median(lines.stream().map(MemberSheet.Line::quality).toList()))));
        return grades;
    }

    static Grade median(List<Grade> grades) {
        List<Grade> sorted = grades.stream().sorted().toList(); // EXCELLENT < PASSED < FAILED
        return sorted.get(sorted.size() / 2);
    }

    private Set<ConflictKind> conflicts(ExecutionTask task, UUID personId) {
        PersonAffiliations facts = directory.affiliations(personId).orElse(null);
        if (facts == null) {
            return EnumSet.noneOf(ConflictKind.class);
        }
        Set<UUID> applicantPeople = task.piPersonId() == null ? Set.of() : Set.of(task.piPersonId());
        return ConflictRules.find(
                ruleSets.inForce(access.today()),
                new ConflictRules.MemberFacts(
                        personId,
                        facts.currentOrganisationId(),
                        facts.pastOrganisationIds(),
                        facts.declaredRelatives(),
                        List.of()),
                new ConflictRules.DossierFacts(task.hostOrgId(), Set.of(), applicantPeople, List.of()),
                access.today());
    }

    private AcceptanceCouncil council(UUID taskId) {
        return councils.findByTaskId(taskId)
                .orElseThrow(() -> DomainException.conflict("acceptance.council.error.none"));
    }

    private static Set<UUID> productIds(ExecutionTask task) {
        return task.products().stream().map(Product::id).collect(Collectors.toSet());
    }
}
