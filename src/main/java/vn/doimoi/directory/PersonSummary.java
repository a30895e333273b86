package vn.doimoi.directory;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules may know of a person (never the private data). */
public record PersonSummary(
        UUID id,
        String fullName,
        @Nullable AcademicTitle academicTitle,
        @Nullable Degree degree,
        @Nullable String position,
        @Nullable UUID organisationId,
        Set<String> fieldCodes,
        boolean acceptsReview) {

    /** "PGS.TS. Lê Văn Hoà", as Vietnamese documents write a scientist's name. */
    public String titledName() {
        StringBuilder prefix = new StringBuilder();
        if (academicTitle != null) {
            prefix.append(academicTitle.name()).append('.');
        }
        if (degree != null) {
            prefix.append(degree == Degree.THS ? "ThS" : degree.name()).append('.');
        }
        return prefix.isEmpty() ? fullName : prefix + " " + fullName;
    }
}
