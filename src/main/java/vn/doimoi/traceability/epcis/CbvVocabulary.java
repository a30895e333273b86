package vn.doimoi.traceability.epcis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One CBV 2.0 standard vocabulary (business steps, dispositions, …): its bare words and the IRI
 * prefix they expand to. The lists come from {@code cbv-2.0-vocabularies.txt}, extracted from
 * the bundled context, so what validation accepts and what the hash expands never disagree.
 */
public enum CbvVocabulary {
    BIZ_STEP("bizStep", "urn:epcglobal:cbv:bizstep:"),
    DISPOSITION("disposition", "urn:epcglobal:cbv:disp:"),
    BIZ_TRANSACTION_TYPE("bizTransactionType", "urn:epcglobal:cbv:btt:"),
    SOURCE_DESTINATION_TYPE("sourceDestinationType", "urn:epcglobal:cbv:sdt:"),
    ERROR_REASON("errorReason", "urn:epcglobal:cbv:er:"),
    MEASUREMENT_TYPE("measurementType", null),
    SENSOR_ALERT_TYPE("sensorAlertType", null),
    COMPONENT("component", "urn:epcglobal:cbv:comp:");

    private static final Map<String, Entries> LISTS = load();

    private final String section;
    private final @Nullable String legacyUrnPrefix;

    CbvVocabulary(String section, @Nullable String legacyUrnPrefix) {
        this.section = section;
        this.legacyUrnPrefix = legacyUrnPrefix;
    }

    /** The standard bare words, in the standard's order. */
    public Set<String> words() {
        return entries().words;
    }

    /** The IRI prefix a bare word is appended to ({@code https://ref.gs1.org/cbv/BizStep-}). */
    public String iriPrefix() {
        return entries().prefix;
    }

    /** Whether the value is one of the standard bare words. */
    public boolean isStandardWord(String value) {
        return entries().words.contains(value);
    }

    /**
     * The value in its GS1 Web URI form: a standard bare word, a legacy URN
     * ({@code urn:epcglobal:cbv:bizstep:shipping}) or a CURIE of the context expanded; any other
     * value (a URI of the sender's own vocabulary) as it is.
     */
    String canonical(String value, JsonLdContext context) {
        String trimmed = value.strip();
        if (isStandardWord(trimmed)) {
            return iriPrefix() + trimmed;
        }
        if (legacyUrnPrefix != null && trimmed.toLowerCase(Locale.ROOT).startsWith(legacyUrnPrefix)) {
            return iriPrefix() + trimmed.substring(legacyUrnPrefix.length());
        }
        return context.expand(trimmed);
    }

    /** The value in its GS1 Web URI form, for a value given without a document (a query parameter). */
    public String canonical(String value) {
        return canonical(value, JsonLdContext.empty());
    }

    private Entries entries() {
        Entries entries = LISTS.get(section);
        if (entries == null) {
            throw new IllegalStateException("no CBV list " + section);
        }
        return entries;
    }

    private record Entries(String prefix, Set<String> words) {}

    private static Map<String, Entries> load() {
        String resource = "/traceability/epcis/cbv-2.0-vocabularies.txt";
        Map<String, Entries> lists = new LinkedHashMap<>();
        try (InputStream in = CbvVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String section = null;
            String prefix = "";
            Set<String> words = new LinkedHashSet<>();
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    if (section != null) {
                        lists.put(section, new Entries(prefix, Collections.unmodifiableSet(words)));
                    }
                    section = line.substring(1, line.indexOf(']'));
                    prefix = line.substring(line.indexOf(']') + 1).strip();
                    words = new LinkedHashSet<>();
                } else {
                    words.add(line);
                }
            }
            if (section != null) {
                lists.put(section, new Entries(prefix, Collections.unmodifiableSet(words)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lists);
    }
}
