package vn.doimoi.directory;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The public part of a person's CV (lý lịch khoa học, form B1-4-LLCN) as the directory keeps it,
 * for other modules to show instead of having it retyped. Never the private fields.
 */
public record PersonCv(
        UUID id,
        String titledName,
        @Nullable Degree degree,
        @Nullable String position,
        @Nullable UUID organisationId,
        @Nullable String orcid,
        Set<String> fieldCodes,
        @Nullable String expertise,
        @Nullable String publications,
        @Nullable String patents,
        @Nullable String biography) {}
