package vn.doimoi.projects.councils;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A sanction recorded by STAFF against a person (blocks council membership until served). */
@Entity
@Table(schema = "projects", name = "sanction")
class Sanction {

    @Id
    private UUID id;

    private UUID personId;
    private String description;
    private LocalDate validUntil;
    private Instant recordedAt;

    protected Sanction() {}

    Sanction(UUID personId, String description, LocalDate validUntil, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.description = description;
        this.validUntil = validUntil;
        this.recordedAt = now;
    }

    UUID personId() {
        return personId;
    }

    LocalDate validUntil() {
        return validUntil;
    }
}
