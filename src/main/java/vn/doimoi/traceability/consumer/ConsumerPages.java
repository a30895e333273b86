package vn.doimoi.traceability.consumer;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationProfile;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.catalogue.Certifications;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.ProductRow;
import vn.doimoi.traceability.catalogue.Products;
import vn.doimoi.traceability.events.EventRecorder;
import vn.doimoi.traceability.events.TimelineEntry;

/**
 * Builds the consumer page of a lot from the catalogue and the events, read on every scan (a recall
 * shows at once). Anonymous: only what the enterprise registered for the public is read.
 */
@Service
@Transactional(readOnly = true)
public class ConsumerPages {

    private final Products products;
    private final Lots lots;
    private final Certifications certifications;
    private final EventRecorder events;
    private final Directory directory;

    ConsumerPages(
            Products products, Lots lots, Certifications certifications, EventRecorder events, Directory directory) {
        this.products = products;
        this.lots = lots;
        this.certifications = certifications;
        this.events = events;
        this.directory = directory;
    }

    /** The page of the lot {@code lotNumber} of the product with this 14-digit GTIN; empty when unknown. */
    public Optional<ConsumerPage> page(String gtin, String lotNumber, @Nullable String serial) {
        Optional<LotRow> found = lots.find(gtin, lotNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LotRow lot = found.get();
        ProductRow product = products.find(lot.productId()).orElseThrow();
        Optional<OrganisationProfile> producer = directory.organisationProfile(lot.organisationId());
        List<TimelineEntry> timeline = events.timeline(lot);
        return Optional.of(new ConsumerPage(
                product,
                lot,
                serial,
                producer.map(OrganisationProfile::name).orElse(""),
                producer.map(ConsumerPages::address).orElse(null),
                certifications.of(product.id()),
                timeline,
                previous(timeline),
                next(timeline)));
    }

    /** Whether a product with this GTIN exists (a code naming only the product, no lot). */
    public Optional<ProductRow> product(String gtin) {
        return products.byGtin(gtin);
    }

    /** The page of the product with this 14-digit GTIN (a code without a lot); empty when unknown. */
    public Optional<ProductPage> productPage(String gtin) {
        return products.byGtin(gtin).map(product -> {
            Optional<OrganisationProfile> producer = directory.organisationProfile(product.organisationId());
            return new ProductPage(
                    product,
                    producer.map(OrganisationProfile::name).orElse(""),
                    producer.map(ConsumerPages::address).orElse(null),
                    certifications.of(product.id()));
        });
    }

    private static @Nullable String address(OrganisationProfile profile) {
        if (profile.address() == null) {
            return profile.province();
        }
        return profile.province() == null ? profile.address() : profile.address() + ", " + profile.province();
    }

    /** One step back: the supplier a receipt names, else the place of the first event (the farm). */
    private static @Nullable String previous(List<TimelineEntry> timeline) {
        for (TimelineEntry entry : timeline) {
            if (entry.step() == Step.RECEIVING && entry.partner() != null) {
                return entry.partner();
            }
        }
        return timeline.isEmpty() ? null : timeline.get(0).place();
    }

    /** One step forward: the customer of the last shipment. */
    private static @Nullable String next(List<TimelineEntry> timeline) {
        String customer = null;
        for (TimelineEntry entry : timeline) {
            if (entry.step() == Step.SHIPPING && entry.partner() != null) {
                customer = entry.partner();
            }
        }
        return customer;
    }
}
