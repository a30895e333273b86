package vn.doimoi.demo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.SelectionImport;

/**
 * How a demo dossier reaches a call: the demo member {@code doanhnghiep} applies online for its
 * enterprise; other organisations' dossiers arrive on paper and STAFF ({@code canbo}) enters them.
 */
@Component
@Profile("demo")
class DemoApplicants {

    private final SelectionImport selection;
    private final Directory directory;
    private final DemoSession session;

    DemoApplicants(SelectionImport selection, Directory directory, DemoSession session) {
        this.selection = selection;
        this.directory = directory;
        this.session = session;
    }

    /** The {@code n}-th applicant's dossier for the call, submitted at {@code at}. */
    UUID submit(UUID call, UUID applicant, int n, Instant at) {
        DossierData dossier = DemoDossiers.dossier(principalInvestigator(applicant), n);
        if (isDemoEnterprise(applicant)) {
            return session.as("doanhnghiep", () -> selection.onlineDossier(call, dossier, at));
        }
        return session.as("canbo", () -> selection.paperDossier(call, applicant, dossier, at));
    }

    private boolean isDemoEnterprise(UUID organisation) {
        return directory
                .organisationByTaxCode(DemoCast.ENTERPRISE_TAX_CODE)
                .map(o -> o.id().equals(organisation))
                .orElse(false);
    }

    private UUID principalInvestigator(UUID applicant) {
        List<PersonSummary> people = directory.people();
        return people.stream()
                .filter(p -> applicant.equals(p.organisationId()))
                .map(PersonSummary::id)
                .findFirst()
                .orElseGet(() -> people.get(0).id());
    }
}
