package vn.doimoi.shared.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The address readers reach the site at ({@code doimoi.public-url}), for every absolute link the
 * application writes (RSS, sitemap, canonical and Open Graph links). It is configured, never taken
 * from the request: the {@code Host} header is whatever the client sends, so a feed or a kept page
 * built from it would carry an attacker's host to every later reader (issue 16, ADR 0034).
 *
 * @param publicUrl scheme and host (and port, and a path if the site lives under one), e.g. {@code https://doimoi.example.gov.vn}
 */
@Validated
@ConfigurationProperties("doimoi")
public record PublicSite(
        @NotNull
        @DefaultValue("http://localhost:8080")
        @Pattern(
                regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*",
                message = "doimoi.public-url must be http(s)://host[:port][/path]")
        String publicUrl) {

    public PublicSite {
        // "https://host/" is what operators tend to write; links append paths that start with "/"
        while (publicUrl != null && publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
    }

    /** The absolute address of a site path such as {@code /news/abc}. */
    public String absolute(String path) {
        return publicUrl + path;
    }
}
