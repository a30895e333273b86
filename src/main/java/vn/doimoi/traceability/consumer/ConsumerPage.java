package vn.doimoi.traceability.consumer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.catalogue.CertificationRow;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.ProductRow;
import vn.doimoi.traceability.events.TimelineEntry;

/**
 * What a consumer sees after a scan: the fields Circular 02/2024/TT-BKHCN makes visible (product name
 * and picture, producer and address, production time and events, code, expiry, standards applied),
 * the certifications and the chain of events.
 *
 * @param serial the serial (AI 21) the scanned code named, if any
 * @param previous where the lot came from (one step back): the first event's place or supplier
 * @param next where it went (one step forward): the last shipment's customer
 */
public record ConsumerPage(
        ProductRow product,
        LotRow lot,
        @Nullable String serial,
        String producer,
        @Nullable String producerAddress,
        List<CertificationRow> certifications,
        List<TimelineEntry> timeline,
        @Nullable String previous,
        @Nullable String next) {}
