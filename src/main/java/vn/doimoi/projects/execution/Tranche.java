package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * A tranche of the state budget (cấp kinh phí). It is requested by the host, approved by STAFF
 * and then by finance, and marked paid: never twice, never beyond the contract, and a tranche
 * tied to a product only once that product has been accepted.
 */
@Entity(name = "ExecutionTranche")
@Table(schema = "projects", name = "tranche")
class Tranche extends TaskRecord {

    private BigDecimal amount;
    private @Nullable UUID productId;
    private LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    private TrancheState state;

    private @Nullable Instant requestedAt;
    private @Nullable String requestNote;
    private @Nullable String staffApprovedBy;
    private @Nullable String financeApprovedBy;
    private @Nullable LocalDate paidOn;
    private @Nullable String treasuryReference;

    @Version
    private long version;

    protected Tranche() {}

    Tranche(UUID taskId, ContractTerms.TrancheTerm term) {
        super(taskId, term.number());
        this.amount = term.amount();
        this.productId = term.productId();
        this.plannedOn = term.plannedOn();
        this.state = TrancheState.PLANNED;
    }

    /**
     * The host asks for this tranche.
     *
     * @param acceptedProducts the products accepted so far
     * @param committedElsewhere what the other tranches already have requested, approved or paid
     * @param contractBudget the state budget of the contract in force
     */
    void request(
            Set<UUID> acceptedProducts,
            BigDecimal committedElsewhere,
            BigDecimal contractBudget,
            @Nullable String note,
            Instant now) {
        if (state == TrancheState.PAID) {
            throw DomainException.conflict("payment.error.alreadyPaid", number());
        }
        require(TrancheState.PLANNED);
        requireProductAccepted(acceptedProducts);
        ensureWithinContract(committedElsewhere, amount, contractBudget);
        this.state = TrancheState.REQUESTED;
        this.requestNote = note;
        this.requestedAt = now;
    }

    /** A tranche tied to a product is asked for, approved and paid only once that product is accepted. */
    void requireProductAccepted(Set<UUID> acceptedProducts) {
        if (productId != null && !acceptedProducts.contains(productId)) {
            throw DomainException.refused("payment.error.productNotAccepted", number());
        }
    }

    void approveAsStaff(String by) {
        require(TrancheState.REQUESTED);
        this.state = TrancheState.STAFF_APPROVED;
        this.staffApprovedBy = by;
    }

    void approveAsFinance(String by) {
        require(TrancheState.STAFF_APPROVED);
        this.state = TrancheState.FINANCE_APPROVED;
        this.financeApprovedBy = by;
    }

    /** Sends a request back to the host (before it is paid). */
    void reject(String note) {
        require(TrancheState.REQUESTED, TrancheState.STAFF_APPROVED);
        if (note == null || note.isBlank()) {
            throw DomainException.refused("payment.error.noteRequired");
        }
        this.state = TrancheState.PLANNED;
        this.requestNote = note;
        this.staffApprovedBy = null;
    }

    void markPaid(LocalDate on, String reference, BigDecimal paidElsewhere, BigDecimal contractBudget) {
        if (state == TrancheState.PAID) {
            throw DomainException.conflict("payment.error.alreadyPaid", number());
        }
        require(TrancheState.FINANCE_APPROVED);
        if (reference == null || reference.isBlank()) {
            throw DomainException.refused("payment.error.referenceRequired");
        }
        ensureWithinContract(paidElsewhere, amount, contractBudget);
        this.state = TrancheState.PAID;
        this.paidOn = on;
        this.treasuryReference = reference;
    }

    /** Replaces the planned amount or date by an amendment; only while nothing was asked for. */
    void replan(ContractTerms.TrancheTerm term) {
        if (state != TrancheState.PLANNED) {
            if (term.amount().compareTo(amount) != 0 || !java.util.Objects.equals(term.productId(), productId)) {
                throw DomainException.conflict("payment.error.replanCommitted", number());
            }
            return;
        }
        this.amount = term.amount();
        this.productId = term.productId();
        this.plannedOn = term.plannedOn();
    }

    static void ensureWithinContract(BigDecimal alreadyCommitted, BigDecimal amount, BigDecimal contractBudget) {
        if (alreadyCommitted.add(amount).compareTo(contractBudget) > 0) {
            throw DomainException.refused("payment.error.beyondContract");
        }
    }

    boolean committed() {
        return state != TrancheState.PLANNED;
    }

    private void require(TrancheState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw DomainException.conflict("payment.error.state", state.name());
        }
    }

    BigDecimal amount() {
        return amount;
    }

    @Nullable
    UUID productId() {
        return productId;
    }

    LocalDate plannedOn() {
        return plannedOn;
    }

    TrancheState state() {
        return state;
    }

    @Nullable
    Instant requestedAt() {
        return requestedAt;
    }

    @Nullable
    String requestNote() {
        return requestNote;
    }

    @Nullable
    String staffApprovedBy() {
        return staffApprovedBy;
    }

    @Nullable
    String financeApprovedBy() {
        return financeApprovedBy;
    }

    @Nullable
    LocalDate paidOn() {
        return paidOn;
    }

    @Nullable
    String treasuryReference() {
        return treasuryReference;
    }
}
