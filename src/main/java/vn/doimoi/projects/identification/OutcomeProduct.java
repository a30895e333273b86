package vn.doimoi.projects.identification;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.UUID;

/** A product the identification council fixed for one proposal, with its measurable specifications. */
@Embeddable
class OutcomeProduct {

    private UUID proposalId;

    @Embedded
    private OrderedProduct product;

    protected OutcomeProduct() {}

    OutcomeProduct(UUID proposalId, OrderedProduct product) {
        this.proposalId = proposalId;
        this.product = product;
    }

    UUID proposalId() {
        return proposalId;
    }

    OrderedProduct product() {
        return product;
    }
}
