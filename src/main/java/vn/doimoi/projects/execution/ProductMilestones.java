package vn.doimoi.projects.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.AcceptanceRepository;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/**
 * Which ordered products of a task have been accepted, and when: a product milestone STAFF records
 * from its acceptance minutes (lump sum to the final product), or the task's concluded acceptance.
 * A tranche tied to a product is paid only once the product is here; a lump-sum task is settled
 * against this list instead of expenditure vouchers.
 */
@Service
@Transactional
public class ProductMilestones {

    private static final int MINUTES_MAX = 100;

    private final TaskAccess access;
    private final ProductMilestoneRepository milestones;
    private final AcceptanceRepository acceptances;
    private final ContractRepository contracts;
    private final ContractTermsJson json;

    ProductMilestones(
            TaskAccess access,
            ProductMilestoneRepository milestones,
            AcceptanceRepository acceptances,
            ContractRepository contracts,
            ContractTermsJson json) {
        this.access = access;
        this.milestones = milestones;
        this.acceptances = acceptances;
        this.contracts = contracts;
        this.json = json;
    }

    /** One accepted product: the minutes that accepted it, or the final acceptance's date. */
    public record AcceptedProduct(UUID productId, String name, LocalDate acceptedOn, String minutesNumber) {}

    /** STAFF records that one ordered product was accepted on a day, by the numbered minutes. */
    public void record(CurrentUser actor, UUID taskId, UUID productId, LocalDate acceptedOn, String minutesNumber) {
        ExecutionTask task = access.staff(actor, taskId);
        task.require(Stage.IN_PROGRESS, Stage.UNDER_ACCEPTANCE);
        if (!task.productIds().contains(productId)) {
            throw DomainException.refused("milestone.error.unknownProduct");
        }
        String minutes = minutesNumber == null ? "" : minutesNumber.strip();
        if (minutes.isEmpty() || minutes.length() > MINUTES_MAX) {
            throw DomainException.refused("milestone.error.minutes", MINUTES_MAX);
        }
        if (acceptedOn.isAfter(access.today())) {
            throw DomainException.refused("milestone.error.future");
        }
        if (milestones.existsByTaskIdAndProductId(taskId, productId)) {
            throw DomainException.conflict("milestone.error.already");
        }
        milestones.save(new ProductMilestone(
                taskId,
                productId,
                acceptedOn,
                minutes,
                actor.username(),
                access.clock().instant()));
        access.journal(
                taskId,
                actor.username(),
                "milestone.accepted",
                access.t("milestone.journal.accepted", productName(task, productId), minutes),
                null,
                Map.of("product", productId.toString(), "acceptedOn", acceptedOn.toString(), "minutes", minutes));
    }

    /** The accepted products of a task by id, with the day each was accepted. */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> acceptedOn(UUID taskId) {
        Map<UUID, LocalDate> accepted = new LinkedHashMap<>();
        for (ProductMilestone m : milestones.findByTaskIdOrderByAcceptedOn(taskId)) {
            accepted.put(m.productId(), m.acceptedOn());
        }
        finalAcceptance(taskId)
                .ifPresent(a -> a.acceptedProducts().forEach(p -> accepted.putIfAbsent(p, a.concludedOn())));
        return accepted;
    }

    /** The accepted products of a task with their names and minutes, in the order accepted. */
    @Transactional(readOnly = true)
    public List<AcceptedProduct> accepted(ExecutionTask task) {
        List<AcceptedProduct> accepted = new ArrayList<>();
        Map<UUID, LocalDate> recorded = new LinkedHashMap<>();
        for (ProductMilestone m : milestones.findByTaskIdOrderByAcceptedOn(task.id())) {
            recorded.put(m.productId(), m.acceptedOn());
            accepted.add(new AcceptedProduct(
                    m.productId(), productName(task, m.productId()), m.acceptedOn(), m.minutesNumber()));
        }
        finalAcceptance(task.id()).ifPresent(a -> {
            for (Product p : task.products()) {
                if (a.acceptedProducts().contains(p.id()) && !recorded.containsKey(p.id())) {
                    accepted.add(new AcceptedProduct(
                            p.id(), p.name(), a.concludedOn(), access.t("milestone.finalAcceptance")));
                }
            }
        });
        return accepted;
    }

    /** How the signed contract funds the task, if it is signed. */
    @Transactional(readOnly = true)
    public Optional<FundingMode> fundingMode(UUID taskId) {
        return contracts
                .findByTaskId(taskId)
                .filter(c -> c.state() != ContractState.DRAFT)
                .map(c -> json.terms(c).fundingMode());
    }

    private Optional<Acceptance> finalAcceptance(UUID taskId) {
        return acceptances.findByTaskId(taskId).filter(a -> a.state() == Acceptance.State.CONCLUDED);
    }

    private static String productName(ExecutionTask task, UUID productId) {
        return task.products().stream()
                .filter(p -> p.id().equals(productId))
                .map(Product::name)
                .findFirst()
                .orElse(productId.toString());
    }
}
