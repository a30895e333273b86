package vn.doimoi.ecosystem.startups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * An organisation's profile in the startup ecosystem and its recognition (ADR 0072). The
 * organisation's own facts (name, address, tax code) stay in the directory; {@code indexedName} is
 * only what the search index reads. Recognised profiles alone are indexed.
 */
@Entity
@Table(schema = "ecosystem", name = "innovator_profile")
@Indexed(index = "innovator", routingBinder = @RoutingBinderRef(type = RecognisedOnlyRoutingBinder.class))
public class InnovatorProfile {

    @Id
    private UUID id;

    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = "innovatorKind", aggregable = Aggregable.YES)
    private InnovatorKind kind;

    @Enumerated(EnumType.STRING)
    private @Nullable StartupStage stage;

    private @Nullable Integer foundedYear;
    private int teamSize;
    private String team;
    private String product;
    private String productDescription;

    @vn.doimoi.shared.search.VietnameseField(name = "title")
    private String indexedName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "ecosystem", name = "innovator_field", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "code")
    @KeywordField(name = "fieldCode", aggregable = Aggregable.YES)
    private Set<String> fieldCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "ecosystem",
            name = "innovator_funding_round",
            joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<FundingRound> fundingRounds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private RecognitionState state;

    private @Nullable UUID appliedBy;
    private @Nullable Instant appliedAt;
    private @Nullable String ruleVersion;
    private @Nullable String criteriaMet;
    private @Nullable String decisionNote;
    private @Nullable String decidedBy;
    private @Nullable Instant recognisedAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected InnovatorProfile() {}

    InnovatorProfile(UUID organisationId, String organisationName, ProfileFacts facts, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.state = RecognitionState.DRAFT;
        take(organisationName, facts, now);
    }

    /**
     * The organisation (or STAFF) change the profile. While it waits for a decision it stays as
     * applied; once recognised, the kind and the founding year STAFF checked stay as they were.
     */
    void edit(String organisationName, ProfileFacts facts, Instant now) {
        if (state == RecognitionState.APPLIED) {
            throw DomainException.conflict("startups.error.underReview");
        }
        if (state == RecognitionState.RECOGNISED
                && (facts.kind() != kind || !java.util.Objects.equals(facts.foundedYear(), foundedYear))) {
            throw DomainException.conflict("startups.error.recognisedFacts");
        }
        take(organisationName, facts, now);
    }

    /** The organisation asks for recognition; the rule's own conditions are checked first. */
    void apply(RecognitionRule rule, UUID by, int thisYear, Instant now) {
        if (!state.canApply()) {
            throw DomainException.conflict("startups.error.transition", "apply", state.name());
        }
        if (kind.startup()) {
            if (foundedYear == null || thisYear - foundedYear > rule.maxStartupAgeYears()) {
                throw DomainException.refused("startups.error.tooOld", rule.maxStartupAgeYears());
            }
            if (teamSize < rule.minTeamSize()) {
                throw DomainException.refused("startups.error.teamTooSmall", rule.minTeamSize());
            }
        }
        state = RecognitionState.APPLIED;
        appliedBy = by;
        appliedAt = now;
        decisionNote = null;
    }

    /** STAFF recognise the profile, having confirmed every criterion the rule version sets for its kind. */
    void recognise(String ruleCode, RecognitionRule rule, Set<String> confirmed, String note, String by, Instant now) {
        requireApplied("recognise");
        List<String> required = rule.criteriaFor(kind).stream()
                .map(RecognitionRule.Criterion::code)
                .toList();
        List<String> missing =
                required.stream().filter(code -> !confirmed.contains(code)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("startups.error.criteriaMissing", missing.size());
        }
        state = RecognitionState.RECOGNISED;
        ruleVersion = ruleCode;
        criteriaMet = String.join(",", required);
        decisionNote = note.isBlank() ? null : note.strip();
        decidedBy = by;
        recognisedAt = now;
    }

    /** STAFF refuse, saying why; the organisation sees the reasons and may apply again. */
    void refuse(String ruleCode, String reasons, String by) {
        requireApplied("refuse");
        if (reasons == null || reasons.isBlank()) {
            throw DomainException.invalid("startups.error.reasons");
        }
        state = RecognitionState.REFUSED;
        ruleVersion = ruleCode;
        decisionNote = reasons.strip();
        decidedBy = by;
    }

    private void requireApplied(String action) {
        if (state != RecognitionState.APPLIED) {
            throw DomainException.conflict("startups.error.transition", action, state.name());
        }
    }

    private void take(String organisationName, ProfileFacts facts, Instant now) {
        this.kind = facts.kind();
        this.stage = facts.kind().startup() ? facts.stage() : null;
        this.foundedYear = facts.foundedYear();
        this.teamSize = facts.teamSize();
        this.team = facts.team();
        this.product = facts.product();
        this.productDescription = facts.productDescription();
        this.fieldCodes = new TreeSet<>(facts.fieldCodes());
        this.fundingRounds = new ArrayList<>(facts.fundingRounds());
        this.indexedName = organisationName;
        this.updatedAt = now;
    }

    /** What the one search shows under the name: the product and what it does. */
    @vn.doimoi.shared.search.VietnameseField(name = "summary")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "product")),
                @ObjectPath(@PropertyValue(propertyName = "productDescription"))
            })
    String getSummary() {
        return product + ". " + productDescription;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public InnovatorKind kind() {
        return kind;
    }

    public @Nullable StartupStage stage() {
        return stage;
    }

    public @Nullable Integer foundedYear() {
        return foundedYear;
    }

    public int teamSize() {
        return teamSize;
    }

    public String team() {
        return team;
    }

    public String product() {
        return product;
    }

    public String productDescription() {
        return productDescription;
    }

    public Set<String> fieldCodes() {
        return Set.copyOf(fieldCodes);
    }

    public List<FundingRound> fundingRounds() {
        return List.copyOf(fundingRounds);
    }

    public RecognitionState state() {
        return state;
    }

    public @Nullable UUID appliedBy() {
        return appliedBy;
    }

    public @Nullable Instant appliedAt() {
        return appliedAt;
    }

    public @Nullable String ruleVersion() {
        return ruleVersion;
    }

    public List<String> criteriaMet() {
        return criteriaMet == null || criteriaMet.isEmpty() ? List.of() : List.of(criteriaMet.split(","));
    }

    public @Nullable String decisionNote() {
        return decisionNote;
    }

    public @Nullable Instant recognisedAt() {
        return recognisedAt;
    }

    public long version() {
        return version;
    }
}
