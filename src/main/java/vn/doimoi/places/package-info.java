/**
 * Places: Vietnam's provinces and communes/wards from the official list after Resolution
 * 202/2025/QH15 (34 provinces, two tiers since 1/7/2025), and the 63 provinces with their
 * communes before it, so an address recorded then is shown with its historical names and "(cũ)"
 * (ADR 0052). Other modules use {@link vn.doimoi.places.Places}; the list is data of the module
 * (its source in {@code src/main/resources/places/README.md}), not a table.
 */
@ApplicationModule(displayName = "Places")
@NullMarked
package vn.doimoi.places;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
