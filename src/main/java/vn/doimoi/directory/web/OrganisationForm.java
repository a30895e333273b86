package vn.doimoi.directory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.OrganisationData;

/** The organisation form; the domain cleans and checks the tax code. */
public record OrganisationForm(
        @NotNull OrganisationType type,
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 100) String shortName,
        @Nullable @Size(max = 14) String taxCode,
        @Nullable @Size(max = 100) String province,
        @Nullable @Size(max = 100) String commune,
        @Nullable @Size(max = 300) String streetAddress,
        @Nullable @Email @Size(max = 254) String email,

        @Nullable @Size(max = 30) @Pattern(regexp = "^$|[0-9 +().-]{6,30}")
        String phone,

        @Nullable @Size(max = 300) @Pattern(regexp = "^$|https?://\\S+")
        String website,

        @Nullable @Size(max = 5000) String description,
        long version) {

    public static OrganisationForm empty() {
        return new OrganisationForm(OrganisationType.ENTERPRISE, "", "", "", "", "", "", "", "", "", "", 0);
    }

    static OrganisationForm of(OrganisationData data, long version) {
        return new OrganisationForm(
                data.type(),
                data.name(),
                data.shortName(),
                data.taxCode(),
                data.province(),
                data.commune(),
                data.streetAddress(),
                data.email(),
                data.phone(),
                data.website(),
                data.description(),
                version);
    }

    OrganisationData data() {
        return new OrganisationData(
                type, name, shortName, taxCode, province, commune, streetAddress, email, phone, website, description);
    }

    /** For templates: a field's value, never null. */
    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }
}
