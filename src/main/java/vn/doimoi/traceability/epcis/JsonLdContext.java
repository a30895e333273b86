package vn.doimoi.traceability.epcis;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a document's {@code @context} says, as far as EPCIS needs it: whether the standard
 * context is named, and the prefixes the sender declared for its extensions and CURIEs. Not a
 * JSON-LD processor: EPCIS documents only ever add prefix declarations to the standard context.
 */
final class JsonLdContext {

    static final String EPCIS = "https://ref.gs1.org/epcis/";
    static final String CBV = "https://ref.gs1.org/cbv/";

    private static final JsonLdContext EMPTY = new JsonLdContext(false, Map.of());

    private final boolean standard;
    private final Map<String, String> declared;

    private JsonLdContext(boolean standard, Map<String, String> declared) {
        this.standard = standard;
        this.declared = declared;
    }

    static JsonLdContext empty() {
        return EMPTY;
    }

    /** This context with a nested {@code @context} (an event's own, or an extension's) applied on top. */
    JsonLdContext with(@Nullable JsonNode context) {
        if (context == null || context.isMissingNode() || context.isNull()) {
            return this;
        }
        boolean names = standard;
        Map<String, String> prefixes = new HashMap<>(declared);
        for (JsonNode part : context.isArray() ? context.values() : java.util.List.of(context)) {
            if (part.isString()) {
                names |= EpcisContexts.isStandard(part.stringValue());
            } else if (part.isObject()) {
                for (Map.Entry<String, JsonNode> entry : part.properties()) {
                    JsonNode value = entry.getValue();
                    String iri = value.isString()
                            ? value.stringValue()
                            : value.path("@id").asString("");
                    if (!entry.getKey().startsWith("@") && !iri.isEmpty()) {
                        prefixes.put(entry.getKey(), iri);
                    }
                }
            }
        }
        return new JsonLdContext(names, Map.copyOf(prefixes));
    }

    /** Whether the standard EPCIS context is among the ones named. */
    boolean namesStandardContext() {
        return standard;
    }

    /** The namespace IRI of a prefix the sender declared, or null. */
    @Nullable
    String declared(String prefix) {
        return declared.get(prefix);
    }

    /** The namespace IRI of a prefix, declared by the sender or by the standard context. */
    @Nullable
    String namespace(String prefix) {
        String iri = declared.get(prefix);
        return iri != null ? iri : EpcisContexts.standardPrefixes().get(prefix);
    }

    /** A CURIE ({@code example:thing}) with a known prefix expanded; any other value as it is. */
    String expand(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || value.startsWith("//", colon + 1)) {
            return value;
        }
        String iri = namespace(value.substring(0, colon));
        return iri == null ? value : iri + value.substring(colon + 1);
    }

    /** Whether the value is a CURIE whose prefix this context knows. */
    boolean isKnownCurie(String value) {
        int colon = value.indexOf(':');
        return colon > 0 && !value.startsWith("//", colon + 1) && namespace(value.substring(0, colon)) != null;
    }
}
