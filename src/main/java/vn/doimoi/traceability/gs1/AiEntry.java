package vn.doimoi.traceability.gs1;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the GS1 Barcode Syntax Dictionary says about one Application Identifier.
 *
 * @param predefinedLength flag {@code *}: fixed length, no FNC1 separator after it
 * @param dataAttribute flag {@code ?}: allowed as a Digital Link query attribute
 * @param qualifierSequences the {@code dlpkey} alternatives (each an ordered list of optional
 *     qualifier AIs), or null when the AI is not a Digital Link primary key
 */
public record AiEntry(
        String ai,
        boolean predefinedLength,
        boolean dataAttribute,
        List<AiComponent> components,
        @Nullable List<List<String>> qualifierSequences,
        String title) {

    public AiEntry {
        components = List.copyOf(components);
        qualifierSequences = qualifierSequences == null
                ? null
                : qualifierSequences.stream().map(List::copyOf).toList();
    }

    /** Whether a Digital Link path may start with this AI. */
    public boolean isPrimaryKey() {
        return qualifierSequences != null;
    }

    /** The {@code dlpkey} alternatives, none when the AI is not a primary key. */
    public List<List<String>> qualifierAlternatives() {
        List<List<String>> sequences = qualifierSequences;
        return sequences == null ? List.of() : sequences;
    }

    /**
     * The {@code dlpkey} alternatives the given path qualifiers fit: each qualifier found in the
     * alternative, in its order, any of them left out.
     */
    public List<List<String>> alternativesFitting(List<String> qualifierAis) {
        return qualifierAlternatives().stream()
                .filter(sequence -> {
                    int at = 0;
                    for (String ai : qualifierAis) {
                        int found = sequence.subList(at, sequence.size()).indexOf(ai);
                        if (found < 0) {
                            return false;
                        }
                        at += found + 1;
                    }
                    return true;
                })
                .toList();
    }

    /** The shortest and longest value the components allow. */
    public int minLength() {
        return components.stream()
                .filter(c -> !c.optional())
                .mapToInt(AiComponent::minLength)
                .sum();
    }

    public int maxLength() {
        return components.stream().mapToInt(AiComponent::maxLength).sum();
    }

    /** The format in the dictionary's words, for messages, e.g. {@code N13 [X..17]}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (AiComponent c : components) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String len = c.minLength() == c.maxLength() ? String.valueOf(c.maxLength()) : ".." + c.maxLength();
            out.append(c.optional() ? "[" : "").append(c.charset()).append(len).append(c.optional() ? "]" : "");
        }
        return out.toString();
    }
}
