package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An immutable version of a signed contract: 1 as signed, then one per amendment with its reason. */
@Entity(name = "ExecutionContractVersion")
@Table(schema = "projects", name = "contract_version")
class ContractVersion {

    @Id
    private UUID id;

    private UUID contractId;
    private int number;
    private String terms;
    private @Nullable String reason;
    private Instant createdAt;
    private String createdBy;

    protected ContractVersion() {}

    ContractVersion(UUID contractId, int number, String terms, @Nullable String reason, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.number = number;
        this.terms = terms;
        this.reason = reason;
        this.createdAt = at;
        this.createdBy = by;
    }

    int number() {
        return number;
    }

    String terms() {
        return terms;
    }

    @Nullable
    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }
}
