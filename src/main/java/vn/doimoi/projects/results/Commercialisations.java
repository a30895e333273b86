package vn.doimoi.projects.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
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
            CommercialisationKind kind,
            LocalDate concludedOn,
            String counterparty,
            @Nullable BigDecimal income,
            @Nullable BigDecimal authorsAmount,
            @Nullable BigDecimal intermediariesAmount) {}

    /** Who owns a registered result, and how it was commercialised. */
    public record ResultSharing(UUID ownerOrgId, String ownerName, List<CommercialisationView> commercialisations) {}

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
                .map(c -> view(
                        c.terms(), rules.resultSharing(c.ruleVersion()).values().sharesPublic()))
                .toList();
        String owner = access.organisationNames().getOrDefault(result.ownerOrgId(), "");
        return new ResultSharing(result.ownerOrgId(), owner, listed);
    }

    /** Every commercialisation of a result as recorded, for the recorded-by view and the tests. */
    @Transactional(readOnly = true)
    public List<Commercialisation> of(UUID resultId) {
        return commercialisations.findByResultIdOrderByConcludedOnDesc(resultId);
    }

    private RuleVersion<ResultSharingRule> ruleFor(Result result) {
        return rules.resultSharingFor(access.load(result.taskId()).decisionDate());
    }

    private static CommercialisationView view(CommercialisationTerms terms, boolean sharesPublic) {
        return new CommercialisationView(
                terms.kind(),
                terms.concludedOn(),
                terms.counterparty(),
                sharesPublic ? terms.income() : null,
                sharesPublic ? terms.authorsAmount() : null,
                sharesPublic ? terms.intermediariesAmount() : null);
    }
}
