package vn.doimoi.portal.audio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audio that could not be made, one record per article and version of its spoken text, in
 * PostgreSQL ({@code portal.article_audio_failure}) where every node sees it: a crash of espeak-ng
 * (exit 139 on some texts) is logged once, not again at every start's backfill on any node, and
 * tried again only when the article's text changes (a new version has a new key).
 */
final class AudioFailures {

    private static final int MAX_WHAT = 2000;

    private final JdbcTemplate jdbc;

    AudioFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether making this version's audio has failed before. */
    boolean recorded(UUID articleId, String text) {
        Boolean recorded = jdbc.queryForObject(
                "select exists (select 1 from portal.article_audio_failure where failure_key = ?)",
                Boolean.class,
                key(articleId, text));
        return Boolean.TRUE.equals(recorded);
    }

    /** Records the failure; false when it already was. */
    boolean record(UUID articleId, String text, String what) {
        String kept = what.length() > MAX_WHAT ? what.substring(0, MAX_WHAT) : what;
        return jdbc.update("""
                        insert into portal.article_audio_failure (failure_key, article_id, what) values (?, ?, ?)
                        on conflict (failure_key) do nothing""", key(articleId, text), articleId, kept) == 1;
    }

    private static String key(UUID articleId, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(articleId.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return "failed-" + HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
