package vn.doimoi.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for links people type (banner targets, organisation websites): either an
 * {@code http(s)://host…} address or a path on this site that starts with a single {@code /}.
 * Browsers read {@code //evil.test} and {@code /\evil.test} as another host and
 * {@code javascript:} as script, and drop tabs and line breaks inside a URL, so none of those pass
 * (issue 16 #10, ADR 0034).
 */
public final class SafeLinks {

    /** Whitespace, control characters (tab, CR, LF, NUL, DEL…) and backslashes anywhere. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s\\p{Cntrl}\\\\\\u00A0\\u2028\\u2029]");

    private SafeLinks() {}

    /** A link a page may carry in {@code href}: a site path or an http(s) address. */
    public static boolean isSafe(@Nullable String link) {
        if (link == null || link.isEmpty() || FORBIDDEN.matcher(link).find()) {
            return false;
        }
        if (link.startsWith("/")) {
            return !link.startsWith("//") && parses(link);
        }
        return isWebAddress(link);
    }

    /** An absolute {@code http://} or {@code https://} address with a host, nothing else. */
    public static boolean isWebAddress(@Nullable String link) {
        if (link == null || FORBIDDEN.matcher(link).find()) {
            return false;
        }
        String lower = link.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(String path) {
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
