package vn.doimoi.projects.results;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/** Where, at what scale and with what effect a registered result is used in a year (ứng dụng kết quả). */
@Entity(name = "ExecutionResultUse")
@Table(schema = "projects", name = "result_use")
public class ResultUse {

    @Id
    private UUID id;

    private UUID resultId;
    private @Nullable UUID adopterOrgId;
    private String adopterName;
    private String place;
    private int year;
    private String scale;
    private String effect;
    private @Nullable BigDecimal revenue;
    private @Nullable BigDecimal savings;

    @Enumerated(EnumType.STRING)
    private UseState state;

    private Instant reportedAt;
    private String reportedBy;
    private @Nullable String confirmedBy;
    private @Nullable Instant confirmedAt;

    @Version
    private long version;

    protected ResultUse() {}

    public ResultUse(
            UUID resultId,
            @Nullable UUID adopterOrgId,
            String adopterName,
            String place,
            int year,
            String scale,
            String effect,
            @Nullable BigDecimal revenue,
            @Nullable BigDecimal savings,
            String reportedBy,
            Instant now) {
        if (blank(adopterName) || blank(place) || blank(scale) || blank(effect)) {
            throw DomainException.refused("result.use.error.incomplete");
        }
        if ((revenue != null && revenue.signum() < 0) || (savings != null && savings.signum() < 0)) {
            throw DomainException.refused("result.use.error.negative");
        }
        this.id = UUID.randomUUID();
        this.resultId = resultId;
        this.adopterOrgId = adopterOrgId;
        this.adopterName = adopterName;
        this.place = place;
        this.year = year;
        this.scale = scale;
        this.effect = effect;
        this.revenue = revenue;
        this.savings = savings;
        this.state = UseState.REPORTED;
        this.reportedAt = now;
        this.reportedBy = reportedBy;
    }

    public void confirm(String by, Instant now) {
        if (state != UseState.REPORTED) {
            throw DomainException.conflict("result.use.error.state", state.name());
        }
        this.state = UseState.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = now;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public UUID id() {
        return id;
    }

    public UUID resultId() {
        return resultId;
    }

    @Nullable
    public UUID adopterOrgId() {
        return adopterOrgId;
    }

    public String adopterName() {
        return adopterName;
    }

    public String place() {
        return place;
    }

    public int year() {
        return year;
    }

    public String scale() {
        return scale;
    }

    public String effect() {
        return effect;
    }

    @Nullable
    public BigDecimal revenue() {
        return revenue;
    }

    @Nullable
    public BigDecimal savings() {
        return savings;
    }

    public UseState state() {
        return state;
    }

    public String reportedBy() {
        return reportedBy;
    }

    @Nullable
    Instant confirmedAt() {
        return confirmedAt;
    }
}
