package vn.doimoi.projects.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.ImportedFailedJourney;
import vn.doimoi.projects.ImportedTaskJourney;
import vn.doimoi.projects.TaskJourneyImport;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.closure.RiskAssessmentData;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.rules.CouncilRole;

/** Replays a task's journey through the services of each stage (ADR 0040). */
@Component
class TaskJourneyImporter implements TaskJourneyImport {

    private static final CouncilRole[] SEATS = {
        CouncilRole.CHAIR, CouncilRole.REVIEWER, CouncilRole.REVIEWER, CouncilRole.SECRETARY, CouncilRole.MEMBER
    };

    private final TaskExecutions executions;
    private final ExecutionTaskRepository tasks;
    private final Clock clock;
    private final AcceptanceCouncils councils;
    private final Inspections inspections;
    private final Adjustments adjustments;
    private final ResultJourneyImporter results;
    private final Closure closure;

    TaskJourneyImporter(
            TaskExecutions executions,
            ExecutionTaskRepository tasks,
            Clock clock,
            AcceptanceCouncils councils,
            Inspections inspections,
            Adjustments adjustments,
            ResultJourneyImporter results,
            Closure closure) {
        this.closure = closure;
        this.executions = executions;
        this.tasks = tasks;
        this.clock = clock;
        this.councils = councils;
        this.inspections = inspections;
        this.adjustments = adjustments;
        this.results = results;
    }

    @Override
    public Optional<UUID> taskTitled(String titleStart) {
        return tasks.findAllByOrderByApprovedAtDesc().stream()
                .filter(t -> t.title().startsWith(titleStart))
                .map(ExecutionTask::id)
                .findFirst();
    }

    @Override
    public boolean started(UUID taskId) {
        return executions.task(staff("system"), taskId).contract() != null;
    }

    @Override
    public void replay(UUID id, ImportedTaskJourney journey) {
        ExecutionTask task = tasks.findById(id).orElseThrow(vn.doimoi.projects.support.TaskAccess::notFound);
        CurrentUser science = staff(journey.scienceOfficer());
        CurrentUser finance = staff(journey.financeOfficer());
        CurrentUser host = host(task, journey.hostMember());
        LocalDate today = Deadlines.today(clock.instant());
        ImportedTaskJourney.Payments p = journey.payments();
        LocalDate start = signContract(science, task, journey.contract(), p);
        ImportedTaskJourney.Inspection i = journey.inspection();
        LocalDate inspectedOn = start.plusMonths(i.monthsAfterStart());
        inspections.record(
                science,
                id,
                new Inspections.InspectionInput(inspectedOn, i.team(), i.findings(), i.conclusions(), i.requests()));
        ImportedTaskJourney.Adjustment a = journey.adjustment();
        UUID adjustment = adjustments.request(
                host, id, new Adjustments.AdjustmentInput(AdjustmentKind.CONTENT, a.description(), a.reason(), null));
        adjustments.decide(
                science,
                id,
                adjustment,
                new Adjustments.Decision(
                        true, a.decisionNumber(), inspectedOn.plusDays(a.decidedDaysAfterInspection()), a.note()));
        reportAndAdvance(science, finance, host, id, journey.reports(), p, start);
        submitDossier(host, id, journey.dossier());
        conclude(science, task, journey.council());
        for (var tranche : executions.task(science, id).tranches()) {
            if (tranche.productId() != null) {
                executions.requestTranche(host, id, tranche.id(), p.productNote());
                executions.approveTranche(science, id, tranche.id());
                executions.approveTranche(finance, id, tranche.id());
                executions.markTranchePaid(
                        finance,
                        id,
                        tranche.id(),
                        today.minusDays(p.productsPaidDaysAgo()),
                        p.productReferencePrefix() + tranche.number());
            }
        }
        results.replay(science, host, task, journey, today);
    }

    @Override
    public void replayFailure(UUID id, ImportedFailedJourney journey) {
        ExecutionTask task = tasks.findById(id).orElseThrow(vn.doimoi.projects.support.TaskAccess::notFound);
        CurrentUser science = staff(journey.scienceOfficer());
        CurrentUser host = host(task, journey.hostMember());
        LocalDate start = signContract(science, task, journey.contract(), journey.advance());
        reportAndAdvance(
                science, staff(journey.financeOfficer()), host, id, journey.reports(), journey.advance(), start);
        submitDossier(host, id, journey.dossier());
        Map<UUID, ProductGrades> failed = new LinkedHashMap<>();
        for (Product product : task.products()) {
            failed.put(product.id(), new ProductGrades(Grade.FAILED, Grade.FAILED, Grade.PASSED));
        }
        executions.concludeAcceptance(science, id, failed, Grade.FAILED, journey.conclusion());
        ImportedFailedJourney.Compliance c = journey.compliance();
        closure.assessCompliance(
                science,
                id,
                new RiskAssessmentData(
                        true,
                        c.assessors(),
                        c.evidence(),
                        c.decisionNumber(),
                        Deadlines.today(clock.instant()).minusDays(c.decidedDaysAgo()),
                        null));
    }

    /** Drafts the suggested contract as a lump sum to the final product and signs it; answers its start. */
    private LocalDate signContract(
            CurrentUser science, ExecutionTask task, ImportedTaskJourney.Contract c, ImportedTaskJourney.Payments p) {
        UUID id = task.id();
        LocalDate today = Deadlines.today(clock.instant());
        LocalDate start = task.decisionDate().plusDays(c.startsDaysAfterDecision());
        ContractTerms suggested = executions.suggestedTerms(science, id);
        List<ContractTerms.TrancheTerm> tranches = suggested.tranches().stream()
                .map(t -> new ContractTerms.TrancheTerm(
                        t.number(),
                        t.amount(),
                        t.productId(),
                        t.productId() == null
                                ? start.plusDays(p.advancePlannedDaysAfterStart())
                                : today.minusMonths(1)))
                .toList();
        executions.draftContract(
                science,
                id,
                new ContractTerms(
                        c.number(),
                        start,
                        start.plusMonths(c.months()),
                        FundingMode.LUMP_SUM_TO_FINAL_PRODUCT,
                        suggested.stateBudget(),
                        suggested.otherBudget(),
                        c.reportEveryMonths(),
                        c.obligations(),
                        tranches));
        executions.signContract(science, id, start);
        return start;
    }

    /** Every progress report submitted and accepted, then the advance requested, approved twice and paid. */
    private void reportAndAdvance(
            CurrentUser science,
            CurrentUser finance,
            CurrentUser host,
            UUID id,
            ImportedTaskJourney.Reports reports,
            ImportedTaskJourney.Payments p,
            LocalDate start) {
        var detail = executions.task(science, id);
        for (var report : detail.reports()) {
            executions.submitReport(
                    host,
                    id,
                    report.id(),
                    String.format(reports.contentFormat(), report.number()),
                    Math.min(100, 30 * report.number()));
            executions.acceptReport(science, id, report.id(), reports.reviewNote());
        }
        UUID advance = detail.tranches().get(0).id();
        executions.requestTranche(host, id, advance, p.advanceNote());
        executions.approveTranche(science, id, advance);
        executions.approveTranche(finance, id, advance);
        executions.markTranchePaid(
                finance, id, advance, start.plusDays(p.advancePaidDaysAfterStart()), p.advanceReference());
    }

    /** The host's dossier: under a lump sum to the final product it hands in products, no spending report. */
    private void submitDossier(CurrentUser host, UUID id, ImportedTaskJourney.Dossier d) {
        executions.submitAcceptance(
                host,
                id,
                d.finalReport(),
                d.summaryReport(),
                null,
                d.selfAssessment(),
                List.of(),
                MemberContributions.of(null, d.contributions()));
    }

    /**
     * The acceptance council: five experts of the directory with no conflict with the host, one
     * sheet each (two Xuất sắc, three Đạt), so the rule classifies the task Đạt; without five
     * such experts STAFF records the grades directly.
     */
    private void conclude(CurrentUser science, ExecutionTask task, ImportedTaskJourney.Council council) {
        UUID id = task.id();
        List<UUID> experts = councils.candidates(science, id).stream()
                .filter(AcceptanceCouncils.Candidate::eligible)
                .map(AcceptanceCouncils.Candidate::personId)
                .limit(SEATS.length)
                .toList();
        Map<UUID, ProductGrades> passed = new LinkedHashMap<>();
        Map<UUID, ProductGrades> excellent = new LinkedHashMap<>();
        for (Product product : task.products()) {
            passed.put(product.id(), new ProductGrades(Grade.EXCELLENT, Grade.PASSED, Grade.PASSED));
            excellent.put(product.id(), new ProductGrades(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT));
        }
        if (experts.size() < SEATS.length) {
            executions.concludeAcceptance(science, id, passed, Grade.PASSED, council.directConclusion());
            return;
        }
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        for (int i = 0; i < SEATS.length; i++) {
            seats.put(experts.get(i), SEATS[i]);
        }
        councils.form(science, id, council.decisionNumber(), seats);
        for (int i = 0; i < experts.size(); i++) {
            councils.recordSheet(
                    science,
                    id,
                    experts.get(i),
                    i < 2 ? excellent : passed,
                    Grade.PASSED,
                    council.comments().get(i % council.comments().size()));
        }
        councils.conclude(science, id, council.conclusion());
    }

    private static CurrentUser host(ExecutionTask task, String username) {
        return new CurrentUser(new UserId(UUID.randomUUID()), username, EnumSet.of(Role.ORG_MEMBER), task.hostOrgId());
    }

    private static CurrentUser staff(String username) {
        return new CurrentUser(new UserId(UUID.randomUUID()), username, EnumSet.of(Role.STAFF), null);
    }
}
