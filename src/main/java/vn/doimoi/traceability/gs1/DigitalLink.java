package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A GS1 Digital Link URI taken apart: the stem it was read under, the primary key, the key
 * qualifiers in path order, the GS1 data attributes of the query (AI → value, in order) and the
 * other query parameters (such as {@code linkType}). Values are held decoded. {@link #parse},
 * {@link #fromElementString} and {@link #forProduct} check every GS1 DL URI Syntax rule; the
 * constructor checks nothing, so build through them.
 */
public record DigitalLink(
        String stem,
        AiValue primaryKey,
        List<AiValue> keyQualifiers,
        Map<String, String> dataAttributes,
        Map<String, String> otherParameters) {

    /** The canonical GS1 resolver, used when no stem is given. */
    public static final String CANONICAL_STEM = "https://id.gs1.org";

    public DigitalLink {
        keyQualifiers = List.copyOf(keyQualifiers);
        dataAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(dataAttributes));
        otherParameters = Collections.unmodifiableMap(new LinkedHashMap<>(otherParameters));
    }

    /** Reads a Digital Link URI under the strict rules; a compressed URI is decompressed first. */
    public static DigitalLink parse(String uri) {
        return parse(uri, DigitalLinkOptions.STRICT);
    }

    public static DigitalLink parse(String uri, DigitalLinkOptions options) {
        DigitalLinkParser parser = new DigitalLinkParser(Gs1Dictionary.standard(), options);
        try {
            // read as an uncompressed link first: the event hash reads every URI of an event (most
            // are plain links or no link at all), and asking "compressed?" first parsed each twice
            return parser.parse(uri);
        } catch (InvalidDigitalLinkException e) {
            if (DigitalLinkCompression.isCompressed(uri)) {
                return parser.parse(DigitalLinkCompression.decompress(uri));
            }
            throw e;
        }
    }

    /**
     * The Digital Link for GS1 element data, {@code (01)…(10)…} or {@code ^01…}: the first primary key
     * goes in the path with the qualifiers of its best-fitting {@code dlpkey} alternative, the rest in
     * the query in the order given; an element repeated with the same value counts once.
     */
    public static DigitalLink fromElementString(String elementString) {
        return fromElementString(elementString, DigitalLinkOptions.STRICT);
    }

    public static DigitalLink fromElementString(String elementString, DigitalLinkOptions options) {
        try {
            return DigitalLinkGeneration.fromElements(
                    ElementStrings.parse(elementString, Gs1Dictionary.standard()), Gs1Dictionary.standard(), options);
        } catch (InvalidDigitalLinkException e) {
            throw e;
        } catch (InvalidGs1DataException e) {
            throw new InvalidDigitalLinkException(e);
        }
    }

    /** The link printed on a product's label: GTIN, then lot and serial when given. */
    public static DigitalLink forProduct(Gtin gtin, @Nullable String lot, @Nullable String serial) {
        List<AiValue> qualifiers = new ArrayList<>();
        if (lot != null) {
            qualifiers.add(new AiValue("10", lot));
        }
        if (serial != null) {
            qualifiers.add(new AiValue("21", serial));
        }
        return DigitalLinkRules.checked(
                Gs1Dictionary.standard(),
                DigitalLinkOptions.STRICT,
                CANONICAL_STEM,
                new AiValue("01", gtin.value()),
                qualifiers,
                Map.of(),
                Map.of());
    }

    /** The URI under another stem (our resolver's address, or "" for a relative path). */
    public String toUri(@Nullable String stem) {
        String base = stem == null ? CANONICAL_STEM : stem;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        StringBuilder out = new StringBuilder(base).append(path());
        StringJoiner query = new StringJoiner("&");
        dataAttributes.forEach((ai, value) -> query.add(ai + "=" + UriEscaping.escapeQuery(value)));
        otherParameters.forEach(
                (name, value) -> query.add(UriEscaping.escapeQuery(name) + "=" + UriEscaping.escapeQuery(value)));
        if (query.length() > 0) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** The URI under the stem it was read or built with. */
    public String toUri() {
        return toUri(stem);
    }

    /** The path part: {@code /01/…/10/…}, values percent-encoded. */
    public String path() {
        StringBuilder out = new StringBuilder();
        out.append('/').append(primaryKey.ai()).append('/').append(UriEscaping.escapePath(primaryKey.value()));
        for (AiValue qualifier : keyQualifiers) {
            out.append('/').append(qualifier.ai()).append('/').append(UriEscaping.escapePath(qualifier.value()));
        }
        return out.toString();
    }

    /** All GS1 elements in URI order: key, qualifiers, then data attributes. */
    public List<AiValue> elements() {
        List<AiValue> elements = new ArrayList<>();
        elements.add(primaryKey);
        elements.addAll(keyQualifiers);
        dataAttributes.forEach((ai, value) -> elements.add(new AiValue(ai, value)));
        return elements;
    }

    /** The element string in {@code ^} notation ({@code ^} = FNC1), ready for a GS1 DataMatrix or GS1-128. */
    public String elementString() {
        return ElementStrings.caret(elements(), Gs1Dictionary.standard());
    }

    /** The human-readable text under a code: {@code (01)09520123456788(10)ABC1}. */
    public String hri() {
        StringBuilder out = new StringBuilder();
        elements().forEach(e -> out.append(e.hri()));
        return out.toString();
    }

    /** The value of an AI wherever it appears (key, qualifier or attribute). */
    public Optional<String> valueOf(String ai) {
        return elements().stream()
                .filter(e -> e.ai().equals(ai))
                .map(AiValue::value)
                .findFirst();
    }

    /** The GTIN when the primary key is (01). */
    public Optional<Gtin> gtin() {
        return primaryKey.ai().equals("01") ? Optional.of(new Gtin(primaryKey.value())) : Optional.empty();
    }

    public Optional<String> lot() {
        return valueOf("10");
    }

    public Optional<String> serial() {
        return valueOf("21");
    }
}
