package vn.doimoi.shared.kept;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * browser's copy stays good; the numbers written in are not part of it (a weak tag).
 *
 * @param tables the tables the page was made from, with their generations then
 */
record KeptPage(
        List<byte[]> parts,
        List<String> slots,
        String contentType,
        @Nullable String language,
        @Nullable UUID viewed,
        Map<String, Long> tables,
        String etag,
        long lastModified) {

    private static final Pattern MARKER = Pattern.compile("@@dm:([a-z]+)@@");

    static KeptPage of(
            byte[] body,
            String contentType,
            @Nullable String language,
            @Nullable UUID viewed,
            Map<String, Long> tables,
            long now) {
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
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        // HTTP dates have whole seconds: a conditional request compares at that precision
        return new KeptPage(List.copyOf(parts), slots, contentType, language, viewed, tables, etag, now / 1000 * 1000);
    }

    /** Whether nothing the page was made from has changed since. */
    boolean current(DataGenerations generations) {
        for (Map.Entry<String, Long> table : tables.entrySet()) {
            if (generations.current(table.getKey()) != table.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** For the memory bound: the bytes kept. */
    int size() {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        return size + 64 * tables.size();
    }

    /** Writes the page with the numbers in place of the markers, with its length (one piece, not chunks). */
    void write(HttpServletResponse response, Map<String, String> numbers) throws IOException {
        byte[][] filled = new byte[slots.size()][];
        long length = 0;
        for (int i = 0; i < parts.size(); i++) {
            length += parts.get(i).length;
            if (i < slots.size()) {
                filled[i] = numbers.getOrDefault(slots.get(i), "").getBytes(StandardCharsets.UTF_8);
                length += filled[i].length;
            }
        }
        response.setContentLengthLong(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            out.write(parts.get(i));
            if (i < slots.size()) {
                out.write(filled[i]);
            }
        }
    }
}
