package vn.doimoi.traceability.catalogue;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.LocationKind;

/** A location as the pages show it; {@code commune} is the commune's name from the official list. */
public record LocationRow(
        UUID id,
        UUID organisationId,
        String gln,
        String name,
        LocationKind kind,
        String communeCode,
        String commune,
        @Nullable String street) {

    /** "Ấp Gò Gòn, Xã Mộc Hóa". */
    public String address() {
        return street == null ? commune : street + ", " + commune;
    }
}
