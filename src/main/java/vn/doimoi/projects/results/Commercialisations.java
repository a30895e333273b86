package vn.doimoi.projects.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.OpenTasks.OpenCommercialisation;
import vn.doimoi.projects.rules.ResultSharingRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/**
 * The commercialisations of a registered result: recorded by STAFF or the owner (the host organisation),
 * the shares paid checked against the sharing rule of the task's approval date, each one audited.
 */
@Service
@Transactional
public class Commercialisations {

    private final CommercialisationRepository commercialisations;
    private final ResultViews views;
    private final RuleSets rules;
    private final TaskAccess access;

    Commercialisations(
            CommercialisationRepository commercialisations, ResultViews views, RuleSets rules, TaskAccess access) {
        this.commercialisations = commercialisations;
        this.views = views;
        this.rules = rules;
        this.access = access;
    }

    /** A commercialisation as the public page shows it; the amounts only where the rule publishes shares. */
    public record CommercialisationView(
            UUID id,
            CommercialisationKind kind,
            LocalDate concludedOn,
            String counterparty,
            @Nullable BigDecimal income,
            @Nullable BigDecimal authorsAmount,
            @Nullable BigDecimal intermediariesAmount) {

        /** The same commercialisation as open data and the results API publish it. */
        public OpenCommercialisation open() {
            return new OpenCommercialisation(
                    kind.name(), concludedOn, counterparty, income, authorsAmount, intermediariesAmount);
        }
    }

    /** Who owns a registered result, the protection title granted for it, and how it was commercialised. */
    public record ResultSharing(
            UUID ownerOrgId,
            String ownerName,
            @Nullable ProtectionTitle protectionTitle,
            List<CommercialisationView> commercialisations) {}

    /** The registered result, if the actor may record its commercialisations; refused otherwise. */
    @Transactional(readOnly = true)
    public Result recordable(CurrentUser actor, UUID resultId) {
        Result result = views.registeredResult(resultId);
        if (!TaskAccess.isStaff(actor) && !actor.actsFor(result.ownerOrgId())) {
            throw DomainException.forbidden("result.sharing.error.ownerOnly");
        }
        return result;
    }

    /** Whether someone may record a commercialisation of this result (the page offers the button only then). */
    @Transactional(readOnly = true)
    public boolean mayRecord(@Nullable CurrentUser actor, UUID resultId) {
        return actor != null
                && (TaskAccess.isStaff(actor)
                        || actor.actsFor(views.registeredResult(resultId).ownerOrgId()));
    }

    public UUID record(CurrentUser actor, UUID resultId, CommercialisationTerms terms) {
        Result result = recordable(actor, resultId);
        RuleVersion<ResultSharingRule> rule = ruleFor(result);
        SharingCheck.of(rule.values(), terms.profitAfterTax(), terms.stateSharePercent())
                .require(terms.authorsAmount(), terms.intermediariesAmount());
        Commercialisation saved = commercialisations.save(new Commercialisation(
                resultId, terms, rule.code(), actor.username(), access.clock().instant()));
        access.journal(
                result.taskId(),
                actor.username(),
                "result.commercialised",
                terms.counterparty(),
                null,
                terms.audited(rule.code()));
        return saved.id();
    }

    /** The owner and the commercialisations of a registered result, for anyone. */
    @Transactional(readOnly = true)
    public ResultSharing publicSharing(UUID resultId) {
        Result result = views.registeredResult(resultId);
        List<CommercialisationView> listed = commercialisations.findByResultIdOrderByConcludedOnDesc(resultId).stream()
                .map(this::view)
                .toList();
        String owner = access.organisationNames().getOrDefault(result.ownerOrgId(), "");
        return new ResultSharing(
                result.ownerOrgId(), owner, result.protectionTitle().orElse(null), listed);
    }

    /**
     * The commercialisations of several results as the public sees them, latest first, in one query: for
     * the open-data feeds, which list a page of results at a time.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<CommercialisationView>> publicOf(Collection<UUID> resultIds) {
        if (resultIds.isEmpty()) {
            return Map.of();
        }
        return commercialisations.findByResultIdInOrderByConcludedOnDesc(resultIds).stream()
                .collect(Collectors.groupingBy(
                        Commercialisation::resultId, Collectors.mapping(this::view, Collectors.toList())));
    }

    /** Every commercialisation of a result as recorded, for the recorded-by view and the tests. */
    @Transactional(readOnly = true)
    public List<Commercialisation> of(UUID resultId) {
        return commercialisations.findByResultIdOrderByConcludedOnDesc(resultId);
    }

    /**
     * A recorded commercialisation, for the actor who may correct it; one of another result is not
     * found.
     */
    @Transactional(readOnly = true)
    public Commercialisation correctable(CurrentUser actor, UUID resultId, UUID commercialisationId) {
        recordable(actor, resultId);
        return commercialisations
                .findById(commercialisationId)
                .filter(c -> c.resultId().equals(resultId))
                .orElseThrow(() -> DomainException.notFound("result.sharing.error.notFound"));
    }

    /**
     * STAFF or the owner's member corrects the figures, kind or date of a recorded commercialisation,
     * checked against the version it was recorded under; {@code readVersion} is the row the corrector read
     * (someone else's correction meanwhile is refused). The terms before stay in the journal and audit.
     */
    public void correct(
            CurrentUser actor,
            UUID resultId,
            UUID commercialisationId,
            CommercialisationTerms terms,
            long readVersion) {
        Commercialisation recorded = correctable(actor, resultId, commercialisationId);
        if (recorded.version() != readVersion) {
            throw DomainException.conflict("result.sharing.error.changedMeanwhile");
        }
        RuleVersion<ResultSharingRule> rule = rules.resultSharing(recorded.ruleVersion());
        SharingCheck.of(rule.values(), terms.profitAfterTax(), terms.stateSharePercent())
                .require(terms.authorsAmount(), terms.intermediariesAmount());
        var before = recorded.terms().audited(rule.code());
        recorded.correct(terms, actor.username(), access.clock().instant());
        Result result = views.registeredResult(resultId);
        access.journal(
                result.taskId(),
                actor.username(),
                "result.commercialisationCorrected",
                terms.counterparty(),
                before,
                terms.audited(rule.code()));
    }

    /**
     * STAFF or the owner's member records the protection title granted for the result; from then on its
     * commercialisations share under the rule art. 73 names for such results.
     */
    public void recordProtectionTitle(CurrentUser actor, UUID resultId, ProtectionTitle title) {
        Result result = recordable(actor, resultId);
        var before = result.protectionTitle().map(Commercialisations::audited).orElse(null);
        result.grantedTitle(title, access.today());
        access.journal(
                result.taskId(), actor.username(), "result.protectionTitle", title.number(), before, audited(title));
    }

    /** The sharing version a new commercialisation of the result is checked against. */
    @Transactional(readOnly = true)
    public RuleVersion<ResultSharingRule> ruleFor(Result result) {
        return rules.resultSharingFor(
                access.load(result.taskId()).decisionDate(),
                result.protectionTitle().isPresent());
    }

    private static java.util.Map<String, Object> audited(ProtectionTitle title) {
        return java.util.Map.of(
                "kind",
                title.kind().name(),
                "number",
                title.number(),
                "grantedOn",
                title.grantedOn().toString());
    }

    /** The amounts only where the version the commercialisation was recorded under publishes the shares. */
    private CommercialisationView view(Commercialisation c) {
        return view(
                c.id(), c.terms(), rules.resultSharing(c.ruleVersion()).values().sharesPublic());
    }

    private static CommercialisationView view(UUID id, CommercialisationTerms terms, boolean sharesPublic) {
        return new CommercialisationView(
                id,
                terms.kind(),
                terms.concludedOn(),
                terms.counterparty(),
                sharesPublic ? terms.income() : null,
                sharesPublic ? terms.authorsAmount() : null,
                sharesPublic ? terms.intermediariesAmount() : null);
    }
}
