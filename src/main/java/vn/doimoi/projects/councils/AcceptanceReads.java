package vn.doimoi.projects.councils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.AcceptanceRepository;
import vn.doimoi.projects.councils.AcceptanceCouncils.CouncilRow;
import vn.doimoi.projects.councils.AcceptanceCouncils.CouncilView;
import vn.doimoi.projects.councils.AcceptanceCouncils.DossierView;
import vn.doimoi.projects.councils.AcceptanceCouncils.MemberView;
import vn.doimoi.projects.councils.AcceptanceCouncils.SeatView;
import vn.doimoi.projects.councils.AcceptanceCouncils.SheetView;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.ExecutionViews;
import vn.doimoi.projects.execution.FundingMode;
import vn.doimoi.projects.execution.ProductMilestones;
import vn.doimoi.projects.execution.TaskFile;
import vn.doimoi.projects.execution.TaskFileRepository;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.CouncilRule;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/**
 * Finding an acceptance council and showing it: to STAFF and whoever sees the task, and to a
 * member on their own page, where the seat comes from the directory person linked to the account.
 */
@Component
@Transactional(readOnly = true)
class AcceptanceReads {

    /** The kind of the files the host sent with the acceptance dossier: what members may read. */
    private static final String DOSSIER_FILES = "ACCEPTANCE";

    private final CouncilRepository councils;
    private final MemberSheetRepository sheets;
    private final AcceptanceRepository acceptances;
    private final TaskAccess access;
    private final CouncilPeople people;
    private final RuleSets ruleSets;
    private final TaskFileRepository files;
    private final ProductMilestones milestones;

    AcceptanceReads(
            CouncilRepository councils,
            MemberSheetRepository sheets,
            AcceptanceRepository acceptances,
            TaskAccess access,
            CouncilPeople people,
            RuleSets ruleSets,
            TaskFileRepository files,
            ProductMilestones milestones) {
        this.councils = councils;
        this.sheets = sheets;
        this.acceptances = acceptances;
        this.access = access;
        this.people = people;
        this.ruleSets = ruleSets;
        this.files = files;
        this.milestones = milestones;
    }

    /**
     * The councils in someone's list: for STAFF every acceptance council (to the task's page);
     * for anyone else those on which their linked directory person sits (to their own page).
     */
    List<CouncilRow> list(CurrentUser actor) {
        boolean staff = TaskAccess.isStaff(actor);
        UUID person = people.linkedPerson(actor.id().value()).orElse(null);
        List<Council> list = staff
                ? councils.findByKindOrderByCreatedAtDesc(CouncilPurpose.ACCEPTANCE)
                : person == null ? List.of() : councils.findBySeatPerson(CouncilPurpose.ACCEPTANCE, person);
        List<CouncilRow> rows = new ArrayList<>();
        for (Council council : list) {
            ExecutionTask task = access.load(council.subjectId());
            Seat seat = person == null ? null : council.seat(person).orElse(null);
            boolean sheetIn = seat != null
                    && sheets.findByCouncilIdAndPersonId(council.id(), seat.personId())
                            .isPresent();
            rows.add(new CouncilRow(
                    task.id(),
                    task.code(),
                    task.title(),
                    decision(council),
                    formedOn(council),
                    council.state() == CouncilState.CONCLUDED,
                    seat == null ? null : seat.role(),
                    sheetIn,
                    seat == null ? TaskAccess.link(task.id()) + "#council" : memberLink(task.id())));
        }
        return rows;
    }

    /** The council as its signed-in member sees it: the dossier, products and own sheet once declared. */
    MemberView forMember(CurrentUser actor, UUID taskId) {
        Council council = councilOf(taskId);
        Seat seat = mySeat(actor, council);
        ExecutionTask task = access.load(taskId);
        DossierView dossier = null;
        List<ExecutionViews.ProductView> products = List.of();
        SheetView mine = null;
        if (seat.declared()) {
            dossier = acceptances
                    .findByTaskId(taskId)
                    .map(a -> dossier(a, taskId))
                    .orElse(null);
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
                Optional.ofNullable(people.organisationName(task.hostOrgId())).orElse(""),
                decision(council),
                formedOn(council),
                council.state() == CouncilState.CONCLUDED,
                council.classification(),
                ruleSets.gradingFor(task.decisionDate()),
                seat.fullName(),
                seat.role(),
                seat.declared(),
                council.members().stream().map(s -> seatView(s, null)).toList(),
                dossier,
                products,
                mine);
    }

    /** The task's council with every member's sheet, for whoever may see the task. */
    @Nullable
    CouncilView view(CurrentUser actor, UUID taskId) {
        access.visible(actor, taskId);
        Council council = councils.findByTaskId(taskId).orElse(null);
        if (council == null) {
            return null;
        }
        Map<UUID, MemberSheet> byPerson = sheets.findByCouncilId(council.id()).stream()
                .collect(Collectors.toMap(MemberSheet::personId, Function.identity()));
        List<SeatView> seats = council.members().stream()
                .map(s -> seatView(s, byPerson.get(s.personId())))
                .toList();
        CouncilRule rule = rule(council);
        return new CouncilView(
                decision(council),
                formedOn(council),
                council.state() == CouncilState.CONCLUDED,
                council.classification(),
                rule,
                seats,
                byPerson.size(),
                rule.quorate(byPerson.size(), seats.size()));
    }

    /** A file of the acceptance dossier, for a member who has declared. */
    TaskFiles.Download dossierFile(CurrentUser actor, UUID taskId, UUID fileId) {
        if (!mySeat(actor, councilOf(taskId)).declared()) {
            throw DomainException.forbidden("acceptance.council.error.undeclared");
        }
        TaskFile file = files.findById(fileId)
                .filter(f -> f.taskId.equals(taskId) && DOSSIER_FILES.equals(f.kind))
                .orElseThrow(TaskAccess::notFound);
        return new TaskFiles.Download(file.filename, file.contentType, file.bytes);
    }

    /** The task's council for its members: "not found" before it is formed, as for a stranger. */
    Council councilOf(UUID taskId) {
        return councils.findByTaskId(taskId).orElseThrow(TaskAccess::notFound);
    }

    /** The task's council for STAFF, who is told when there is none yet. */
    Council formed(UUID taskId) {
        return councils.findByTaskId(taskId)
                .orElseThrow(() -> DomainException.conflict("acceptance.council.error.none"));
    }

    /** The actor's own seat, from the directory person linked to their account; else "not found". */
    Seat mySeat(CurrentUser actor, Council council) {
        return people.linkedPerson(actor.id().value()).flatMap(council::seat).orElseThrow(TaskAccess::notFound);
    }

    /** The rule the council was formed under, from {@code rules/}. */
    CouncilRule rule(Council council) {
        return ruleSets.acceptanceCouncil(council.ruleSetId());
    }

    static String memberLink(UUID taskId) {
        return "/execution/councils/" + taskId;
    }

    private DossierView dossier(Acceptance acceptance, UUID taskId) {
        return new DossierView(
                acceptance.finalReport(),
                acceptance.summaryReport(),
                acceptance.financialReport(),
                acceptance.selfAssessment(),
                milestones
                        .fundingMode(taskId)
                        .filter(m -> m == FundingMode.LUMP_SUM_TO_FINAL_PRODUCT)
                        .isPresent(),
                files.findByTaskIdOrderByUploadedAt(taskId).stream()
                        .filter(f -> DOSSIER_FILES.equals(f.kind))
                        .map(f -> new ExecutionViews.FileView(f.id, f.kind, f.filename, f.size, f.sha256))
                        .toList());
    }

    private static SeatView seatView(Seat seat, @Nullable MemberSheet sheet) {
        return new SeatView(seat.personId(), seat.fullName(), seat.role(), sheetView(sheet), seat.declared());
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

    private static String decision(Council council) {
        return Optional.ofNullable(council.decisionNumber()).orElse("");
    }

    /** The day of the decision: the council was formed, and its record created, that day in Vietnam. */
    private static LocalDate formedOn(Council council) {
        return LocalDate.ofInstant(council.createdAt(), Deadlines.VIETNAM);
    }
}
