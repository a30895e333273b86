package vn.doimoi.traceability.epcis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS 2.0 JSON-LD context, bundled: the same bytes answer both context URLs, so a
 * document is read and hashed without fetching anything (a service that fetched contexts
 * would depend on ref.gs1.org being up, and could be made to call any address a sender names).
 * The file is GS1's context as cached by RalphTro/epcis-event-hash-generator (MIT), named there
 * by its SHA-256 {@value #SHA_256}.
 */
public final class EpcisContexts {

    /** The unversioned context URL most documents use. */
    public static final String CURRENT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";

    /** The versioned context URL of EPCIS 2.0.0. */
    public static final String VERSION_2_0_0 = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    /** Both URLs this service answers from the bundled file. */
    public static final Set<String> URLS = Set.of(CURRENT, VERSION_2_0_0);

    static final String SHA_256 = "e532647e8eb371379b8b0e8602d8981c8566bc60f7351f22c76a5bc865962008";

    private static final String RESOURCE = "/traceability/epcis/epcis-context.jsonld";
    private static final byte[] BYTES = load();
    private static final Map<String, String> PREFIXES = prefixes(BYTES);

    private EpcisContexts() {}

    /** Whether the URL names the EPCIS 2.0 context (either spelling). */
    public static boolean isStandard(String url) {
        return URLS.contains(url.strip());
    }

    /** The bundled context, byte for byte. */
    public static byte[] bytes() {
        return BYTES.clone();
    }

    /** The bundled context as a stream (to serve it, or hand it to a JSON-LD processor). */
    public static InputStream open() {
        return new ByteArrayInputStream(BYTES);
    }

    /** The prefixes the standard context declares ({@code cbv}, {@code gs1}, {@code epcis}, …). */
    static Map<String, String> standardPrefixes() {
        return PREFIXES;
    }

    private static byte[] load() {
        try (InputStream in = EpcisContexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> prefixes(byte[] bytes) {
        JsonNode context = JsonMapper.builder().build().readTree(bytes).path("@context");
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : context.properties()) {
            String value = entry.getValue().isString() ? entry.getValue().stringValue() : "";
            if (value.endsWith("/") || value.endsWith(":") || value.endsWith("#")) {
                prefixes.put(entry.getKey(), value);
            }
        }
        return Map.copyOf(prefixes);
    }
}
