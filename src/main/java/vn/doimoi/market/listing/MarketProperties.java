package vn.doimoi.market.listing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the marketplace.
 *
 * @param validityDays how long a listing stays valid when published or reconfirmed
 * @param archiveAfterDays how long an outdated listing waits before it is archived
 * @param matchFloor the lowest matching score shown; below it doimoi says nothing fits
 * @param maxFileBytes the largest image or document a listing takes (before resizing)
 */
@Validated
@ConfigurationProperties("doimoi.market")
public record MarketProperties(
        @DefaultValue("180") @Min(7) @Max(730) int validityDays,
        @DefaultValue("90") @Min(0) @Max(3650) int archiveAfterDays,

        @DefaultValue("0.3") double matchFloor,

        @DefaultValue("10485760") @Min(1024) long maxFileBytes) {}
