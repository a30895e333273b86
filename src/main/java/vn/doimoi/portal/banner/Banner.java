package vn.doimoi.portal.banner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.portal.BannerPosition;
import vn.doimoi.portal.BannerSummary;

/** A banner in a slot, shown during its active period. */
@Entity
@Table(schema = "portal", name = "banner")
class Banner {

    @Id
    private UUID id;

    private String title;
    private String imageFile;
    private @Nullable String link;

    @Enumerated(EnumType.STRING)
    private BannerPosition position;

    private LocalDate activeFrom;
    private @Nullable LocalDate activeUntil;
    private Instant createdAt;

    @Version
    private long version;

    protected Banner() {}

    Banner(
            UUID id,
            String title,
            String imageFile,
            @Nullable String link,
            BannerPosition position,
            LocalDate activeFrom,
            @Nullable LocalDate activeUntil,
            Instant now) {
        this.id = id;
        this.title = title;
        this.imageFile = imageFile;
        this.link = link;
        this.position = position;
        this.activeFrom = activeFrom;
        this.activeUntil = activeUntil;
        this.createdAt = now;
    }

    boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeUntil == null || !day.isAfter(activeUntil));
    }

    UUID id() {
        return id;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("imageFile", imageFile);
        state.put("link", link);
        state.put("position", position.name());
        state.put("activeFrom", activeFrom.toString());
        state.put("activeUntil", activeUntil == null ? null : activeUntil.toString());
        return state;
    }

    BannerSummary toSummary() {
        return new BannerSummary(id, title, imageFile, link, position, activeFrom, activeUntil);
    }
}
