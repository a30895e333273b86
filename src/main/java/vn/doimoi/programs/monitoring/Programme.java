package vn.doimoi.programs.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.TaskGroupView;

/** A policy programme (chương trình), e.g. 54-CTr/TU; loaded by migration. */
@Entity
@Table(schema = "programs", name = "programme")
class Programme {

    @Id
    private UUID id;

    private String number;
    private String title;
    private String issuingBody;
    private LocalDate issuedOn;
    private int periodFrom;
    private int periodTo;
    private @Nullable String summary;
    private @Nullable String documentNumber;
    private @Nullable String documentUrl;
    private Instant createdAt;

    @Version
    private long version;

    protected Programme() {}

    UUID id() {
        return id;
    }

    int periodFrom() {
        return periodFrom;
    }

    int periodTo() {
        return periodTo;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    ProgrammeView toView(List<TaskGroupView> groups) {
        return new ProgrammeView(
                id,
                number,
                title,
                issuingBody,
                issuedOn,
                periodFrom,
                periodTo,
                summary,
                documentNumber,
                documentUrl,
                groups);
    }
}
