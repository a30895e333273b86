package vn.doimoi.traceability.web;

import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.LocationKind;
import vn.doimoi.traceability.NewLocation;

/** The location form. */
public record LocationForm(
        @Nullable String gln,
        @Nullable String name,
        @Nullable LocationKind kind,
        @Nullable String communeCode,
        @Nullable String street) {

    static LocationForm empty() {
        return new LocationForm(null, null, LocationKind.FARM, null, null);
    }

    NewLocation location() {
        return new NewLocation(
                gln == null ? "" : gln,
                name == null ? "" : name,
                kind == null ? LocationKind.FARM : kind,
                communeCode == null ? "" : communeCode,
                street);
    }
}
