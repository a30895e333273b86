package vn.doimoi.projects.closure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An asset formed by the task and how it is handled (Decree 70/2018/NĐ-CP). */
@Entity(name = "ExecutionAsset")
@Table(schema = "projects", name = "asset")
public class Asset {
    @Id
    public UUID id;

    public UUID taskId;
    public String name;
    public BigDecimal value;

    @Nullable
    public String decision;

    @Nullable
    public String handedTo;

    @Nullable
    public LocalDate handedOn;

    @jakarta.persistence.Version
    long version;

    protected Asset() {}

    public Asset(UUID taskId, String name, BigDecimal value) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.name = name;
        this.value = value;
    }
}
