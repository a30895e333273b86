package vn.doimoi.directory;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation's public profile (the facts of form B1-3-LLTC the directory keeps), for other modules to show. */
public record OrganisationProfile(
        UUID id,
        OrganisationType type,
        String name,
        @Nullable String taxCode,
        @Nullable String address,
        @Nullable String province,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        @Nullable String description,
        Set<String> fieldCodes) {}
