package vn.doimoi.identity.security;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the identity module.
 *
 * @param adminUsername the first administrator's login, created when no administrator exists
 * @param adminPassword its password (from {@code DOIMOI_ADMIN_PASSWORD}); generated and printed once when empty
 * @param mailFrom the sender of notification e-mails
 * @param publicUrl the address users reach doimoi at, for links in e-mails
 */
@Validated
@ConfigurationProperties("doimoi.identity")
public record IdentityProperties(
        @DefaultValue("admin") @Pattern(regexp = "[a-z0-9._-]{3,64}")
        String adminUsername,

        @Nullable String adminPassword,

        @DefaultValue("doimoi@localhost") String mailFrom,

        @DefaultValue("http://localhost:8080") String publicUrl) {}
