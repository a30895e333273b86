package vn.doimoi.directory;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A scientist's public profile as an outside list gives it ({@link DirectoryImport}). */
public record ImportedPerson(
        String fullName,
        @Nullable AcademicTitle academicTitle,
        @Nullable Degree degree,
        @Nullable String position,
        @Nullable UUID organisationId,
        @Nullable String email,
        @Nullable String orcid,
        Set<String> fieldCodes,
        @Nullable String expertise,
        @Nullable String publications,
        @Nullable String biography,
        boolean acceptsReview) {

    public ImportedPerson {
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
    }
}
