package vn.doimoi.identity.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement "the trail had record {@code seq} with MAC {@code mac} at {@code at}", kept
 * outside the database. One line of text, so that it can be shipped, pasted and compared by eye:
 * {@code doimoi-audit-checkpoint v1 seq=… mac=… at=… signer=… sig=…}. The signature covers
 * everything before {@code " sig="}.
 *
 * @param signer the first 16 hex digits of SHA-256 over the signing public key
 * @param signature Ed25519 over {@link #payload()}, base64
 */
public record Checkpoint(long seq, String mac, Instant at, String signer, String signature) {

    static final String PREFIX = "doimoi-audit-checkpoint v1";

    private static final Pattern LINE = Pattern.compile(
            "doimoi-audit-checkpoint v1 seq=([1-9][0-9]{0,18}) mac=([0-9a-f]{64}) at=(\\S{1,40}) signer=([0-9a-f]{16})"
                    + " sig=([A-Za-z0-9+/=]{1,200})");

    static String payload(long seq, String mac, Instant at, String signer) {
        return PREFIX + " seq=" + seq + " mac=" + mac + " at=" + at + " signer=" + signer;
    }

    String payload() {
        return payload(seq, mac, at, signer);
    }

    /** The line as written to the checkpoint file. */
    public String line() {
        return payload() + " sig=" + signature;
    }

    /** Reads a line as written by {@link #line()}; anything else, also with spaces around it, is empty. */
    static Optional<Checkpoint> parse(String text) {
        Matcher m = LINE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(
                    Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4), m.group(5)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
