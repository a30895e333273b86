package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The acceptance of one ordered product before the task's final acceptance (a product milestone of
 * a lump sum to the final product): the tranche tied to the product may then be paid.
 */
@Entity
@Table(schema = "projects", name = "product_milestone")
class ProductMilestone {

    @Id
    private UUID id;

    private UUID taskId;
    private UUID productId;

    private LocalDate acceptedOn;
    private String minutesNumber;
    private String recordedBy;
    private Instant recordedAt;

    protected ProductMilestone() {}

    ProductMilestone(
            UUID taskId, UUID productId, LocalDate acceptedOn, String minutesNumber, String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.productId = productId;
        this.acceptedOn = acceptedOn;
        this.minutesNumber = minutesNumber;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    UUID productId() {
        return productId;
    }

    LocalDate acceptedOn() {
        return acceptedOn;
    }

    String minutesNumber() {
        return minutesNumber;
    }
}
