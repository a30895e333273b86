package vn.doimoi.identity.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The credential Prometheus scrapes {@code /actuator/prometheus} with (issue 16), and nothing else.
 * Kept apart from {@link IdentityProperties} so the two can change independently.
 *
 * @param metricsUsername the scraper's user name; no scraper credential when empty
 * @param metricsPasswordHash its password as a bcrypt hash ({@code {bcrypt}$2a$...}, or a bare
 *     {@code $2a$/$2b$/$2y$} hash as {@code htpasswd -B} prints it); never the password itself
 */
@ConfigurationProperties("doimoi.identity")
public record MetricsScrapeProperties(
        @Nullable String metricsUsername, @Nullable String metricsPasswordHash) {

    boolean configured() {
        return metricsUsername != null && !metricsUsername.isBlank();
    }

    /** The hash with the algorithm prefix the delegating password encoder expects. */
    String encodedPassword() {
        if (metricsPasswordHash == null || metricsPasswordHash.isBlank()) {
            throw new IllegalStateException(
                    "doimoi.identity.metrics-username is set but doimoi.identity.metrics-password-hash is empty");
        }
        String hash = metricsPasswordHash.strip();
        return hash.startsWith("$2") ? "{bcrypt}" + hash : hash;
    }
}
