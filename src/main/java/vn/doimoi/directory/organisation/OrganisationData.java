package vn.doimoi.directory.organisation;

import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationType;

/** The editable facts of an organisation, already cleaned (NFC, trimmed, tax code normalised). */
public record OrganisationData(
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
        @Nullable String description) {}
