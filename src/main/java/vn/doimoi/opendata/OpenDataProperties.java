package vn.doimoi.opendata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the OAI-PMH endpoint names itself ({@code doimoi.opendata.*}).
 *
 * @param repositoryName the name harvesters show, e.g. "Sở KH&CN tỉnh …: dữ liệu KH&CN mở"
 * @param repositoryIdentifier the domain in every OAI identifier ({@code oai:<this>:Projects/…});
 *     a domain name with at least one dot, as the oai-identifier scheme requires
 * @param adminEmail who harvesters write to about the endpoint
 */
@Validated
@ConfigurationProperties("doimoi.opendata")
public record OpenDataProperties(
        @NotBlank @DefaultValue("doimoi") String repositoryName,

        @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+") @DefaultValue("doimoi.example.gov.vn")
        String repositoryIdentifier,

        @Pattern(regexp = "\\S+@(\\S+\\.)+\\S+") @DefaultValue("opendata@doimoi.example.gov.vn")
        String adminEmail) {}
