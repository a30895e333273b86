package vn.doimoi.ecosystem.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) for one registration: the event, and the accepted B2B meetings
 * within it. Times carry {@code TZID=Asia/Ho_Chi_Minh} with its VTIMEZONE (UTC+7 all year, no
 * daylight saving since 1975), so a calendar abroad shows the right hour. UIDs derive from the
 * registration's and the meetings' identifiers, so downloading again updates rather than duplicates;
 * {@code SEQUENCE} follows the event's version, so new dates or a cancellation replace what a
 * calendar imported before. Written by hand: the format is a few lines, and
 * folding and escaping are the only subtleties (§3.1, §3.3.11).
 */
public final class IcsCalendar {

    /** A VEVENT's STATUS (§3.8.1.11): a calendar removes or strikes out a cancelled one it holds. */
    public enum Status {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }

    /** A VEVENT's content, with times as instants. */
    public record Entry(
            String uid,
            Instant stamp,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            String url,
            Status status,
            long sequence) {}

    static final String ZONE = "Asia/Ho_Chi_Minh";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private IcsCalendar() {}

    public static String of(List<Entry> entries) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//doimoi//Su kien va cho cong nghe//VI");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + ZONE);
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19750613T000000");
        line(ics, "TZOFFSETFROM:+0700");
        line(ics, "TZOFFSETTO:+0700");
        line(ics, "TZNAME:+07");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
        for (Entry entry : entries) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + entry.uid());
            line(ics, "DTSTAMP:" + UTC.format(entry.stamp()));
            line(ics, "DTSTART;TZID=" + ZONE + ":" + LOCAL.format(EventTimes.local(entry.start())));
            line(ics, "DTEND;TZID=" + ZONE + ":" + LOCAL.format(EventTimes.local(entry.end())));
            line(ics, "SEQUENCE:" + entry.sequence());
            line(ics, "SUMMARY:" + text(entry.summary()));
            line(ics, "LOCATION:" + text(entry.location()));
            line(ics, "DESCRIPTION:" + text(entry.description()));
            line(ics, "URL:" + entry.url());
            line(ics, "STATUS:" + entry.status().name());
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded after 75 octets without splitting a UTF-8 character (§3.1). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }
}
