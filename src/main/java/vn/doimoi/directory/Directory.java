package vn.doimoi.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.organisation.OrganisationData;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.taxonomy.FieldTaxonomy;

/** The directory module's public face. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Organisations organisations;
    private final FieldTaxonomy taxonomy;
    private final People people;

    Directory(Organisations organisations, FieldTaxonomy taxonomy, People people) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.people = people;
    }

    /** Scientists and experts, by name (public facts only). */
    public List<PersonSummary> people() {
        return people.all();
    }

    public Optional<PersonSummary> person(UUID id) {
        return people.find(id);
    }

    /** The S&T field classification, by code. */
    public List<FieldCode> fieldCodes() {
        return taxonomy.all();
    }

    public Optional<FieldCode> fieldCode(String code) {
        return taxonomy.find(code);
    }

    /** All organisations by name, for choosers. */
    public List<OrganisationSummary> organisations() {
        return organisations.all();
    }

    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.find(id);
    }

    /** How many organisations the directory held just before this instant (for indicators). */
    public long countOrganisationsRegisteredBefore(Instant instant) {
        return organisations.countRegisteredBefore(instant);
    }

    /** How many organisations the Department had verified (and still has) just before this instant. */
    public long countOrganisationsVerifiedBefore(Instant instant) {
        return organisations.countVerifiedBefore(instant);
    }

    /** The agency with this name, created when the directory has none (demo data of other modules). */
    @Transactional
    public UUID ensureAgency(String name, @Nullable String shortName, @Nullable String province) {
        return organisations.all().stream()
                .filter(o -> o.type() == OrganisationType.AGENCY && o.name().equals(name))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseGet(() -> organisations.create(new OrganisationData(
                        OrganisationType.AGENCY, name, shortName, null, province, null, null, null, null, null, null)));
    }

    public Optional<OrganisationSummary> organisationByTaxCode(String taxCode) {
        return organisations.findByTaxCode(taxCode);
    }
}
