package vn.doimoi.directory.person;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonData;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/** How a person's row of the Excel sheet maps to the directory's data, both ways. */
final class PersonSheetRows {

    private PersonSheetRows() {}

    /** What an export may show of a person: public facts and the e-mail, never the private data. */
    static PersonData publicFacts(PersonData data) {
        return with(data, data.organisationId(), null, null, null);
    }

    /** The organisation a sheet names, by tax code or by its exact name (case and accents as written). */
    static @Nullable UUID organisationOf(@Nullable String written, List<OrganisationSummary> known) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String value = VietnameseText.clean(written);
        String taxCode = vn.doimoi.directory.organisation.TaxCode.normalise(value);
        for (OrganisationSummary each : known) {
            if (each.taxCode() != null && each.taxCode().equals(taxCode)) {
                return each.id();
            }
        }
        for (OrganisationSummary each : known) {
            if (each.name().equalsIgnoreCase(value)) {
                return each.id();
            }
        }
        throw DomainException.invalid("person.import.unknownOrganisation", value);
    }

    static PersonData withOrganisation(PersonData data, @Nullable UUID organisationId) {
        return with(data, organisationId, data.nationalId(), data.phone(), data.declaredRelatives());
    }

    /** The public facts of {@code data} with this organisation and this private data. */
    private static PersonData with(
            PersonData data,
            @Nullable UUID organisationId,
            @Nullable String nationalId,
            @Nullable String phone,
            @Nullable String declaredRelatives) {
        return new PersonData(
                data.fullName(),
                data.academicTitle(),
                data.degree(),
                data.position(),
                organisationId,
                data.email(),
                data.orcid(),
                data.fieldCodes(),
                data.expertise(),
                data.publications(),
                data.patents(),
                data.biography(),
                data.acceptsReview(),
                nationalId,
                phone,
                declaredRelatives);
    }
}
