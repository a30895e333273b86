package vn.doimoi.opendata.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a list stopped: the set it was in and the last record it gave (a cursor, not an offset), with
 * the request's range, so that the next page needs nothing else. Opaque to harvesters (URL-safe
 * Base64 of a short text); whatever does not read back exactly is refused as badResumptionToken.
 *
 * @param restricted whether the request named one set (else the list runs through all of them)
 * @param set the set the list is in
 * @param afterAt the change instant of the last record given
 * @param afterId the id of the last record given
 * @param from the start of the requested range (inclusive)
 * @param before the end of the requested range (exclusive)
 */
record ResumptionToken(boolean restricted, OaiSet set, Instant afterAt, UUID afterId, Instant from, Instant before) {

    private static final String VERSION = "t1";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,400}");
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    String encode() {
        String text = String.join(
                "|",
                VERSION,
                restricted ? "1" : "0",
                set.name(),
                afterAt.toString(),
                afterId.toString(),
                from.toString(),
                before.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token, or nothing when it is not one this endpoint gave. */
    static Optional<ResumptionToken> decode(String token) {
        if (!SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 7 || !VERSION.equals(parts[0]) || !parts[1].matches("[01]")) {
                return Optional.empty();
            }
            if (!UUID_SHAPE.matcher(parts[4]).matches()) {
                return Optional.empty();
            }
            ResumptionToken decoded = new ResumptionToken(
                    "1".equals(parts[1]),
                    OaiSet.valueOf(parts[2]),
                    Instant.parse(parts[3]),
                    UUID.fromString(parts[4]),
                    Instant.parse(parts[5]),
                    Instant.parse(parts[6]));
            boolean inRange = !decoded.from.isBefore(OaiDates.EARLIEST)
                    && !decoded.before.isAfter(OaiDates.LATEST)
                    && !decoded.afterAt.isBefore(OaiDates.EARLIEST)
                    && !decoded.afterAt.isAfter(OaiDates.LATEST)
                    && decoded.from.isBefore(decoded.before);
            return inRange ? Optional.of(decoded) : Optional.empty();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
