package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.doimoi.shared.DomainException;

/**
 * An inspection of an ongoing task (kiểm tra tình hình thực hiện, Circular 04/2015/TT-BKHCN): the
 * Department's team visits, records its findings, conclusions and what it asks of the host; the
 * minutes are generated from these fields. Written once: a correction is a new inspection.
 */
@Entity(name = "ExecutionInspection")
@Table(schema = "projects", name = "inspection")
class Inspection extends TaskRecord {

    private LocalDate inspectedOn;
    private String team;
    private String findings;
    private String conclusions;
    private String requests;
    private String recordedBy;
    private Instant recordedAt;

    protected Inspection() {}

    Inspection(
            UUID taskId,
            int number,
            LocalDate inspectedOn,
            String team,
            String findings,
            String conclusions,
            String requests,
            String recordedBy,
            LocalDate today,
            Instant now) {
        super(taskId, number);
        if (inspectedOn.isAfter(today)) {
            throw DomainException.refused("execution.inspection.error.future");
        }
        if (blank(team) || blank(findings) || blank(conclusions)) {
            throw DomainException.refused("execution.inspection.error.incomplete");
        }
        this.inspectedOn = inspectedOn;
        this.team = team.strip();
        this.findings = findings.strip();
        this.conclusions = conclusions.strip();
        this.requests = requests == null ? "" : requests.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    LocalDate inspectedOn() {
        return inspectedOn;
    }

    String team() {
        return team;
    }

    String findings() {
        return findings;
    }

    String conclusions() {
        return conclusions;
    }

    String requests() {
        return requests;
    }

    String recordedBy() {
        return recordedBy;
    }
}
