/**
 * Product traceability (issue 20, ADR 0061): an enterprise's products (GTIN), locations (GLN) and
 * lots, the EPCIS 2.0 events of each lot recorded from a worker's phone, QR labels carrying GS1
 * Digital Link URIs, and the page a consumer opens by scanning one. The GS1 identifier library
 * ({@code gs1}) and the EPCIS event model ({@code epcis}) are internal packages of this module;
 * other modules use {@link vn.doimoi.traceability.Traceability}.
 */
@ApplicationModule(displayName = "Traceability")
@NullMarked
package vn.doimoi.traceability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
