package vn.doimoi.directory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;

/** The organisation form; the domain cleans and checks the tax code. */
public record OrganisationForm(
        @NotNull OrganisationType type,
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 100) String shortName,
        @Nullable @Size(max = 14) String taxCode,
        @Nullable @Size(max = 50) String registrationNumber,
        @Nullable Set<String> fieldCodes,
        @Nullable @Size(max = 100) String province,
        @Nullable @Size(max = 100) String commune,
        @Nullable @Size(max = 300) String streetAddress,
        @Nullable @Email @Size(max = 254) String email,

        @Nullable @Size(max = 30) @Pattern(regexp = "^$|[0-9 +().-]{6,30}")
        String phone,

        @Nullable @Size(max = 300) @Pattern(regexp = "^$|https?://\\S+")
        String website,

        @Nullable @Size(max = 5000) String description,
        @Nullable Boolean confirmDuplicates,
        long version,
        @Nullable Boolean refreshCommunes)
        implements DirectoryForm {

    public static OrganisationForm empty() {
        return new OrganisationForm(
                OrganisationType.ENTERPRISE, "", "", "", "", Set.of(), "", "", "", "", "", "", "", false, 0, false);
    }

    /**
     * The stored facts as the form shows them. An address recorded before the merger names units
     * the selects no longer offer, so they start empty and the page shows that address as text.
     */
    static OrganisationForm of(OrganisationData data, long version) {
        boolean former = data.addressBeforeMerger();
        return new OrganisationForm(
                data.type(),
                data.name(),
                data.shortName(),
                data.taxCode(),
                data.registrationNumber(),
                data.fieldCodes(),
                former ? "" : data.province(),
                former ? "" : data.commune(),
                data.streetAddress(),
                data.email(),
                data.phone(),
                data.website(),
                data.description(),
                false,
                version,
                false);
    }

    OrganisationData data() {
        return new OrganisationData(
                type,
                name,
                shortName,
                taxCode,
                registrationNumber,
                fieldCodes == null ? Set.of() : fieldCodes,
                province,
                commune,
                streetAddress,
                email,
                phone,
                website,
                description);
    }

    /** The same form with the type the Department set (members cannot change it). */
    OrganisationForm withType(OrganisationType fixed) {
        return new OrganisationForm(
                fixed,
                name,
                shortName,
                taxCode,
                registrationNumber,
                fieldCodes,
                province,
                commune,
                streetAddress,
                email,
                phone,
                website,
                description,
                confirmDuplicates,
                version,
                refreshCommunes);
    }
}
