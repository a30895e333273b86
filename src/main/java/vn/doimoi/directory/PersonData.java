package vn.doimoi.directory;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's profile, as the person or STAFF edits it or as an outside list gives it ({@link
 * DirectoryImport}). The last three fields are private: never on public pages, in the API or in
 * the search index; they serve conflict-of-interest checks.
 */
public record PersonData(
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
        @Nullable String patents,
        @Nullable String biography,
        boolean acceptsReview,
        @Nullable String nationalId,
        @Nullable String phone,
        @Nullable String declaredRelatives) {

    public PersonData {
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
    }
}
