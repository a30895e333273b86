package vn.doimoi.shared.kept;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.DigestUtils;

/**
 * One rendered page, split at its markers: the fixed bytes, and between them which number goes
 * there. The tag names the fixed bytes, so a page rendered again unchanged keeps its tag and a
 * browser's copy stays good; each answer's tag adds a hash of the numbers written in (a weak tag).
 *
 * @param tables the tables the page was made from, with their generations then
 * @param lastModifiedHeader {@code lastModified} as an HTTP date, formatted once
 * @param freshUntil when the page may read differently with no change to its data (epoch
 *     milliseconds): a minute after it was made, or earlier if it shows a time to come
 */
record KeptPage(
        List<byte[]> parts,
        List<String> slots,
        String contentType,
        @Nullable String language,
        @Nullable UUID viewed,
        Map<String, Long> tables,
        String etag,
        long lastModified,
        String lastModifiedHeader,
        long freshUntil) {

    /** How long a page is kept at most, for what changes with the clock without showing a time. */
    static final long KEPT_MILLIS = 60_000;

    private static final Pattern MARKER = Pattern.compile("@@dm:([a-z]+)@@");

    static KeptPage of(
            byte[] body,
            String contentType,
            @Nullable String language,
            @Nullable UUID viewed,
            Map<String, Long> tables,
            long now,
            @Nullable Instant changes) {
        String html = new String(body, StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Matcher matcher = MARKER.matcher(html);
        int from = 0;
        while (matcher.find()) {
            parts.add(html.substring(from, matcher.start()).getBytes(StandardCharsets.UTF_8));
            slots.add(matcher.group(1));
            from = matcher.end();
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        // the tag without its closing quote: each answer ends it with its numbers' hash
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(body);
        // HTTP dates have whole seconds: a conditional request compares at that precision
        long lastModified = now / 1000 * 1000;
        long freshUntil = now + KEPT_MILLIS;
        if (changes != null && changes.toEpochMilli() < freshUntil) {
            freshUntil = changes.toEpochMilli();
        }
        return new KeptPage(
                List.copyOf(parts),
                List.copyOf(slots),
                contentType,
                language,
                viewed,
                tables,
                etag,
                lastModified,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.ofEpochMilli(lastModified).atOffset(ZoneOffset.UTC)),
                freshUntil);
    }

    /** Whether nothing the page was made from has changed since, nor has its time to change come. */
    boolean current(DataGenerations generations, long now) {
        return now < freshUntil && TablesRead.unchanged(tables, generations);
    }

    /** For the memory bound: the bytes kept. */
    int size() {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        return size + 64 * tables.size();
    }

    /**
     * This answer's bytes: the numbers in place of the markers, and the tag naming the page and
     * those numbers (a 64-bit FNV-1a hash of them, not a digest of the whole page per answer).
     */
    Filled fill(Map<String, String> numbers) {
        byte[][] filled = new byte[slots.size()][];
        long length = 0;
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < parts.size(); i++) {
            length += parts.get(i).length;
            if (i < slots.size()) {
                byte[] number = numbers.getOrDefault(slots.get(i), "").getBytes(StandardCharsets.UTF_8);
                filled[i] = number;
                length += number.length;
                for (byte b : number) {
                    hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
                }
                hash = (hash ^ 0x100) * 0x100000001b3L; // between two numbers: "1","23" is not "12","3"
            }
        }
        return new Filled(this, filled, length, etag + "-" + Long.toHexString(hash) + "\"");
    }

    /** One answer of a kept page: its numbers' bytes, its length and its tag. */
    record Filled(KeptPage page, byte[][] numbers, long length, String etag) {

        /** Writes the page with its length (one piece, not chunks). */
        void write(HttpServletResponse response) throws IOException {
            response.setContentLengthLong(length);
            OutputStream out = response.getOutputStream();
            List<byte[]> parts = page.parts();
            for (int i = 0; i < parts.size(); i++) {
                out.write(parts.get(i));
                if (i < numbers.length) {
                    out.write(numbers[i]);
                }
            }
        }
    }
}
