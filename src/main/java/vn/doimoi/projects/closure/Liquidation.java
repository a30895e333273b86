package vn.doimoi.projects.closure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The contract liquidation minutes (thanh lý hợp đồng). */
@Entity(name = "ExecutionLiquidation")
@Table(schema = "projects", name = "liquidation")
public class Liquidation {
    @Id
    UUID taskId;

    public String minutesNumber;
    public LocalDate liquidatedOn;
    public String note;

    protected Liquidation() {}

    public Liquidation(UUID taskId, String minutesNumber, LocalDate on, String note) {
        this.taskId = taskId;
        this.minutesNumber = minutesNumber;
        this.liquidatedOn = on;
        this.note = note;
    }
}
