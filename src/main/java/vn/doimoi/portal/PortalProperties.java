package vn.doimoi.portal;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the portal ({@code doimoi.portal.*}).
 *
 * @param countFlushInterval how often view and visit counts go from memory to the database: what a
 *     crash ({@code kill -9}) can lose, the interval plus a flush's own time: half a second keeps
 *     that under one second on a busy machine (ADR 0035)
 * @param viewWindow a reader's views of one article within this window count once
 * @param onlineWindow a visitor seen within this window is "online"
 * @param audioDir where listen-to-article audio is cached (outside the web root)
 * @param espeakCommand the espeak-ng executable; audio falls back to the browser's voice without it
 * @param lameCommand the MP3 encoder
 * @param filesDir where uploaded images are stored by SHA-256 (outside the web root)
 * @param maxImageBytes the largest image accepted
 */
@Validated
@ConfigurationProperties("doimoi.portal")
public record PortalProperties(
        @NotNull @DefaultValue("500ms") Duration countFlushInterval,
        @NotNull @DefaultValue("30m") Duration viewWindow,
        @NotNull @DefaultValue("5m") Duration onlineWindow,
        @NotNull @DefaultValue("data/audio") Path audioDir,
        @NotNull @DefaultValue("espeak-ng") String espeakCommand,
        @NotNull @DefaultValue("lame") String lameCommand,
        @NotNull @DefaultValue("data/files") Path filesDir,
        @DefaultValue("5242880") long maxImageBytes) {}
