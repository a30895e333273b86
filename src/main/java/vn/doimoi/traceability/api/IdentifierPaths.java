package vn.doimoi.traceability.api;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.util.UriUtils;

/**
 * Identifiers in EPCIS paths (ADR 0082): Tomcat hands an encoded {@code /} ({@code %2F}) on undecoded
 * instead of refusing every such request itself, so that {@link IdentifierFirewall} can let it through
 * on the EPCIS identifier resources and refuse it (400) everywhere else.
 */
@Configuration(proxyBeanMethods = false)
class IdentifierPaths {

    @Bean
    HttpFirewall identifierFirewall() {
        return new IdentifierFirewall();
    }

    @Bean
    TomcatConnectorCustomizer encodedSlashPassedThrough() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    /** An identifier as one path segment: every character but the unreserved ones percent-encoded. */
    static String segment(String identifier) {
        return UriUtils.encode(identifier, StandardCharsets.UTF_8);
    }
}
