package vn.doimoi.projects.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.ImportedTaskJourney;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.results.CommercialisationKind;
import vn.doimoi.projects.results.CommercialisationTerms;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.results.ResultUses;

/** The end of a replayed journey: the result submitted and registered, one confirmed use, an asset, a commercialisation. */
@Component
class ResultJourneyImporter {

    private final ResultRegistration registration;
    private final ResultUses uses;
    private final Closure closure;
    private final Commercialisations commercialisations;

    ResultJourneyImporter(
            ResultRegistration registration, ResultUses uses, Closure closure, Commercialisations commercialisations) {
        this.commercialisations = commercialisations;
        this.registration = registration;
        this.uses = uses;
        this.closure = closure;
    }

    void replay(
            CurrentUser science, CurrentUser host, ExecutionTask task, ImportedTaskJourney journey, LocalDate today) {
        UUID id = task.id();
        ImportedTaskJourney.Result r = journey.result();
        UUID result = registration.submitResult(
                host,
                id,
                new ResultRegistration.ResultInput(
                        r.title(), r.summary(), r.authors(), r.keywords(), r.applicationScope()),
                List.of());
        registration.registerResult(science, id, r.certificateNumber(), today.minusDays(r.registeredDaysAgo()));
        ImportedTaskJourney.Use u = journey.use();
        UUID use = uses.reportUse(
                host,
                result,
                new ResultUses.UseInput(
                        task.adopterOrgId(),
                        "",
                        u.place(),
                        today.getYear(),
                        u.scale(),
                        u.effect(),
                        u.cost(),
                        u.revenue()));
        uses.confirmUse(science, use);
        closure.addAsset(science, id, journey.asset().name(), journey.asset().value());
        ImportedTaskJourney.Commercialisation c = journey.commercialisation();
        if (c != null) {
            commercialisations.record(
                    science,
                    result,
                    new CommercialisationTerms(
                            CommercialisationKind.valueOf(c.kind()),
                            today.minusDays(c.concludedDaysAgo()),
                            c.counterparty(),
                            c.income(),
                            c.profitAfterTax(),
                            c.stateSharePercent(),
                            c.authorsAmount(),
                            c.intermediariesAmount()));
        }
    }
}
