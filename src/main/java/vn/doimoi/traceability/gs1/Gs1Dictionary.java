package vn.doimoi.traceability.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The GS1 Barcode Syntax Dictionary (gs1-syntax-engine, Apache-2.0, copied verbatim into
 * {@code traceability/gs1/gs1-syntax-dictionary.txt}). Formats, check digits and the Digital Link
 * primary-key rules come from this file, not from tables in code, so a new dictionary release is
 * a file copy.
 */
public final class Gs1Dictionary {

    static final String RESOURCE = "/traceability/gs1/gs1-syntax-dictionary.txt";

    private static volatile @Nullable Gs1Dictionary standard;

    private final Map<String, AiEntry> entries;

    private Gs1Dictionary(Map<String, AiEntry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The dictionary shipped with the application (read once). */
    public static Gs1Dictionary standard() {
        Gs1Dictionary loaded = standard;
        if (loaded == null) {
            try (InputStream in = Gs1Dictionary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                loaded = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = loaded;
        }
        return loaded;
    }

    /** Reads a dictionary in the GS1 syntax dictionary format. */
    public static Gs1Dictionary read(InputStream in) throws IOException {
        Map<String, AiEntry> entries = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                parseLine(line, entries);
            }
        }
        return new Gs1Dictionary(entries);
    }

    private static void parseLine(String line, Map<String, AiEntry> entries) {
        int hash = line.indexOf('#');
        String title = hash < 0 ? "" : line.substring(hash + 1).trim();
        List<String> tokens = new ArrayList<>(Arrays.asList(
                line.substring(0, hash < 0 ? line.length() : hash).trim().split("\\s+")));
        String range = tokens.remove(0);
        String flags = !tokens.isEmpty() && tokens.get(0).matches("[^A-Za-z0-9\\[]+") ? tokens.remove(0) : "";
        List<AiComponent> components = new ArrayList<>();
        List<List<String>> qualifiers = null;
        for (String token : tokens) {
            if (token.matches("\\[?[NXYZ]\\d*(\\.\\.\\d+)?]?(,\\w+)*")) {
                components.add(AiComponent.parse(token));
            } else if (token.equals("dlpkey")) {
                qualifiers = List.of(List.of());
            } else if (token.startsWith("dlpkey=")) {
                qualifiers = Arrays.stream(token.substring(7).split("\\|"))
                        .map(seq -> List.of(seq.split(",")))
                        .toList();
            }
        }
        String[] bounds = range.split("-");
        String last = bounds.length == 2 ? bounds[1] : bounds[0];
        for (int n = Integer.parseInt(bounds[0]); n <= Integer.parseInt(last); n++) {
            String ai = String.format("%0" + bounds[0].length() + "d", n);
            entries.put(ai, new AiEntry(ai, flags.contains("*"), flags.contains("?"), components, qualifiers, title));
        }
    }

    /** The entry for an AI, if the dictionary knows it. */
    public Optional<AiEntry> entry(String ai) {
        return Optional.ofNullable(entries.get(ai));
    }

    public boolean isKnown(String ai) {
        return entries.containsKey(ai);
    }

    /**
     * The AI at the start of element-string data. AIs are prefix-free, so at most one of the
     * two-, three- and four-digit heads is known.
     */
    public Optional<AiEntry> entryAtStartOf(String data) {
        for (int length = 2; length <= 4 && length <= data.length(); length++) {
            AiEntry entry = entries.get(data.substring(0, length));
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Whether the AIs form valid Digital Link path info: a primary key, then its qualifiers in order. */
    public boolean isValidPathSequence(List<String> ais) {
        if (ais.isEmpty()) {
            return false;
        }
        return entry(ais.get(0))
                .filter(AiEntry::isPrimaryKey)
                .map(key -> !key.alternativesFitting(ais.subList(1, ais.size())).isEmpty())
                .orElse(false);
    }

    /** Refuses a value that breaks the AI's format, check digit or other content rules. */
    public void validate(String ai, String value) {
        validate(ai, value, true);
    }

    /** As {@link #validate(String, String)}, the check digits verified only when asked. */
    public void validate(String ai, String value, boolean checkDigits) {
        AiEntry entry = entry(ai).orElseThrow(() -> new InvalidGs1DataException(Gs1Problem.UNKNOWN_AI, ai));
        if (value.isEmpty()) {
            throw new InvalidGs1DataException(Gs1Problem.EMPTY_VALUE, ai);
        }
        int at = 0;
        for (AiComponent component : entry.components()) {
            if (at == value.length() && component.optional()) {
                break;
            }
            int length = Math.min(component.maxLength(), value.length() - at);
            if (length < component.minLength()) {
                throw badFormat(entry, value);
            }
            String part = value.substring(at, at + length);
            for (int i = 0; i < part.length(); i++) {
                if (!component.accepts(part.charAt(i))) {
                    throw badFormat(entry, value);
                }
            }
            for (String linter : component.linters()) {
                if ((checkDigits || !linter.startsWith("csum")) && !AiLinters.passes(linter, part)) {
                    throw linter.startsWith("csum")
                            ? new InvalidGs1DataException(Gs1Problem.BAD_CHECK_DIGIT, "AI (" + ai + ")", value)
                            : new InvalidGs1DataException(Gs1Problem.BAD_CONTENT, ai, value, linter);
                }
            }
            at += length;
        }
        if (at < value.length()) {
            throw badFormat(entry, value);
        }
    }

    private static InvalidGs1DataException badFormat(AiEntry entry, String value) {
        String need = entry.components().size() == 1 ? entry.components().get(0).describe() : entry.format();
        return new InvalidGs1DataException(Gs1Problem.BAD_FORMAT, entry.ai(), value, need);
    }
}
