/**
 * EPCIS 2.0 events in the JSON-LD binding: reading a document or a bare event, validating it
 * against the rules of EPCIS 2.0 and CBV 2.0, the CBV 2.0 event hash ID, the bundled JSON-LD
 * context and the REST query parameters (ADR 0060). Pure Java; the traceability module stores
 * and serves what this package reads.
 */
@NullMarked
package vn.doimoi.traceability.epcis;

import org.jspecify.annotations.NullMarked;
