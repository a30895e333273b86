package vn.doimoi.directory.importing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.DirectoryImport;
import vn.doimoi.directory.ImportedOrganisation;
import vn.doimoi.directory.ImportedPerson;
import vn.doimoi.directory.organisation.OrganisationData;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.person.PersonAddresses;
import vn.doimoi.directory.person.PersonData;

/** Imports through the same services as the screens, so imported entries are cleaned and audited alike. */
@Service
@Transactional
class DirectoryImporter implements DirectoryImport {

    private final Organisations organisations;
    private final People people;
    private final PersonAddresses addresses;

    DirectoryImporter(Organisations organisations, People people, PersonAddresses addresses) {
        this.organisations = organisations;
        this.people = people;
        this.addresses = addresses;
    }

    @Override
    public void personAddressIfNone(UUID personId, String province, String commune) {
        if (addresses.of(personId) == null) {
            addresses.move(personId, addresses.checked(personId, province, commune));
        }
    }

    @Override
    public void organisation(ImportedOrganisation o) {
        organisation(o, null);
    }

    @Override
    public void organisation(ImportedOrganisation o, @Nullable LocalDate addressRecordedOn) {
        boolean known = o.taxCode() != null
                ? organisations.findByTaxCode(o.taxCode()).isPresent()
                : organisations.all().stream().anyMatch(each -> each.name().equals(o.name()));
        if (!known) {
            organisations.create(new OrganisationData(
                    o.type(),
                    o.name(),
                    o.shortName(),
                    o.taxCode(),
                    null,
                    o.fieldCodes(),
                    o.province(),
                    o.commune(),
                    o.streetAddress(),
                    o.email(),
                    o.phone(),
                    o.website(),
                    o.description(),
                    addressRecordedOn));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPeople() {
        return !people.all().isEmpty();
    }

    @Override
    public UUID person(ImportedPerson p, @Nullable String username) {
        return people.create(
                new PersonData(
                        p.fullName(),
                        p.academicTitle(),
                        p.degree(),
                        p.position(),
                        p.organisationId(),
                        p.email(),
                        p.orcid(),
                        p.fieldCodes(),
                        p.expertise(),
                        p.publications(),
                        null,
                        p.biography(),
                        p.acceptsReview(),
                        null,
                        null,
                        null),
                username);
    }
}
