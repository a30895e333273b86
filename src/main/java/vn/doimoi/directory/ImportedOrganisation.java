package vn.doimoi.directory;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as an outside list gives it ({@link DirectoryImport}); cleaned on the way in.
 * Province and commune by code or by current name; {@code addressRecordedOn}, when the address was
 * recorded before 1/7/2025, makes them codes of the units of that time (ADR 0052).
 */
public record ImportedOrganisation(
        OrganisationType type,
        String name,
        @Nullable String shortName,
        @Nullable String taxCode,
        Set<String> fieldCodes,
        @Nullable String province,
        @Nullable String commune,
        @Nullable String streetAddress,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        @Nullable String description,
        @Nullable LocalDate addressRecordedOn) {

    public ImportedOrganisation {
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
    }

    /** An organisation whose address is recorded on the day of the import. */
    public ImportedOrganisation(
            OrganisationType type,
            String name,
            @Nullable String shortName,
            @Nullable String taxCode,
            Set<String> fieldCodes,
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
                fieldCodes,
                province,
                commune,
                streetAddress,
                email,
                phone,
                website,
                description,
                null);
    }
}
