package vn.doimoi.projects.execution;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.doimoi.projects.rules.AcceptanceRule;

/**
 * Settings of task execution (doimoi.projects.execution.*). The acceptance rule is configuration
 * citing its legal source, so that a new circular is a new rule version, not a code change.
 *
 * @param acceptanceRuleVersion the rule's name, e.g. TT11-2014
 * @param acceptanceRuleSource the legal text it comes from
 * @param acceptanceQuantityVolumeShare the share of quantity and volume criteria that must be at least Đạt
 * @param acceptanceRuleVerified whether the values were checked against the official text in force
 * @param maxFileBytes the largest uploaded document
 */
@Validated
@ConfigurationProperties("doimoi.projects.execution")
public record ExecutionProperties(
        @DefaultValue("TT11-2014") @NotBlank String acceptanceRuleVersion,

        @DefaultValue("Thông tư 11/2014/TT-BKHCN (Điều 12, 13)") @NotBlank
        String acceptanceRuleSource,

        @DefaultValue("0.75") @DecimalMin("0") @DecimalMax("1")
        BigDecimal acceptanceQuantityVolumeShare,

        @DefaultValue("false") boolean acceptanceRuleVerified,
        @DefaultValue("20971520") @Min(1) long maxFileBytes) {

    public AcceptanceRule acceptanceRule() {
        return new AcceptanceRule(
                acceptanceRuleVersion, acceptanceRuleSource, acceptanceQuantityVolumeShare, acceptanceRuleVerified);
    }
}
