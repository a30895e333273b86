package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.AcceptanceRepository;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.councils.AcceptanceCouncilRepository;
import vn.doimoi.projects.execution.ExecutionViews.AcceptanceView;
import vn.doimoi.projects.execution.ExecutionViews.ContractView;
import vn.doimoi.projects.execution.ExecutionViews.Dashboard;
import vn.doimoi.projects.execution.ExecutionViews.EventView;
import vn.doimoi.projects.execution.ExecutionViews.LiquidationView;
import vn.doimoi.projects.execution.ExecutionViews.OverdueReport;
import vn.doimoi.projects.execution.ExecutionViews.PaymentRow;
import vn.doimoi.projects.execution.ExecutionViews.ProductView;
import vn.doimoi.projects.execution.ExecutionViews.ReportView;
import vn.doimoi.projects.execution.ExecutionViews.ResultView;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.ExecutionViews.TaskRow;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.projects.execution.ExecutionViews.UseView;
import vn.doimoi.projects.execution.ExecutionViews.VersionView;
import vn.doimoi.projects.execution.ExecutionViews.YearMoney;
import vn.doimoi.projects.results.Result;
import vn.doimoi.projects.results.ResultRepository;
import vn.doimoi.projects.results.ResultState;
import vn.doimoi.projects.results.ResultUse;
import vn.doimoi.projects.results.ResultUseRepository;
import vn.doimoi.projects.results.ResultViews;
import vn.doimoi.projects.results.UseState;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/**
 * Part 2 of S&T tasks: from the approved task to the use of its results. STAFF (and ADMIN) manage
 * every task; a member of the host organisation sees and acts on its own tasks only (others are
 * "not found" to it). Every change is audited and written to the task's journal.
 */
@Service
@Transactional
public class TaskExecutions {

    static final String ENTITY = "projects.execution_task";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ExecutionTaskRepository tasks;
    private final ContractRepository contracts;
    private final ContractVersionRepository versions;
    private final ProgressReportRepository reports;
    private final TrancheRepository tranches;
    private final AcceptanceRepository acceptances;
    private final ResultRepository results;
    private final TaskEventRepository events;
    private final Notifications notifications;
    private final Clock clock;
    private final JsonMapper json;
    private final ExecutionProperties properties;
    private final TaskAccess access;
    private final AcceptanceCouncilRepository councils;
    private final ResultUseRepository uses;
    private final TaskFiles taskFiles;
    private final ResultViews resultViews;
    private final Closure closure;

    TaskExecutions(
            ExecutionTaskRepository tasks,
            ContractRepository contracts,
            ContractVersionRepository versions,
            ProgressReportRepository reports,
            TrancheRepository tranches,
            AcceptanceRepository acceptances,
            ResultRepository results,
            TaskEventRepository events,
            Notifications notifications,
            Clock clock,
            JsonMapper json,
            ExecutionProperties properties,
            TaskAccess access,
            AcceptanceCouncilRepository councils,
            ResultUseRepository uses,
            TaskFiles taskFiles,
            ResultViews resultViews,
            Closure closure) {
        this.uses = uses;
        this.taskFiles = taskFiles;
        this.resultViews = resultViews;
        this.closure = closure;
        this.access = access;
        this.councils = councils;
        this.tasks = tasks;
        this.contracts = contracts;
        this.versions = versions;
        this.reports = reports;
        this.tranches = tranches;
        this.acceptances = acceptances;
        this.results = results;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
        this.json = json;
        this.properties = properties;
    }

    // ---------------------------------------------------------------- the approved task arrives

    /** Creates the execution record of an approved task, awaiting its contract. Idempotent. */
    public void taskApproved(TaskApproved approved) {
        if (tasks.existsById(approved.taskId())) {
            return;
        }
        ExecutionTask task = tasks.save(new ExecutionTask(approved, clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", task.code());
        after.put("stage", task.stage().name());
        after.put(
                "products", task.products().stream().map(p -> p.id().toString()).toList());
        journal(task.id(), "system", "execution.created", approved.decisionNumber(), null, after);
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<TaskRow> tasksFor(CurrentUser actor) {
        List<ExecutionTask> list;
        if (isStaff(actor)) {
            list = tasks.findAllByOrderByApprovedAtDesc();
        } else if (actor.organisationId() != null) {
            list = tasks.findByHostOrgIdOrderByApprovedAtDesc(actor.organisationId());
        } else {
            list = List.of();
        }
        LocalDate today = today();
        Map<UUID, String> names = access.organisationNames();
        return list.stream().map(t -> row(t, names, today)).toList();
    }

    @Transactional(readOnly = true)
    public TaskDetail task(CurrentUser actor, UUID taskId) {
        ExecutionTask task = visibleTask(actor, taskId);
        return detail(task);
    }

    /** Suggested terms for a new contract: dates from today, an advance of 30%, the rest per product. */
    @Transactional(readOnly = true)
    public ContractTerms suggestedTerms(CurrentUser actor, UUID taskId) {
        requireStaff(actor);
        ExecutionTask task = load(taskId);
        Contract contract = contracts.findByTaskId(taskId).orElse(null);
        if (contract != null) {
            return terms(contract);
        }
        LocalDate start = today();
        BigDecimal budget = task.stateBudget();
        BigDecimal advance = budget.multiply(new BigDecimal("0.3")).setScale(-6, RoundingMode.DOWN);
        List<Product> products = task.products();
        List<ContractTerms.TrancheTerm> terms = new ArrayList<>();
        terms.add(new ContractTerms.TrancheTerm(1, advance, null, start));
        BigDecimal rest = budget.subtract(advance);
        BigDecimal share = rest.divide(BigDecimal.valueOf(Math.max(1, products.size())), 0, RoundingMode.DOWN)
                .setScale(0, RoundingMode.DOWN);
        LocalDate end = start.plusMonths(task.durationMonths());
        for (int i = 0; i < products.size(); i++) {
            BigDecimal amount = i == products.size() - 1
                    ? rest.subtract(share.multiply(BigDecimal.valueOf(products.size() - 1L)))
                    : share;
            terms.add(
                    new ContractTerms.TrancheTerm(i + 2, amount, products.get(i).id(), end));
        }
        return new ContractTerms(
                "HĐ-" + task.code(),
                start,
                end,
                FundingMode.LUMP_SUM_TO_FINAL_PRODUCT,
                budget.setScale(0, RoundingMode.UNNECESSARY),
                task.otherBudget().setScale(0, RoundingMode.UNNECESSARY),
                6,
                "",
                terms);
    }

    // ---------------------------------------------------------------- contract

    /** STAFF drafts (or redrafts) the contract of an approved task. */
    public void draftContract(CurrentUser actor, UUID taskId, ContractTerms terms) {
        requireStaff(actor);
        ExecutionTask task = load(taskId);
        task.require(Stage.AWAITING_CONTRACT, Stage.CONTRACT_DRAFT);
        terms.validate(productIds(task));
        Contract contract = contracts.findByTaskId(taskId).orElse(null);
        if (contract == null) {
            contracts.save(new Contract(taskId, write(terms)));
            task.contractDrafted();
        } else {
            contract.redraft(write(terms));
        }
        journal(taskId, actor.username(), "contract.drafted", terms.number(), null, terms.fields());
    }

    /** STAFF records the signature: the terms freeze as version 1; reports and tranches are scheduled. */
    public void signContract(CurrentUser actor, UUID taskId, LocalDate signedOn) {
        requireStaff(actor);
        ExecutionTask task = load(taskId);
        Contract contract =
                contracts.findByTaskId(taskId).orElseThrow(() -> DomainException.conflict("contract.error.noDraft"));
        ContractTerms terms = terms(contract);
        contract.sign(signedOn);
        task.contractSigned();
        versions.save(new ContractVersion(contract.id(), 1, contract.terms(), null, clock.instant(), actor.username()));
        int number = 1;
        for (LocalDate due : terms.reportDueDates()) {
            reports.save(new ProgressReport(taskId, number++, due));
        }
        for (ContractTerms.TrancheTerm term : terms.tranches()) {
            tranches.save(new Tranche(taskId, term));
        }
        journal(
                taskId,
                actor.username(),
                "contract.signed",
                terms.number(),
                Map.of("state", ContractState.DRAFT.name()),
                Map.of("state", ContractState.SIGNED.name(), "signedOn", signedOn.toString()));
        notifications.sendToOrganisation(
                task.hostOrgId(),
                t("contract.notify.signed.subject", task.code()),
                t("contract.notify.signed.body", task.title(), terms.number()),
                link(taskId));
    }

    /** STAFF amends a signed contract: a new version with its reason; planned tranches follow. */
    public void amendContract(CurrentUser actor, UUID taskId, ContractTerms newTerms, String reason) {
        requireStaff(actor);
        ExecutionTask task = load(taskId);
        task.require(Stage.IN_PROGRESS, Stage.UNDER_ACCEPTANCE);
        newTerms.validate(productIds(task));
        Contract contract =
                contracts.findByTaskId(taskId).orElseThrow(() -> DomainException.conflict("contract.error.noDraft"));
        ContractTerms before = terms(contract);
        List<Tranche> planned = tranches.findByTaskIdOrderByNumber(taskId);
        BigDecimal committed = planned.stream()
                .filter(Tranche::committed)
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        contract.amend(write(newTerms), newTerms.stateBudget(), committed, reason);
        Map<Integer, Tranche> byNumber = planned.stream().collect(Collectors.toMap(Tranche::number, t -> t));
        for (ContractTerms.TrancheTerm term : newTerms.tranches()) {
            Tranche existing = byNumber.remove(term.number());
            if (existing == null) {
                tranches.save(new Tranche(taskId, term));
            } else {
                existing.replan(term);
            }
        }
        for (Tranche removed : byNumber.values()) {
            if (removed.committed()) {
                throw DomainException.conflict("payment.error.replanCommitted", removed.number());
            }
            tranches.delete(removed);
        }
        versions.save(new ContractVersion(
                contract.id(), contract.currentVersion(), contract.terms(), reason, clock.instant(), actor.username()));
        Map<String, Object> diff = new LinkedHashMap<>();
        ContractTerms.diff(before, newTerms).forEach(c -> diff.put(c.field(), c.before() + " → " + c.after()));
        journal(
                taskId,
                actor.username(),
                "contract.amended",
                reason,
                Map.of("version", contract.currentVersion() - 1),
                Map.of("version", contract.currentVersion(), "changes", diff));
    }

    public void terminateContract(CurrentUser actor, UUID taskId, String reason) {
        requireStaff(actor);
        ExecutionTask task = load(taskId);
        Contract contract =
                contracts.findByTaskId(taskId).orElseThrow(() -> DomainException.conflict("contract.error.noDraft"));
        contract.terminate(reason, today());
        task.terminated();
        journal(
                taskId,
                actor.username(),
                "contract.terminated",
                reason,
                Map.of("state", ContractState.SIGNED.name()),
                Map.of("state", ContractState.TERMINATED.name()));
    }

    // ---------------------------------------------------------------- progress reports

    public void submitReport(CurrentUser actor, UUID taskId, UUID reportId, String content, int percent) {
        ExecutionTask task = hostTask(actor, taskId);
        task.require(Stage.IN_PROGRESS);
        ProgressReport report = report(taskId, reportId);
        report.submit(content, percent, clock.instant());
        journal(
                taskId,
                actor.username(),
                "execution.report.submitted",
                "#" + report.number() + (report.late() ? " (late)" : ""),
                Map.of("state", ReportState.DUE.name()),
                Map.of("state", report.state().name(), "late", report.late(), "percent", percent));
        notifications.sendToRole(
                Role.STAFF,
                t("execution.notify.report.subject", task.code(), report.number()),
                t(report.late() ? "execution.notify.report.bodyLate" : "execution.notify.report.body", task.title()),
                link(taskId));
    }

    public void acceptReport(CurrentUser actor, UUID taskId, UUID reportId, @Nullable String note) {
        requireStaff(actor);
        ProgressReport report = report(taskId, reportId);
        report.accept(note);
        journal(
                taskId,
                actor.username(),
                "execution.report.accepted",
                "#" + report.number(),
                Map.of("state", ReportState.SUBMITTED.name()),
                Map.of("state", ReportState.ACCEPTED.name()));
    }

    // ---------------------------------------------------------------- payments

    public void requestTranche(CurrentUser actor, UUID taskId, UUID trancheId, @Nullable String note) {
        ExecutionTask task = hostTask(actor, taskId);
        task.require(Stage.IN_PROGRESS, Stage.UNDER_ACCEPTANCE, Stage.ACCEPTED);
        Tranche tranche = tranche(taskId, trancheId);
        tranche.request(
                acceptedProducts(taskId), committedElsewhere(tranche), contractBudget(taskId), note, clock.instant());
        journal(
                taskId,
                actor.username(),
                "payment.requested",
                "#" + tranche.number() + " " + tranche.amount().toPlainString(),
                Map.of("state", TrancheState.PLANNED.name()),
                Map.of(
                        "state",
                        tranche.state().name(),
                        "amount",
                        tranche.amount().toPlainString()));
        notifications.sendToRole(
                Role.STAFF,
                t("payment.notify.requested.subject", task.code(), tranche.number()),
                t("payment.notify.requested.body", task.title()),
                link(taskId));
    }

    /**
     * One approval step: STAFF (science management) first, then finance. The finance step must
     * be taken by someone other than the person who took the first (four eyes).
     */
    public void approveTranche(CurrentUser actor, UUID taskId, UUID trancheId) {
        requireStaff(actor);
        Tranche tranche = tranche(taskId, trancheId);
        TrancheState before = tranche.state();
        if (before == TrancheState.STAFF_APPROVED) {
            if (actor.username().equals(tranche.staffApprovedBy())) {
                throw DomainException.conflict("payment.error.fourEyes");
            }
            tranche.approveAsFinance(actor.username());
        } else {
            tranche.approveAsStaff(actor.username());
        }
        journal(
                taskId,
                actor.username(),
                "payment.approved",
                "#" + tranche.number(),
                Map.of("state", before.name()),
                Map.of("state", tranche.state().name()));
    }

    public void rejectTranche(CurrentUser actor, UUID taskId, UUID trancheId, String note) {
        requireStaff(actor);
        Tranche tranche = tranche(taskId, trancheId);
        TrancheState before = tranche.state();
        tranche.reject(note);
        journal(
                taskId,
                actor.username(),
                "payment.rejected",
                note,
                Map.of("state", before.name()),
                Map.of("state", tranche.state().name()));
    }

    public void markTranchePaid(CurrentUser actor, UUID taskId, UUID trancheId, LocalDate paidOn, String reference) {
        requireStaff(actor);
        ExecutionTask task = load(taskId);
        Tranche tranche = tranche(taskId, trancheId);
        BigDecimal paidElsewhere = tranches.findByTaskIdOrderByNumber(taskId).stream()
                .filter(t -> !t.id().equals(trancheId) && t.state() == TrancheState.PAID)
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        tranche.markPaid(paidOn, reference, paidElsewhere, contractBudget(taskId));
        journal(
                taskId,
                actor.username(),
                "payment.paid",
                "#" + tranche.number() + " " + reference,
                Map.of("state", TrancheState.FINANCE_APPROVED.name()),
                Map.of("state", TrancheState.PAID.name(), "paidOn", paidOn.toString(), "reference", reference));
        notifications.sendToOrganisation(
                task.hostOrgId(),
                t("payment.notify.paid.subject", task.code(), tranche.number()),
                t("payment.notify.paid.body", task.title()),
                link(taskId));
    }

    // ---------------------------------------------------------------- acceptance

    public void submitAcceptance(
            CurrentUser actor,
            UUID taskId,
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            List<TaskFiles.Upload> evidence) {
        ExecutionTask task = hostTask(actor, taskId);
        task.acceptanceRequested();
        if (acceptances.findByTaskId(taskId).isPresent()) {
            throw DomainException.conflict("acceptance.error.state", "SUBMITTED");
        }
        acceptances.save(
                new Acceptance(taskId, finalReport, summaryReport, financialReport, selfAssessment, clock.instant()));
        for (TaskFiles.Upload upload : evidence) {
            taskFiles.store(taskId, "ACCEPTANCE", upload);
        }
        journal(
                taskId,
                actor.username(),
                "acceptance.submitted",
                evidence.size() + " file(s)",
                Map.of("stage", Stage.IN_PROGRESS.name()),
                Map.of("stage", Stage.UNDER_ACCEPTANCE.name()));
        notifications.sendToRole(
                Role.STAFF,
                t("acceptance.notify.submitted.subject", task.code()),
                t("acceptance.notify.submitted.body", task.title()),
                link(taskId));
    }

    /** STAFF records the council's grades; the configured rule classifies the task. */
    public Grade concludeAcceptance(
            CurrentUser actor,
            UUID taskId,
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            @Nullable String note) {
        requireStaff(actor);
        ExecutionTask task = load(taskId);
        Acceptance acceptance = acceptances
                .findByTaskId(taskId)
                .orElseThrow(() -> DomainException.conflict("acceptance.error.noDossier"));
        if (councils.findByTaskId(taskId).isPresent()) {
            // A formed council concludes from its members' sheets (AcceptanceCouncils), not here.
            throw DomainException.conflict("acceptance.council.error.useSheets");
        }
        AcceptanceRule rule = properties.acceptanceRule();
        Grade classification = acceptance.conclude(grades, productIds(task), reportGrade, rule, note, today());
        task.acceptanceConcluded(classification);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("classification", classification.name());
        after.put("reportGrade", reportGrade.name());
        after.put("rule", rule.version());
        after.put("ruleVerified", rule.verified());
        grades.forEach(
                (product, g) -> after.put(product.toString(), g.quantity() + "/" + g.volume() + "/" + g.quality()));
        journal(taskId, actor.username(), "acceptance.concluded", classification.name(), null, after);
        notifications.sendToOrganisation(
                task.hostOrgId(),
                t("acceptance.notify.concluded.subject", task.code()),
                t("acceptance.notify.concluded.body", task.title(), t("acceptance.grade." + classification.name())),
                link(taskId));
        return classification;
    }

    // ---------------------------------------------------------------- result registration and use

    // ---------------------------------------------------------------- assets and closing

    // ---------------------------------------------------------------- public register

    // ---------------------------------------------------------------- dashboard

    @Transactional(readOnly = true)
    public Dashboard dashboard(CurrentUser actor) {
        requireStaff(actor);
        LocalDate today = today();
        Map<UUID, String> names = access.organisationNames();
        List<ExecutionTask> all = tasks.findAllByOrderByApprovedAtDesc();
        Map<UUID, ExecutionTask> byId = all.stream().collect(Collectors.toMap(ExecutionTask::id, t -> t));
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, all.stream().filter(t -> t.stage() == stage).count());
        }
        List<OverdueReport> overdue = reports.findByStateOrderByDueOn(ReportState.DUE).stream()
                .filter(r -> r.overdueOn(today))
                .filter(r -> byId.containsKey(r.taskId()))
                .map(r -> {
                    ExecutionTask t = byId.get(r.taskId());
                    return new OverdueReport(
                            t.id(),
                            t.code(),
                            t.title(),
                            names.getOrDefault(t.hostOrgId(), ""),
                            r.number(),
                            r.dueOn(),
                            ChronoUnit.DAYS.between(r.dueOn(), today));
                })
                .toList();
        List<Tranche> allTranches = tranches.findAllByOrderByPlannedOn();
        Map<Integer, BigDecimal[]> perYear = new TreeMap<>();
        for (Tranche t : allTranches) {
            perYear.computeIfAbsent(t.plannedOn().getYear(), y -> zeros())[0] =
                    perYear.get(t.plannedOn().getYear())[0].add(t.amount());
            if (t.state() == TrancheState.PAID && t.paidOn() != null) {
                BigDecimal[] cell = perYear.computeIfAbsent(t.paidOn().getYear(), y -> zeros());
                cell[1] = cell[1].add(t.amount());
            }
        }
        List<YearMoney> money = perYear.entrySet().stream()
                .map(e -> new YearMoney(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        List<PaymentRow> awaiting = allTranches.stream()
                .filter(t -> t.state() == TrancheState.REQUESTED
                        || t.state() == TrancheState.STAFF_APPROVED
                        || t.state() == TrancheState.FINANCE_APPROVED)
                .filter(t -> byId.containsKey(t.taskId()))
                .map(t -> paymentRow(t, byId.get(t.taskId()), names))
                .toList();
        List<Result> registered = results.findByStateOrderByRegisteredOnDesc(ResultState.REGISTERED);
        Set<UUID> applied =
                uses
                        .findByResultIdInAndState(
                                registered.stream().map(Result::id).toList(), UseState.CONFIRMED)
                        .stream()
                        .map(ResultUse::resultId)
                        .collect(Collectors.toSet());
        List<UseView> toConfirm = uses.findByStateOrderByReportedAt(UseState.REPORTED).stream()
                .map(resultViews::useView)
                .toList();
        return new Dashboard(
                byStage,
                all.stream().map(t -> row(t, names, today)).toList(),
                overdue,
                money,
                awaiting,
                toConfirm,
                registered.size(),
                applied.size());
    }

    /** Every tranche of a year (planned or paid in it), for the treasury's spreadsheet. */
    @Transactional(readOnly = true)
    public List<PaymentRow> payments(CurrentUser actor, int year) {
        requireStaff(actor);
        Map<UUID, String> names = access.organisationNames();
        Map<UUID, ExecutionTask> byId = tasks.findAll().stream().collect(Collectors.toMap(ExecutionTask::id, t -> t));
        return tranches.findAllByOrderByPlannedOn().stream()
                .filter(t -> t.plannedOn().getYear() == year
                        || (t.paidOn() != null && t.paidOn().getYear() == year))
                .filter(t -> byId.containsKey(t.taskId()))
                .map(t -> paymentRow(t, byId.get(t.taskId()), names))
                .toList();
    }

    // ---------------------------------------------------------------- reminders

    // ---------------------------------------------------------------- helpers

    private ExecutionTask load(UUID taskId) {
        return access.load(taskId);
    }

    private ExecutionTask visibleTask(CurrentUser actor, UUID taskId) {
        return access.visible(actor, taskId);
    }

    private ExecutionTask hostTask(CurrentUser actor, UUID taskId) {
        return access.host(actor, taskId);
    }

    private ProgressReport report(UUID taskId, UUID reportId) {
        return reports.findById(reportId).filter(r -> r.taskId().equals(taskId)).orElseThrow(TaskExecutions::notFound);
    }

    private Tranche tranche(UUID taskId, UUID trancheId) {
        return tranches.findById(trancheId)
                .filter(t -> t.taskId().equals(taskId))
                .orElseThrow(TaskExecutions::notFound);
    }

    private Set<UUID> productIds(ExecutionTask task) {
        return task.products().stream().map(Product::id).collect(Collectors.toSet());
    }

    private Set<UUID> acceptedProducts(UUID taskId) {
        return acceptances
                .findByTaskId(taskId)
                .filter(a -> a.state() == Acceptance.State.CONCLUDED)
                .map(Acceptance::acceptedProducts)
                .orElse(Set.of());
    }

    private BigDecimal committedElsewhere(Tranche tranche) {
        return tranches.findByTaskIdOrderByNumber(tranche.taskId()).stream()
                .filter(t -> !t.id().equals(tranche.id()) && t.committed())
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal contractBudget(UUID taskId) {
        Contract contract = contracts
                .findByTaskId(taskId)
                .filter(c -> c.state() == ContractState.SIGNED)
                .orElseThrow(() -> DomainException.conflict("contract.error.notSigned"));
        return terms(contract).stateBudget();
    }

    private void journal(
            UUID taskId,
            String actor,
            String action,
            String detail,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        access.journal(taskId, actor, action, detail, before, after);
    }

    String write(ContractTerms terms) {
        return json.writeValueAsString(terms);
    }

    ContractTerms read(String terms) {
        return json.readValue(terms, ContractTerms.class);
    }

    private ContractTerms terms(Contract contract) {
        return read(contract.terms());
    }

    private TaskDetail detail(ExecutionTask task) {
        Map<UUID, String> names = access.organisationNames();
        LocalDate today = today();
        UUID id = task.id();
        Acceptance acceptance = acceptances.findByTaskId(id).orElse(null);
        Map<UUID, Acceptance.ProductAssessment> assessed = new HashMap<>();
        if (acceptance != null) {
            acceptance.products().forEach(p -> assessed.put(p.productId(), p));
        }
        List<ProductView> products = ProductViews.of(task, assessed);
        Map<UUID, String> productNames = task.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        ContractView contract =
                contracts.findByTaskId(id).map(this::contractView).orElse(null);
        List<ReportView> reportViews = reports.findByTaskIdOrderByNumber(id).stream()
                .map(r -> new ReportView(
                        r.id(),
                        r.number(),
                        r.dueOn(),
                        r.state(),
                        r.submittedAt(),
                        r.late(),
                        r.overdueOn(today),
                        r.progressPercent(),
                        r.content(),
                        r.reviewNote()))
                .toList();
        List<Tranche> trancheList = tranches.findByTaskIdOrderByNumber(id);
        List<TrancheView> trancheViews = trancheList.stream()
                .map(t -> new TrancheView(
                        t.id(),
                        t.number(),
                        t.amount(),
                        t.productId(),
                        t.productId() == null ? null : productNames.get(t.productId()),
                        t.plannedOn(),
                        t.state(),
                        t.requestNote(),
                        t.staffApprovedBy(),
                        t.financeApprovedBy(),
                        t.paidOn(),
                        t.treasuryReference()))
                .toList();
        BigDecimal paid = paid(trancheList);
        ResultView result = results.findByTaskId(id)
                .map(r -> resultViews.resultView(r, names, false))
                .orElse(null);
        LiquidationView liquidation = closure.liquidation(id);
        return new TaskDetail(
                id,
                task.code(),
                task.title(),
                task.type(),
                task.method(),
                task.hostOrgId(),
                names.getOrDefault(task.hostOrgId(), ""),
                task.adopterOrgId() == null ? null : names.get(task.adopterOrgId()),
                task.fieldCodes(),
                task.stateBudget(),
                task.otherBudget(),
                task.durationMonths(),
                task.decisionNumber(),
                task.decisionDate(),
                task.stage(),
                products,
                contract,
                contract == null
                                || task.endsOn(contract.terms().endOn())
                                        .equals(contract.terms().endOn())
                        ? null
                        : task.extendedUntil(),
                reportViews,
                trancheViews,
                paid,
                acceptance == null ? null : acceptanceView(acceptance),
                result,
                closure.assets(id),
                liquidation,
                events.findByTaskIdOrderByAt(id).stream()
                        .map(e -> new EventView(e.at, e.actor, e.action, e.detail))
                        .toList(),
                taskFiles.views(id),
                properties.acceptanceRule());
    }

    private ContractView contractView(Contract contract) {
        List<ContractVersion> list = versions.findByContractIdOrderByNumber(contract.id());
        List<VersionView> views = new ArrayList<>();
        ContractTerms previous = null;
        for (ContractVersion v : list) {
            ContractTerms current = read(v.terms());
            views.add(new VersionView(
                    v.number(),
                    v.reason(),
                    v.createdAt(),
                    v.createdBy(),
                    previous == null ? List.of() : ContractTerms.diff(previous, current)));
            previous = current;
        }
        return new ContractView(
                contract.id(),
                contract.state(),
                contract.currentVersion(),
                contract.signedOn(),
                terms(contract),
                views,
                contract.terminationReason(),
                contract.version());
    }

    private AcceptanceView acceptanceView(Acceptance a) {
        return new AcceptanceView(
                a.id(),
                a.state() == Acceptance.State.CONCLUDED,
                a.finalReport(),
                a.summaryReport(),
                a.financialReport(),
                a.selfAssessment(),
                a.submittedAt(),
                a.reportGrade(),
                a.classification(),
                a.ruleVersion(),
                a.ruleSource(),
                a.ruleVerified(),
                a.councilNote(),
                a.concludedOn());
    }

    private TaskRow row(ExecutionTask t, Map<UUID, String> names, LocalDate today) {
        List<ProgressReport> list = reports.findByTaskIdOrderByNumber(t.id());
        return new TaskRow(
                t.id(),
                t.code(),
                t.title(),
                names.getOrDefault(t.hostOrgId(), ""),
                t.stage(),
                t.stateBudget(),
                paid(tranches.findByTaskIdOrderByNumber(t.id())),
                list.stream().filter(r -> r.overdueOn(today)).count());
    }

    private PaymentRow paymentRow(Tranche t, ExecutionTask task, Map<UUID, String> names) {
        return new PaymentRow(
                task.id(),
                task.code(),
                task.title(),
                names.getOrDefault(task.hostOrgId(), ""),
                t.number(),
                t.amount(),
                t.state(),
                t.plannedOn(),
                t.paidOn(),
                t.treasuryReference());
    }

    private static BigDecimal paid(List<Tranche> list) {
        return list.stream()
                .filter(t -> t.state() == TrancheState.PAID)
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private void requireStaff(CurrentUser actor) {
        TaskAccess.requireStaff(actor);
    }

    static boolean isStaff(CurrentUser actor) {
        return TaskAccess.isStaff(actor);
    }

    private LocalDate today() {
        return Deadlines.today(clock.instant());
    }

    private String t(String key, Object... args) {
        return access.t(key, args);
    }

    private static String link(UUID taskId) {
        return "/execution/tasks/" + taskId;
    }

    static DomainException notFound() {
        return DomainException.notFound("execution.error.notFound");
    }
}
