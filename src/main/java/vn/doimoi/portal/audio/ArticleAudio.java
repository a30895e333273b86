package vn.doimoi.portal.audio;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.doimoi.portal.ArticlePage;
import vn.doimoi.portal.ArticlePublished;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.portal.Voice;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.DiskFileStore;
import vn.doimoi.shared.files.FileRules;
import vn.doimoi.shared.files.FileStore;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.StoredContent;

/**
 * Listen-to-article audio: espeak-ng (a separate process, so its GPL stays apart) speaks the
 * normalised text in each voice, lame compresses it to MP3, and the file is cached under a name
 * made from the voice and the text, so a new version of the article gets new audio. Generated in
 * one background thread when an article is published, never during a request, one command at a
 * time at the lowest CPU priority ({@link LowPriorityCommand}). A text espeak-ng cannot speak
 * (it crashes on some) is recorded once per version ({@link AudioFailures}); the article is
 * published all the same and offers the browser's voice.
 *
 * <p>The audio is kept by the configured file store (issue 23: in PostgreSQL with several nodes,
 * so every node serves what one made, streamed), and {@code portal.article_audio} names the content
 * of each version and voice. Each article's audio is made by one node at a time: the node that
 * takes the article's lock (ShedLock, the jobs' lock table); the others leave it to that node.
 */
@Service
public class ArticleAudio {

    private static final Logger log = LoggerFactory.getLogger(ArticleAudio.class);

    private static final FileRules AUDIO = new FileRules(
            200L * 1024 * 1024,
            Set.of("audio/mpeg", "audio/vnd.wave", "audio/wav", "audio/x-wav"),
            refusal -> DomainException.unsupportedType("file.error.notAnImage")); // never shown: logged

    private final Articles articles;
    private final PortalProperties properties;
    private final FileStore store;
    private final JdbcTemplate jdbc;
    private final LockProvider locks;
    private final boolean espeak;
    private final boolean lame;
    private final LowPriorityCommand commands = LowPriorityCommand.detect();
    private final AudioFailures failures;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "article-audio");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    ArticleAudio(
            Articles articles, PortalProperties properties, FileStores stores, JdbcTemplate jdbc, LockProvider locks) {
        this.articles = articles;
        this.properties = properties;
        this.store = stores.area("portal-audio", properties.audioDir(), DiskFileStore.Layout.FLAT_WITH_EXTENSION);
        this.jdbc = jdbc;
        this.locks = locks;
        this.failures = new AudioFailures(jdbc);
        this.espeak = LowPriorityCommand.runs(List.of(properties.espeakCommand(), "--version"));
        this.lame = LowPriorityCommand.runs(List.of(properties.lameCommand(), "--version"));
        if (!espeak) {
            log.info("espeak-ng không có: dùng giọng đọc của trình duyệt / espeak-ng absent: browser speech fallback");
        }
    }

    /** Whether the server speaks articles (espeak-ng is installed). */
    public boolean available() {
        return espeak;
    }

    public String mediaType() {
        return lame ? "audio/mpeg" : "audio/wav";
    }

    /** The audio of this article page in this voice, when it has been made (by any node). */
    public Optional<Resource> file(ArticlePage page, Voice voice) {
        return made(speechKey(speechText(page), voice)).flatMap(store::find);
    }

    private Optional<String> made(String speechKey) {
        return jdbc
                .queryForList(
                        "select content_key from portal.article_audio where speech_key = ?", String.class, speechKey)
                .stream()
                .findFirst();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticlePublished event) {
        generateInBackground(event.articleId());
    }

    /** Queues the article's audio behind the work already queued; done at once without espeak-ng. */
    public Future<?> generateInBackground(UUID articleId) {
        return espeak ? worker.submit(() -> generate(articleId)) : CompletableFuture.completedFuture(null);
    }

    private void generate(UUID articleId) {
        try {
            ArticlePage page = articles.preview(articleId);
            if (page.summary().status() != ArticleStatus.PUBLISHED) {
                return;
            }
            String text = speechText(page);
            if (failures.recorded(articleId, text) || allMade(text)) {
                return;
            }
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(
                    Instant.now(),
                    "audio-" + speechKey(articleId + "\n" + text, Voice.values()[0]),
                    Duration.ofMinutes(30),
                    Duration.ZERO));
            if (lock.isEmpty()) {
                return; // another node is making it
            }
            try {
                speakEveryVoice(articleId, text);
            } finally {
                lock.get().unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Audio for article {} not generated", articleId, e);
        }
    }

    private boolean allMade(String text) {
        for (Voice voice : Voice.values()) {
            if (made(speechKey(text, voice)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void speakEveryVoice(UUID articleId, String text) throws IOException, InterruptedException {
        if (failures.recorded(articleId, text)) {
            return; // recorded by the node that held the lock before
        }
        Files.createDirectories(properties.audioDir());
        for (Voice voice : Voice.values()) {
            String speechKey = speechKey(text, voice);
            if (made(speechKey).isEmpty()) {
                try {
                    synthesise(text, voice, speechKey);
                } catch (LowPriorityCommand.CommandFailed e) {
                    if (e.timedOut()) {
                        // a busy machine (the command runs at the lowest priority), not the
                        // text: not recorded, so the next start's backfill tries again
                        log.warn("Audio for article {} not made ({})", articleId, e.getMessage());
                    } else if (failures.record(articleId, text, voice + ": " + e.getMessage())) {
                        // the other voices would fail alike on this text: one record, one log line
                        log.warn(
                                "Audio for article {} not made ({}): tried again when its text changes",
                                articleId,
                                e.getMessage());
                    }
                    return;
                }
            }
        }
    }

    private void synthesise(String text, Voice voice, String speechKey) throws IOException, InterruptedException {
        Path dir = properties.audioDir();
        Path input = Files.createTempFile(dir, "speech-", ".txt");
        Path wav = Files.createTempFile(dir, "speech-", ".wav");
        Path encoded = Files.createTempFile(dir, "speech-", lame ? ".mp3" : ".wav");
        try {
            Files.writeString(input, text, StandardCharsets.UTF_8);
            run(List.of(
                    properties.espeakCommand(),
                    "-v",
                    voice.espeakName(),
                    "-s",
                    "150",
                    "-f",
                    input.toString(),
                    "-w",
                    wav.toString()));
            if (lame) {
                run(List.of(properties.lameCommand(), "--quiet", "-V", "7", wav.toString(), encoded.toString()));
            } else {
                Files.copy(wav, encoded, StandardCopyOption.REPLACE_EXISTING);
            }
            StoredContent stored;
            try (InputStream content = Files.newInputStream(encoded)) {
                stored = store.store(content, AUDIO);
            }
            jdbc.update("""
                    insert into portal.article_audio (speech_key, content_key, media_type) values (?, ?, ?)
                    on conflict (speech_key) do update set content_key = excluded.content_key,
                      media_type = excluded.media_type""", speechKey, stored.key(), stored.mediaType());
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(wav);
            Files.deleteIfExists(encoded);
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        // long enough for a long article at the lowest priority on a busy machine
        commands.run(command, 300);
    }

    /** Whether making this version of the article's audio failed (it is then not tried again). */
    boolean failed(UUID articleId) {
        return failures.recorded(articleId, speechText(articles.preview(articleId)));
    }

    static String speechText(ArticlePage page) {
        String lead = page.summary().lead() == null ? "" : page.summary().lead() + ".\n";
        return SpeechText.of(page.summary().title() + ".\n" + lead + page.plainText());
    }

    /**
     * What names a version's audio in a voice: the synthesiser is part of it, so another one (a
     * test's, a new installation's) makes its own audio rather than finding another's.
     */
    private String speechKey(String text, Voice voice) {
        return key(properties.espeakCommand() + "\n" + text, voice);
    }

    static String key(String text, Voice voice) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(voice.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return voice.name().toLowerCase() + "-"
                    + HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
