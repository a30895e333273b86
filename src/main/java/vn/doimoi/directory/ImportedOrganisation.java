package vn.doimoi.directory;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An organisation as an outside list gives it ({@link DirectoryImport}); cleaned on the way in. */
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
        @Nullable String description) {

    public ImportedOrganisation {
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
    }
}
