package vn.doimoi.directory;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules may know of an organisation. */
public record OrganisationSummary(
        UUID id,
        OrganisationType type,
        String name,
        @Nullable String taxCode,
        @Nullable String province,
        boolean verified,
        Set<String> fieldCodes) {}
