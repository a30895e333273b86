package vn.doimoi.portal.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.shared.files.FileStores;

/**
 * espeak-ng crashes (exit 139) on some texts: here a real program that dies of SIGSEGV on every
 * text stands in for it. The article publishes all the same, the failure is recorded once per
 * version of the text (not again after a restart), and tried again only after the article changes;
 * the command runs at the lowest CPU priority.
 */
@DoimoiSpringTest
class AudioFailureTests {

    @Autowired
    Articles articles;

    @Autowired
    PortalProperties properties;

    @Autowired
    MockMvc mvc;

    @Autowired
    FileStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LockProvider locks;

    @TempDir
    Path dir;

    @Test
    void aTextThatCrashesTheSynthesiserIsRecordedOnceAndTriedAgainOnlyAfterTheArticleChanges() throws Exception {
        Assumptions.assumeTrue(LowPriorityCommand.runs(List.of("sh", "-c", "true")), "no POSIX shell");
        Path calls = dir.resolve("calls.txt");
        Path crashing = dir.resolve("crashing-espeak");
        Files.writeString(crashing, """
                #!/bin/sh
                [ "$1" = --version ] && exit 0
                echo "$(nice) $*" >> '%s'
                kill -SEGV $$
                """.formatted(calls), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(crashing, PosixFilePermissions.fromString("rwxr-xr-x"));
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID category = articles.createCategory("Đọc lỗi " + marker, 96);
        UUID id = articles.create(new ArticleData(
                "Bài không đọc được " + marker, null, "<p>Văn bản làm espeak-ng dừng đột ngột.</p>", null, category));
        articles.publish(id, articles.editable(id).version());
        String slug = articles.editable(id).slug();

        ArticleAudio audio =
                new ArticleAudio(articles, withSpeech(crashing, dir.resolve("audio")), stores, jdbc, locks);
        assertThat(audio.available()).isTrue();
        audio.generateInBackground(id).get(60, TimeUnit.SECONDS);

        assertThat(audio.failed(id)).as("the crash is recorded").isTrue();
        List<String> tried = Files.readAllLines(calls);
        assertThat(tried)
                .as("one voice tried, the others not, as they would fail alike")
                .hasSize(1);
        assertThat(tried.get(0)).as("run at the lowest CPU priority").startsWith("19 ");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/news/" + slug))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the article is published all the same")
                .isEqualTo(200);
        assertThat(Files.list(dir.resolve("audio"))
                        .filter(f ->
                                f.toString().endsWith(".mp3") || f.toString().endsWith(".wav")))
                .as("no half-made audio is offered")
                .isEmpty();

        // the next start's backfill asks again: the record keeps the crashing text from being tried
        ArticleAudio restarted =
                new ArticleAudio(articles, withSpeech(crashing, dir.resolve("audio")), stores, jdbc, locks);
        restarted.generateInBackground(id).get(60, TimeUnit.SECONDS);
        assertThat(Files.readAllLines(calls)).hasSize(1);

        // an editor changes the article: its new text is tried
        articles.update(
                id,
                articles.editable(id).version(),
                new ArticleData("Bài không đọc được " + marker, null, "<p>Văn bản đã sửa.</p>", null, category));
        restarted.generateInBackground(id).get(60, TimeUnit.SECONDS);
        assertThat(Files.readAllLines(calls)).hasSize(2);
        assertThat(restarted.failed(id)).isTrue();
        audio.stop();
        restarted.stop();
    }

    private PortalProperties withSpeech(Path espeak, Path audioDir) {
        return new PortalProperties(
                properties.countFlushInterval(),
                properties.viewWindow(),
                properties.onlineWindow(),
                audioDir,
                espeak.toString(),
                properties.lameCommand(),
                properties.filesDir(),
                properties.maxImageBytes());
    }
}
