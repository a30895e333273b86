package vn.doimoi.projects.execution;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of task execution (doimoi.projects.execution.*). The acceptance grading is a rule version
 * the Department keeps (kind {@code acceptance-grading}, ADR 0051), not a setting.
 *
 * @param maxFileBytes the largest uploaded document
 */
@Validated
@ConfigurationProperties("doimoi.projects.execution")
public record ExecutionProperties(
        @DefaultValue("20971520") @Min(1) long maxFileBytes) {}
