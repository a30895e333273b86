package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The payment tranches of a signed contract: the host requests one, two different STAFF users
 * approve it (science management, then finance), STAFF records the treasury's payment.
 */
@Service
@Transactional
public class Tranches {

    private final TaskAccess access;
    private final TrancheRepository tranches;
    private final ContractRepository contracts;
    private final ContractTermsJson json;
    private final ProductMilestones milestones;
    private final Notifications notifications;

    Tranches(
            TaskAccess access,
            TrancheRepository tranches,
            ContractRepository contracts,
            ContractTermsJson json,
            ProductMilestones milestones,
            Notifications notifications) {
        this.access = access;
        this.tranches = tranches;
        this.contracts = contracts;
        this.json = json;
        this.milestones = milestones;
        this.notifications = notifications;
    }

    public void requestTranche(CurrentUser actor, UUID taskId, UUID trancheId, @Nullable String note) {
        ExecutionTask task = access.host(actor, taskId);
        task.require(Stage.IN_PROGRESS, Stage.UNDER_ACCEPTANCE, Stage.ACCEPTED);
        Tranche tranche = tranche(taskId, trancheId);
        tranche.request(
                acceptedProducts(taskId),
                committedElsewhere(tranche),
                contractBudget(taskId),
                note,
                access.clock().instant());
        access.journal(
                taskId,
                actor.username(),
                "payment.requested",
                access.t("payment.journal.requested", tranche.number(), VietnameseFormats.money(tranche.amount())),
                Map.of("state", TrancheState.PLANNED.name()),
                Map.of(
                        "state",
                        tranche.state().name(),
                        "amount",
                        tranche.amount().toPlainString()));
        notifications.sendToRole(
                Role.STAFF,
                access.t("payment.notify.requested.subject", task.code(), tranche.number()),
                access.t("payment.notify.requested.body", task.title()),
                TaskAccess.link(taskId));
    }

    /**
     * One approval step: STAFF (science management) first, then finance. The finance step must
     * be taken by someone other than the person who took the first (four eyes).
     */
    public void approveTranche(CurrentUser actor, UUID taskId, UUID trancheId) {
        TaskAccess.requireStaff(actor);
        Tranche tranche = tranche(taskId, trancheId);
        tranche.requireProductAccepted(acceptedProducts(taskId));
        TrancheState before = tranche.state();
        if (before == TrancheState.STAFF_APPROVED) {
            if (actor.username().equals(tranche.staffApprovedBy())) {
                throw DomainException.conflict("payment.error.fourEyes");
            }
            tranche.approveAsFinance(actor.username());
        } else {
            tranche.approveAsStaff(actor.username());
        }
        access.journal(
                taskId,
                actor.username(),
                "payment.approved",
                access.t("payment.journal.tranche", tranche.number()),
                Map.of("state", before.name()),
                Map.of("state", tranche.state().name()));
    }

    public void rejectTranche(CurrentUser actor, UUID taskId, UUID trancheId, String note) {
        TaskAccess.requireStaff(actor);
        Tranche tranche = tranche(taskId, trancheId);
        TrancheState before = tranche.state();
        tranche.reject(note);
        access.journal(
                taskId,
                actor.username(),
                "payment.rejected",
                note,
                Map.of("state", before.name()),
                Map.of("state", tranche.state().name()));
    }

    public void markTranchePaid(CurrentUser actor, UUID taskId, UUID trancheId, LocalDate paidOn, String reference) {
        ExecutionTask task = access.staff(actor, taskId);
        Tranche tranche = tranche(taskId, trancheId);
        tranche.requireProductAccepted(acceptedProducts(taskId));
        BigDecimal paidElsewhere = tranches.findByTaskIdOrderByNumber(taskId).stream()
                .filter(t -> !t.id().equals(trancheId) && t.state() == TrancheState.PAID)
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        tranche.markPaid(paidOn, reference, paidElsewhere, contractBudget(taskId));
        access.journal(
                taskId,
                actor.username(),
                "payment.paid",
                access.t("payment.journal.paid", tranche.number(), reference),
                Map.of("state", TrancheState.FINANCE_APPROVED.name()),
                Map.of("state", TrancheState.PAID.name(), "paidOn", paidOn.toString(), "reference", reference));
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("payment.notify.paid.subject", task.code(), tranche.number()),
                access.t("payment.notify.paid.body", task.title()),
                TaskAccess.link(taskId));
    }

    /** The task's tranches as its page shows them, with the name of the product each pays for. */
    @Transactional(readOnly = true)
    public List<TrancheView> views(ExecutionTask task) {
        Map<UUID, String> productNames = task.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        return tranches.findByTaskIdOrderByNumber(task.id()).stream()
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
    }

    /** What the treasury has paid to the task so far. */
    static BigDecimal paid(List<Tranche> list) {
        return list.stream()
                .filter(t -> t.state() == TrancheState.PAID)
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Tranche tranche(UUID taskId, UUID trancheId) {
        return tranches.findById(trancheId)
                .filter(t -> t.taskId().equals(taskId))
                .orElseThrow(TaskAccess::notFound);
    }

    private Set<UUID> acceptedProducts(UUID taskId) {
        return milestones.acceptedOn(taskId).keySet();
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
        return json.terms(contract).stateBudget();
    }
}
