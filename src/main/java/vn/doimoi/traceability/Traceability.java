package vn.doimoi.traceability;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.api.ApiKeys;
import vn.doimoi.traceability.catalogue.Certifications;
import vn.doimoi.traceability.catalogue.Locations;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.Products;
import vn.doimoi.traceability.events.EventRecorder;

/**
 * The traceability module's public face: what an enterprise's member does, as the signed-in user
 * (the demo loads its content through it, ADR 0040). Each call is checked and audited as the pages'
 * are.
 */
@Service
public class Traceability {

    private final Accounts accounts;
    private final Products products;
    private final Locations locations;
    private final Lots lots;
    private final EventRecorder events;
    private final Certifications certifications;
    private final ApiKeys apiKeys;

    Traceability(
            Accounts accounts,
            Products products,
            Locations locations,
            Lots lots,
            EventRecorder events,
            Certifications certifications,
            ApiKeys apiKeys) {
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.certifications = certifications;
        this.products = products;
        this.locations = locations;
        this.lots = lots;
        this.events = events;
    }

    public UUID registerProduct(NewProduct product) {
        return products.create(actor(), product);
    }

    /** A certification of the product, without its certificate file (the product page takes files). */
    public UUID addCertification(UUID productId, NewCertification certification) {
        return certifications.add(actor(), productId, certification, null);
    }

    public UUID registerLocation(NewLocation location) {
        return locations.create(actor(), location);
    }

    public UUID registerLot(NewLot lot) {
        return lots.create(actor(), lot);
    }

    /** Records the step as an EPCIS event of the lot; returns its eventID. */
    public String record(UUID lotId, FieldEvent event) {
        return events.record(actor(), lotId, event);
    }

    /** Issues an EPCIS API key for the member's organisation; returns its id (the secret is not kept). */
    public UUID issueApiKey(String name) {
        return apiKeys.issue(actor(), name).id();
    }

    public void recall(UUID lotId, String reason, LocalDate on) {
        CurrentUser actor = actor();
        LotRow lot = lots.read(actor, lotId);
        lots.recall(actor, lotId, reason, on, lot.rowVersion());
    }

    /** The product registered under this GTIN (any form the forms accept), if any. */
    public Optional<UUID> productByGtin(String gtin) {
        return products.byGtin("0".repeat(Math.max(0, 14 - gtin.strip().length())) + gtin.strip())
                .map(product -> product.id());
    }

    /** The location registered under this GLN, if any. */
    public Optional<UUID> locationByGln(String gln) {
        return locations.byGln(gln.strip()).map(location -> location.id());
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("traceability.error.memberOnly"));
    }
}
