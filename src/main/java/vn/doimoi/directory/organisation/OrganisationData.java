package vn.doimoi.directory.organisation;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationType;

/**
 * The editable facts of an organisation, already cleaned (NFC, trimmed, tax code normalised).
 *
 * @param registrationNumber the S&T organisation registration certificate number (giấy chứng nhận đăng ký hoạt động KH&CN)
 * @param fieldCodes fields of activity, codes of the S&T field classification
 */
public record OrganisationData(
        OrganisationType type,
        String name,
        @Nullable String shortName,
        @Nullable String taxCode,
        @Nullable String registrationNumber,
        Set<String> fieldCodes,
        @Nullable String province,
        @Nullable String commune,
        @Nullable String streetAddress,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        @Nullable String description) {

    public OrganisationData {
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
    }

    /** An organisation without registration number or fields (they can be added later). */
    public OrganisationData(
            OrganisationType type,
            String name,
            @Nullable String shortName,
            @Nullable String taxCode,
            @Nullable String province,
            @Nullable String commune,
            @Nullable String streetAddress,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable String description) {
        this(
                type,
                name,
                shortName,
                taxCode,
                null,
                Set.of(),
                province,
                commune,
                streetAddress,
                email,
                phone,
                website,
                description);
    }
}
