package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Small write-once records of a task: its journal, files, assets and liquidation. */
final class Records {

    private Records() {}

    /** One line of the task's journal (who did what, when): the audit trail of the audit dossier. */
    @Entity(name = "ExecutionTaskEvent")
    @Table(schema = "projects", name = "execution_event")
    static class TaskEvent {
        @Id
        UUID id;

        UUID taskId;
        Instant at;
        String actor;
        String action;
        String detail;

        protected TaskEvent() {}

        TaskEvent(UUID taskId, Instant at, String actor, String action, String detail) {
            this.id = UUID.randomUUID();
            this.taskId = taskId;
            this.at = at;
            this.actor = actor;
            this.action = action;
            this.detail = detail;
        }
    }

    /** An uploaded document of the task, with its SHA-256. */
    @Entity(name = "ExecutionTaskFile")
    @Table(schema = "projects", name = "execution_file")
    static class TaskFile {
        @Id
        UUID id;

        UUID taskId;
        String kind;
        String filename;
        String contentType;
        String sha256;
        long size;
        byte[] bytes;
        Instant uploadedAt;

        protected TaskFile() {}

        TaskFile(
                UUID taskId,
                String kind,
                String filename,
                String contentType,
                String sha256,
                byte[] bytes,
                Instant at) {
            this.id = UUID.randomUUID();
            this.taskId = taskId;
            this.kind = kind;
            this.filename = filename;
            this.contentType = contentType;
            this.sha256 = sha256;
            this.size = bytes.length;
            this.bytes = bytes;
            this.uploadedAt = at;
        }
    }

    /** An asset formed by the task and how it is handled (Decree 70/2018/NĐ-CP). */
    @Entity(name = "ExecutionAsset")
    @Table(schema = "projects", name = "asset")
    static class Asset {
        @Id
        UUID id;

        UUID taskId;
        String name;
        BigDecimal value;

        @Nullable
        String decision;

        @Nullable
        String handedTo;

        @Nullable
        LocalDate handedOn;

        @jakarta.persistence.Version
        long version;

        protected Asset() {}

        Asset(UUID taskId, String name, BigDecimal value) {
            this.id = UUID.randomUUID();
            this.taskId = taskId;
            this.name = name;
            this.value = value;
        }
    }

    /** The contract liquidation minutes (thanh lý hợp đồng). */
    @Entity(name = "ExecutionLiquidation")
    @Table(schema = "projects", name = "liquidation")
    static class Liquidation {
        @Id
        UUID taskId;

        String minutesNumber;
        LocalDate liquidatedOn;
        String note;

        protected Liquidation() {}

        Liquidation(UUID taskId, String minutesNumber, LocalDate on, String note) {
            this.taskId = taskId;
            this.minutesNumber = minutesNumber;
            this.liquidatedOn = on;
            this.note = note;
        }
    }
}
