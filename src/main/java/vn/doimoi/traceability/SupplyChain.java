package vn.doimoi.traceability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.events.CompositeEvents;
import vn.doimoi.traceability.sharing.EventShares;

/**
 * What links a lot to other lots and other enterprises, as the signed-in member does it on the
 * phone forms and the lot's page: lots made into another (transformation), lots packed onto a
 * pallet (aggregation), a lot's events shared with a buyer. Checked and audited as the pages' calls
 * are; the demo loads its chain through it (ADR 0040).
 */
@Service
public class SupplyChain {

    private final Accounts accounts;
    private final CompositeEvents composite;
    private final EventShares shares;

    SupplyChain(Accounts accounts, CompositeEvents composite, EventShares shares) {
        this.accounts = accounts;
        this.composite = composite;
        this.shares = shares;
    }

    /** Records that the input lots were made into the output lot at the location; returns the eventID. */
    public String transform(
            List<UUID> inputLots, UUID outputLot, UUID locationId, Instant time, @Nullable String note) {
        return composite.transform(actor(), new CompositeEvents.Common(inputLots, locationId, time, note), outputLot);
    }

    /**
     * Records that the lots were packed onto the pallet (or into the case) with this SSCC, 17 digits
     * or 18 with the check digit; returns the eventID.
     */
    public String aggregate(List<UUID> lots, String sscc, UUID locationId, Instant time, @Nullable String note) {
        return composite.aggregate(actor(), new CompositeEvents.Common(lots, locationId, time, note), sscc);
    }

    /** Lets the verified organisation read the lot's events (or all its product's) through its API keys. */
    public UUID share(UUID lotId, UUID recipientOrganisation, boolean wholeProduct) {
        return shares.share(actor(), lotId, recipientOrganisation, wholeProduct);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("traceability.error.memberOnly"));
    }
}
