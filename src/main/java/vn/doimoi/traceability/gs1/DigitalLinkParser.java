package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a GS1 Digital Link URI the way the GS1 syntax engine's reference parser does: scheme and
 * host checks, then a walk backwards over {@code /AI/value} pairs to the rightmost primary key
 * (what lies before it is the stem), then the query attributes.
 */
final class DigitalLinkParser {

    /** The DL 1.1 short names, accepted only with {@link DigitalLinkOptions#permitConvenienceAlphas()}. */
    static final Map<String, String> SHORT_NAMES =
            pairs("gtin 01 itip 8006 cpv 22 lot 10 ser 21 sscc 00 gln 414 glnx 254 party 417 gsrnp 8017 gsrn 8018"
                    + " srin 8019 gdti 253 gcn 255 ginc 401 gsin 402 grai 8003 giai 8004 cpid 8010 cpsn 8011"
                    + " gmn 8013 tpx 235 refno 8020");

    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";

    private final Gs1Dictionary dictionary;
    private final DigitalLinkOptions options;

    /** A table written as "key value key value …". */
    static Map<String, String> pairs(String table) {
        String[] words = table.split(" ");
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < words.length; i += 2) {
            map.put(words[i], words[i + 1]);
        }
        return Map.copyOf(map);
    }

    DigitalLinkParser(Gs1Dictionary dictionary, DigitalLinkOptions options) {
        this.dictionary = dictionary;
        this.options = options;
    }

    DigitalLink parse(String uri) {
        if (uri.isEmpty()) {
            throw new InvalidDigitalLinkException(Gs1Problem.EMPTY);
        }
        for (int i = 0; i < uri.length(); i++) {
            if (URI_CHARACTERS.indexOf(uri.charAt(i)) < 0) {
                throw new InvalidDigitalLinkException(Gs1Problem.ILLEGAL_CHARACTER, String.valueOf(uri.charAt(i)));
            }
        }
        int fragment = uri.indexOf('#');
        String withoutFragment = fragment < 0 ? uri : uri.substring(0, fragment);
        int schemeEnd = withoutFragment.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : withoutFragment.substring(0, schemeEnd);
        if (!List.of("http", "https", "HTTP", "HTTPS").contains(scheme)) {
            throw new InvalidDigitalLinkException(Gs1Problem.SCHEME);
        }
        int hostStart = schemeEnd + 3;
        int queryStart = withoutFragment.indexOf('?', hostStart);
        String beforeQuery = queryStart < 0 ? withoutFragment : withoutFragment.substring(0, queryStart);
        int pathStart = beforeQuery.indexOf('/', hostStart);
        String host = beforeQuery.substring(hostStart, pathStart < 0 ? beforeQuery.length() : pathStart);
        requireValidHost(host);
        String path = pathStart < 0 ? "" : beforeQuery.substring(pathStart);
        if (path.length() > 1 && path.endsWith("/")) {
            throw new InvalidDigitalLinkException(Gs1Problem.TRAILING_SLASH);
        }
        String[] segments = path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
        int keyAt = primaryKeyPosition(segments);
        StringBuilder stem = new StringBuilder(scheme).append("://").append(host);
        for (int i = 0; i < keyAt; i++) {
            stem.append('/').append(segments[i]);
        }
        AiValue primaryKey = pathElement(segments, keyAt);
        List<AiValue> qualifiers = new ArrayList<>();
        for (int i = keyAt + 2; i < segments.length; i += 2) {
            qualifiers.add(pathElement(segments, i));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, String> others = new LinkedHashMap<>();
        if (queryStart >= 0) {
            readQuery(withoutFragment.substring(queryStart + 1), attributes, others);
        }
        return DigitalLinkRules.checked(
                dictionary, options, stem.toString(), primaryKey, qualifiers, attributes, others);
    }

    private static void requireValidHost(String host) {
        boolean valid;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            valid = close > 1
                    && host.substring(1, close).chars().allMatch(c -> AiLinters.isHex((char) c) || c == ':' || c == '.')
                    && port(host.substring(close + 1));
        } else {
            int colon = host.indexOf(':');
            String name = colon < 0 ? host : host.substring(0, colon);
            valid = !name.isEmpty()
                    && name.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.')
                    && port(colon < 0 ? "" : host.substring(colon));
        }
        if (!valid) {
            throw new InvalidDigitalLinkException(Gs1Problem.HOST);
        }
    }

    private static boolean port(String rest) {
        return rest.isEmpty() || rest.matches(":\\d{1,5}");
    }

    /** The index of the rightmost primary-key AI reached by walking back over /AI/value pairs. */
    private int primaryKeyPosition(String[] segments) {
        for (int i = segments.length - 2; i >= 0; i -= 2) {
            String ai = aiOf(segments[i]);
            if (ai == null || !dictionary.isKnown(ai)) {
                break;
            }
            if (dictionary.entry(ai).orElseThrow().isPrimaryKey()) {
                return i;
            }
        }
        throw new InvalidDigitalLinkException(Gs1Problem.NO_PRIMARY_KEY);
    }

    private @Nullable String aiOf(String segment) {
        if (!segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return segment;
        }
        return options.permitConvenienceAlphas() ? SHORT_NAMES.get(segment) : null;
    }

    private AiValue pathElement(String[] segments, int at) {
        String ai = aiOf(segments[at]);
        if (ai == null) {
            throw new InvalidDigitalLinkException(Gs1Problem.UNKNOWN_AI, segments[at]);
        }
        return new AiValue(ai, UriEscaping.unescapePath(segments[at + 1]));
    }

    private void readQuery(String query, Map<String, String> attributes, Map<String, String> others) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                continue; // a lone flag carries no data; the reference parser ignores it
            }
            String key = UriEscaping.unescapeQuery(pair.substring(0, equals));
            String value = UriEscaping.unescapeQuery(pair.substring(equals + 1));
            boolean numeric = !key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!numeric) {
                others.putIfAbsent(key, value);
            } else if (attributes.putIfAbsent(key, value) != null) {
                throw new InvalidDigitalLinkException(Gs1Problem.DUPLICATE_AI, key);
            }
        }
    }
}
