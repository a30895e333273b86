package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * The contract of a task (Circular 05/2014/TT-BKHCN model). Its terms are edited while it is a
 * draft; once signed they are frozen and change only through an amendment, which keeps every
 * version ({@link ContractVersion}). Terms are kept as the serialised {@link ContractTerms}.
 */
@Entity(name = "ExecutionContract")
@Table(schema = "projects", name = "contract")
class Contract {

    @Id
    private UUID id;

    private UUID taskId;

    @Enumerated(EnumType.STRING)
    private ContractState state;

    private String terms;
    private int currentVersion;
    private @Nullable LocalDate signedOn;
    private @Nullable String terminationReason;
    private @Nullable LocalDate terminatedOn;

    @Version
    private long version;

    protected Contract() {}

    Contract(UUID taskId, String terms) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.state = ContractState.DRAFT;
        this.terms = terms;
        this.currentVersion = 0;
    }

    void redraft(String terms) {
        if (state != ContractState.DRAFT) {
            throw DomainException.conflict("contract.error.frozen");
        }
        this.terms = terms;
    }

    /** Signing freezes the terms as version 1. */
    void sign(LocalDate on) {
        if (state != ContractState.DRAFT) {
            throw DomainException.conflict("contract.error.state", state.name());
        }
        state = ContractState.SIGNED;
        signedOn = on;
        currentVersion = 1;
    }

    /**
     * An amendment of a signed contract: new terms with a reason, never below what has already
     * been paid or approved for payment.
     */
    void amend(String newTerms, BigDecimal newStateBudget, BigDecimal committed, String reason) {
        if (state != ContractState.SIGNED) {
            throw DomainException.conflict("contract.error.state", state.name());
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.refused("contract.error.reasonRequired");
        }
        if (newTerms.equals(terms)) {
            throw DomainException.refused("contract.error.noChange");
        }
        if (newStateBudget.compareTo(committed) < 0) {
            throw DomainException.refused("contract.error.belowCommitted");
        }
        terms = newTerms;
        currentVersion++;
    }

    void terminate(String reason, LocalDate on) {
        if (state != ContractState.SIGNED) {
            throw DomainException.conflict("contract.error.state", state.name());
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.refused("contract.error.reasonRequired");
        }
        state = ContractState.TERMINATED;
        terminationReason = reason;
        terminatedOn = on;
    }

    UUID id() {
        return id;
    }

    UUID taskId() {
        return taskId;
    }

    ContractState state() {
        return state;
    }

    String terms() {
        return terms;
    }

    int currentVersion() {
        return currentVersion;
    }

    @Nullable
    LocalDate signedOn() {
        return signedOn;
    }

    @Nullable
    String terminationReason() {
        return terminationReason;
    }

    @Nullable
    LocalDate terminatedOn() {
        return terminatedOn;
    }

    long version() {
        return version;
    }
}
