package vn.doimoi.traceability.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.doimoi.traceability.catalogue.Locations;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.ProductRow;
import vn.doimoi.traceability.catalogue.Products;

/** What the overview shows: a member's catalogue, or every organisation's for the staff. */
@Component
class CatalogueViews {

    private final Products products;
    private final Locations locations;
    private final Lots lots;
    private final vn.doimoi.traceability.sharing.EventShares shares;

    CatalogueViews(
            Products products, Locations locations, Lots lots, vn.doimoi.traceability.sharing.EventShares shares) {
        this.shares = shares;
        this.products = products;
        this.locations = locations;
        this.lots = lots;
    }

    /** Fills the overview; {@code organisation} null with {@code staff} lists everyone's, else nothing. */
    void overview(Model model, @Nullable UUID organisation, boolean verified, boolean staff) {
        boolean any = staff || organisation != null;
        UUID scope = staff ? null : organisation;
        model.addAttribute("verified", verified);
        model.addAttribute("staff", staff);
        model.addAttribute("products", any ? products.list(scope) : List.of());
        model.addAttribute("locations", any ? locations.list(scope) : List.of());
        model.addAttribute("lots", any ? lots.list(scope) : List.of());
        model.addAttribute(
                "sharedWithUs", !staff && organisation != null ? shares.sharedWith(organisation) : List.of());
    }

    List<LotRow> lotsOf(ProductRow product) {
        return lots.list(product.organisationId()).stream()
                .filter(lot -> lot.productId().equals(product.id()))
                .toList();
    }
}
