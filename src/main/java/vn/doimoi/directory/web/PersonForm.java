package vn.doimoi.directory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.places.PostalAddress;

/** The person form, for staff and for the scientist's own profile. */
public record PersonForm(
        @NotBlank @Size(max = 200) String fullName,
        @Nullable AcademicTitle academicTitle,
        @Nullable Degree degree,
        @Nullable @Size(max = 200) String position,
        @Nullable UUID organisationId,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Size(max = 40) String orcid,
        @Nullable Set<String> fieldCodes,
        @Nullable @Size(max = 5000) String expertise,
        @Nullable @Size(max = 20000) String publications,
        @Nullable @Size(max = 10000) String patents,
        @Nullable @Size(max = 10000) String biography,
        @Nullable Boolean acceptsReview,
        @Nullable @Size(max = 12) String nationalId,
        @Nullable @Size(max = 30) String phone,
        @Nullable @Size(max = 5000) String declaredRelatives,
        @Nullable @Size(max = 64) String linkedUsername,
        @Nullable Boolean confirmDuplicates,
        long version,
        /* the codes of the official list (ADR 0052); the address stops at the commune */
        @Nullable @Size(max = 100) String province,
        @Nullable @Size(max = 100) String commune,
        /* "show communes" without script: the form comes back with the chosen province's communes */
        @Nullable Boolean refreshCommunes)
        implements DirectoryForm {

    public static PersonForm empty() {
        return new PersonForm(
                "", null, null, "", null, "", "", Set.of(), "", "", "", "", true, "", "", "", "", false, 0, null, null,
                false);
    }

    static PersonForm of(
            PersonData data, long version, @Nullable String linkedUsername, @Nullable PostalAddress address) {
        return new PersonForm(
                data.fullName(),
                data.academicTitle(),
                data.degree(),
                data.position(),
                data.organisationId(),
                data.email(),
                data.orcid(),
                data.fieldCodes(),
                data.expertise(),
                data.publications(),
                data.patents(),
                data.biography(),
                data.acceptsReview(),
                data.nationalId(),
                data.phone(),
                data.declaredRelatives(),
                linkedUsername,
                false,
                version,
                // a former address is shown as text; its selects, of today's units, stay empty (ADR 0052)
                address == null || address.beforeMerger() ? null : address.provinceCode(),
                address == null || address.beforeMerger() ? null : address.communeCode(),
                false);
    }

    PersonData data() {
        return new PersonData(
                fullName,
                academicTitle,
                degree,
                position,
                organisationId,
                email,
                orcid,
                fieldCodes == null ? Set.of() : fieldCodes,
                expertise,
                publications,
                patents,
                biography,
                acceptsReview != null && acceptsReview,
                nationalId,
                phone,
                declaredRelatives);
    }

    public boolean isAcceptingReview() {
        return acceptsReview != null && acceptsReview;
    }
}
