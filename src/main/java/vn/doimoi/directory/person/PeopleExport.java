package vn.doimoi.directory.person;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.places.Places;
import vn.doimoi.places.PostalAddress;

/**
 * Every person as an Excel workbook in the import template's columns, then the address (province and
 * commune, as the public page shows them; former units end in "(cũ)"): public facts and the e-mail
 * only, never the private data.
 */
@Service
@Transactional(readOnly = true)
public class PeopleExport {

    private final PersonRepository people;
    private final Organisations organisations;
    private final Places places;

    PeopleExport(PersonRepository people, Organisations organisations, Places places) {
        this.people = people;
        this.organisations = organisations;
        this.places = places;
    }

    public byte[] workbook() {
        Map<UUID, String> organisationNames = new HashMap<>();
        organisations.all().forEach(each -> organisationNames.put(each.id(), each.name()));
        return PersonWorkbook.write(people.findAllByOrderByFullName().stream()
                .map(person -> {
                    PersonData data = person.data();
                    PostalAddress address = person.address();
                    return new PersonWorkbook.Line(
                            PersonSheetRows.publicFacts(data),
                            data.organisationId() == null ? null : organisationNames.get(data.organisationId()),
                            address == null ? null : places.provinceName(address),
                            address == null ? null : commune(address));
                })
                .toList());
    }

    /** The commune alone: the address without its province. */
    private @Nullable String commune(PostalAddress address) {
        if (address.communeCode() == null) {
            return null;
        }
        String commune = places.format(new PostalAddress(null, address.communeCode(), null, address.recordedOn()));
        return commune.isEmpty() ? null : commune;
    }
}
