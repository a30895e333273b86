package vn.doimoi.programs.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the programmes module.
 *
 * @param reportDueDays days after a period's last day by which its report is due
 * @param remindDaysBefore how many days before the due day an agency sees a reminder
 * @param maxEvidenceBytes the largest evidence file accepted
 */
@Validated
@ConfigurationProperties("doimoi.programs")
record ProgramsProperties(
        @DefaultValue("10") @Min(0) @Max(90) int reportDueDays,
        @DefaultValue("7") @Min(0) @Max(60) int remindDaysBefore,
        @DefaultValue("10485760") @Min(1) long maxEvidenceBytes) {}
