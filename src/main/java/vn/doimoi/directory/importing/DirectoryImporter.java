package vn.doimoi.directory.importing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.DirectoryImport;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.person.PersonAddresses;

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
    public void organisation(OrganisationData o) {
        boolean known = o.taxCode() != null
                ? organisations.findByTaxCode(o.taxCode()).isPresent()
                : organisations.all().stream().anyMatch(each -> each.name().equals(o.name()));
        if (!known) {
            organisations.create(o);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPeople() {
        return !people.all().isEmpty();
    }

    @Override
    public UUID person(PersonData p, @Nullable String username) {
        return people.create(p, username);
    }
}
