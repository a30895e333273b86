package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.projects.execution.ExecutionViews.ContractView;
import vn.doimoi.projects.execution.ExecutionViews.VersionView;
import vn.doimoi.projects.rules.FundingModesRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/**
 * The contract of an approved task: STAFF drafts it, records its signature (which schedules the
 * progress reports and the tranches), amends it as new versions, or terminates it.
 */
@Service
@Transactional
public class Contracts {

    private final TaskAccess access;
    private final ContractRepository contracts;
    private final ContractVersionRepository versions;
    private final ProgressReportRepository reports;
    private final TrancheRepository tranches;
    private final ContractTermsJson json;
    private final Notifications notifications;
    private final RuleSets rules;

    Contracts(
            TaskAccess access,
            ContractRepository contracts,
            ContractVersionRepository versions,
            ProgressReportRepository reports,
            TrancheRepository tranches,
            ContractTermsJson json,
            Notifications notifications,
            RuleSets rules) {
        this.access = access;
        this.contracts = contracts;
        this.versions = versions;
        this.reports = reports;
        this.tranches = tranches;
        this.json = json;
        this.notifications = notifications;
        this.rules = rules;
    }

    /** The funding modes the contract of a task may choose: the version in force on its approval day. */
    @Transactional(readOnly = true)
    public List<FundingMode> fundingModes(CurrentUser actor, UUID taskId) {
        return modesOf(access.staff(actor, taskId)).values().offered();
    }

    /** The funding-modes version a task's contract is checked under, for the form to cite. */
    @Transactional(readOnly = true)
    public RuleVersion<FundingModesRule> fundingModesRule(CurrentUser actor, UUID taskId) {
        return modesOf(access.staff(actor, taskId));
    }

    private RuleVersion<FundingModesRule> modesOf(ExecutionTask task) {
        return rules.fundingModesFor(task.decisionDate());
    }

    /** The terms as the journal keeps them, with the funding-modes version they were checked under. */
    private static Map<String, String> journalled(ContractTerms terms, RuleVersion<FundingModesRule> modes) {
        Map<String, String> fields = new LinkedHashMap<>(terms.fields());
        fields.put("fundingModesRule", modes.code());
        return fields;
    }

    /** Suggested terms for a new contract: dates from today, an advance of 30%, the rest per product. */
    @Transactional(readOnly = true)
    public ContractTerms suggestedTerms(CurrentUser actor, UUID taskId) {
        ExecutionTask task = access.staff(actor, taskId);
        Contract contract = contracts.findByTaskId(taskId).orElse(null);
        if (contract != null) {
            return json.terms(contract);
        }
        LocalDate start = access.today();
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
                modesOf(task).values().offered().get(0),
                budget.setScale(0, RoundingMode.UNNECESSARY),
                task.otherBudget().setScale(0, RoundingMode.UNNECESSARY),
                6,
                "",
                terms);
    }

    /** STAFF drafts (or redrafts) the contract of an approved task. */
    public void draftContract(CurrentUser actor, UUID taskId, ContractTerms terms) {
        ExecutionTask task = access.staff(actor, taskId);
        task.require(Stage.AWAITING_CONTRACT, Stage.CONTRACT_DRAFT);
        RuleVersion<FundingModesRule> modes = modesOf(task);
        terms.validate(task.productIds(), modes);
        Contract contract = contracts.findByTaskId(taskId).orElse(null);
        if (contract == null) {
            contracts.save(new Contract(taskId, json.write(terms)));
            task.contractDrafted();
        } else {
            contract.redraft(json.write(terms));
        }
        access.journal(taskId, actor.username(), "contract.drafted", terms.number(), null, journalled(terms, modes));
    }

    /** STAFF records the signature: the terms freeze as version 1; reports and tranches are scheduled. */
    public void signContract(CurrentUser actor, UUID taskId, LocalDate signedOn) {
        ExecutionTask task = access.staff(actor, taskId);
        Contract contract = drafted(taskId);
        ContractTerms terms = json.terms(contract);
        contract.sign(signedOn);
        task.contractSigned();
        versions.save(new ContractVersion(
                contract.id(), 1, contract.terms(), null, access.clock().instant(), actor.username()));
        int number = 1;
        for (LocalDate due : terms.reportDueDates()) {
            reports.save(new ProgressReport(taskId, number++, due));
        }
        for (ContractTerms.TrancheTerm term : terms.tranches()) {
            tranches.save(new Tranche(taskId, term));
        }
        access.journal(
                taskId,
                actor.username(),
                "contract.signed",
                terms.number(),
                Map.of("state", ContractState.DRAFT.name()),
                Map.of("state", ContractState.SIGNED.name(), "signedOn", signedOn.toString()));
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("contract.notify.signed.subject", task.code()),
                access.t("contract.notify.signed.body", task.title(), terms.number()),
                TaskAccess.link(taskId));
    }

    /** STAFF amends a signed contract: a new version with its reason; planned tranches follow. */
    public void amendContract(CurrentUser actor, UUID taskId, ContractTerms newTerms, String reason) {
        ExecutionTask task = access.staff(actor, taskId);
        task.require(Stage.IN_PROGRESS, Stage.UNDER_ACCEPTANCE);
        RuleVersion<FundingModesRule> modes = modesOf(task);
        newTerms.validate(task.productIds(), modes);
        Contract contract = drafted(taskId);
        ContractTerms before = json.terms(contract);
        List<Tranche> planned = tranches.findByTaskIdOrderByNumber(taskId);
        BigDecimal committed = planned.stream()
                .filter(Tranche::committed)
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        contract.amend(json.write(newTerms), newTerms.stateBudget(), committed, reason);
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
                contract.id(),
                contract.currentVersion(),
                contract.terms(),
                reason,
                access.clock().instant(),
                actor.username()));
        Map<String, Object> diff = new LinkedHashMap<>();
        ContractTerms.diff(before, newTerms).forEach(c -> diff.put(c.field(), c.before() + " → " + c.after()));
        access.journal(
                taskId,
                actor.username(),
                "contract.amended",
                reason,
                Map.of("version", contract.currentVersion() - 1),
                Map.of("version", contract.currentVersion(), "changes", diff, "fundingModesRule", modes.code()));
    }

    public void terminateContract(CurrentUser actor, UUID taskId, String reason) {
        ExecutionTask task = access.staff(actor, taskId);
        Contract contract = drafted(taskId);
        contract.terminate(reason, access.today());
        task.terminated();
        access.journal(
                taskId,
                actor.username(),
                "contract.terminated",
                reason,
                Map.of("state", ContractState.SIGNED.name()),
                Map.of("state", ContractState.TERMINATED.name()));
    }

    /** The contract with every version and what each amendment changed; null before a draft. */
    @Transactional(readOnly = true)
    public @Nullable ContractView view(UUID taskId) {
        Contract contract = contracts.findByTaskId(taskId).orElse(null);
        if (contract == null) {
            return null;
        }
        List<VersionView> views = new ArrayList<>();
        ContractTerms previous = null;
        for (ContractVersion v : versions.findByContractIdOrderByNumber(contract.id())) {
            ContractTerms current = json.read(v.terms());
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
                json.terms(contract),
                views,
                contract.terminationReason(),
                contract.version());
    }

    private Contract drafted(UUID taskId) {
        return contracts.findByTaskId(taskId).orElseThrow(() -> DomainException.conflict("contract.error.noDraft"));
    }
}
