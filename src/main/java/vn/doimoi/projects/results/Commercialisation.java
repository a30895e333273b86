package vn.doimoi.projects.results;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One commercialisation of a registered result with the shares paid, and the rule version (kind
 * {@code result-sharing}) they were checked against.
 */
@Entity(name = "ResultCommercialisation")
@Table(schema = "projects", name = "result_commercialisation")
public class Commercialisation {

    @Id
    private UUID id;

    private UUID resultId;

    @Enumerated(EnumType.STRING)
    private CommercialisationKind kind;

    private LocalDate concludedOn;
    private String counterparty;
    private BigDecimal income;
    private BigDecimal profitAfterTax;
    private BigDecimal stateSharePercent;
    private BigDecimal authorsAmount;
    private @Nullable BigDecimal intermediariesAmount;
    private String ruleVersion;
    private String recordedBy;
    private Instant recordedAt;
    private @Nullable String correctedBy;
    private @Nullable Instant correctedAt;

    @Version
    private long version;

    protected Commercialisation() {}

    Commercialisation(UUID resultId, CommercialisationTerms terms, String ruleVersion, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.resultId = resultId;
        apply(terms);
        this.ruleVersion = ruleVersion;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** A correction of the recorded figures, kind or date; the rule version stays the one recorded. */
    void correct(CommercialisationTerms terms, String by, Instant now) {
        apply(terms);
        this.correctedBy = by;
        this.correctedAt = now;
    }

    private void apply(CommercialisationTerms terms) {
        this.kind = terms.kind();
        this.concludedOn = terms.concludedOn();
        this.counterparty = terms.counterparty();
        this.income = terms.income();
        this.profitAfterTax = terms.profitAfterTax();
        this.stateSharePercent = terms.stateSharePercent();
        this.authorsAmount = terms.authorsAmount();
        this.intermediariesAmount = terms.intermediariesAmount();
    }

    /** The row's version, which a correction must have read (optimistic lock). */
    public long version() {
        return version;
    }

    public @Nullable String correctedBy() {
        return correctedBy;
    }

    public @Nullable Instant correctedAt() {
        return correctedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID resultId() {
        return resultId;
    }

    public CommercialisationTerms terms() {
        return new CommercialisationTerms(
                kind,
                concludedOn,
                counterparty,
                income,
                profitAfterTax,
                stateSharePercent,
                authorsAmount,
                intermediariesAmount);
    }

    public String ruleVersion() {
        return ruleVersion;
    }

    public String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
