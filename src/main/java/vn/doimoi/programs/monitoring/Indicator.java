package vn.doimoi.programs.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.Direction;
import vn.doimoi.programs.IndicatorSource;

/** An indicator (chỉ tiêu) of a programme with its targets by year. */
@Entity
@Table(schema = "programs", name = "indicator")
class Indicator {

    @Id
    private UUID id;

    private UUID programmeId;
    private @Nullable UUID taskGroupId;
    private String code;
    private String name;
    private String unit;
    private @Nullable BigDecimal baseline;
    private @Nullable Integer baselineYear;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private IndicatorSource source;

    private @Nullable String computation;
    private @Nullable String numeratorLabel;
    private @Nullable String denominatorLabel;
    private @Nullable String dataSource;
    private boolean published;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "programs", name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "target")
    private Map<Integer, BigDecimal> targets = new TreeMap<>();

    @Version
    private long version;

    protected Indicator() {}

    void publish(boolean published) {
        this.published = published;
    }

    void setTarget(int year, @Nullable BigDecimal target) {
        if (target == null) {
            targets.remove(year);
        } else {
            targets.put(year, target);
        }
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("published", published);
        Map<String, String> byYear = new TreeMap<>();
        targets.forEach((year, target) -> byYear.put(year.toString(), target.toPlainString()));
        state.put("targets", byYear);
        return state;
    }

    UUID id() {
        return id;
    }

    UUID programmeId() {
        return programmeId;
    }

    @Nullable
    UUID taskGroupId() {
        return taskGroupId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    @Nullable
    BigDecimal baseline() {
        return baseline;
    }

    @Nullable
    Integer baselineYear() {
        return baselineYear;
    }

    Direction direction() {
        return direction;
    }

    IndicatorSource source() {
        return source;
    }

    @Nullable
    String computation() {
        return computation;
    }

    @Nullable
    String numeratorLabel() {
        return numeratorLabel;
    }

    @Nullable
    String denominatorLabel() {
        return denominatorLabel;
    }

    @Nullable
    String dataSource() {
        return dataSource;
    }

    boolean published() {
        return published;
    }

    Map<Integer, BigDecimal> targets() {
        return new TreeMap<>(targets);
    }
}
