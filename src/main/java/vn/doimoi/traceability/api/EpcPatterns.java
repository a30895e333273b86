package vn.doimoi.traceability.api;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.events.EpcisGate;

/**
 * The class-level wildcards of the EPCIS 2.0 {@code MATCH_} parameters (§8.2.7.1), as a SQL
 * {@code LIKE} prefix over the stored canonical Digital Links: an EPC pattern URN whose serial (or
 * lot) is {@code *} matches every instance of its class, and so does a Digital Link whose last value
 * is {@code *}. A pattern that names no class ({@code urn:epc:idpat:sgtin:0614141.*.*}) matches
 * nothing, rather than everything.
 */
final class EpcPatterns {

    private static final String IDPAT = "urn:epc:idpat:";

    private EpcPatterns() {}

    /** The LIKE pattern of a wildcard value, or null when the value is an identifier to match exactly. */
    static @Nullable String prefix(String value) {
        String text = value.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith(IDPAT)) {
            String key = EpcisGate.canonical(text);
            return key.startsWith("https://") ? escaped(key + "/") + "%" : escaped(text);
        }
        if (text.startsWith("https://") && text.endsWith("/*")) {
            String base = text.substring(0, text.length() - 2);
            int qualifier = base.lastIndexOf('/');
            String key = EpcisGate.canonical(base.substring(0, qualifier));
            return escaped(key + base.substring(qualifier) + "/") + "%";
        }
        return null;
    }

    /** LIKE's own wildcards and escape character taken literally (a lot number may hold {@code _}). */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
