package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a Digital Link from GS1 element data, choosing what goes in the path as the GS1 syntax engine does. */
final class DigitalLinkGeneration {

    private DigitalLinkGeneration() {}

    static DigitalLink fromElements(List<AiValue> elements, Gs1Dictionary dictionary, DigitalLinkOptions options) {
        return fromElements(elements, dictionary, options, DigitalLink.CANONICAL_STEM, Map.of());
    }

    static DigitalLink fromElements(
            List<AiValue> elements,
            Gs1Dictionary dictionary,
            DigitalLinkOptions options,
            String stem,
            Map<String, String> others) {
        Map<String, String> values = new LinkedHashMap<>();
        for (AiValue element : elements) {
            String earlier = values.putIfAbsent(element.ai(), element.value());
            if (earlier != null && !earlier.equals(element.value())) {
                throw new InvalidDigitalLinkException(Gs1Problem.CONFLICTING_VALUES, element.ai());
            }
        }
        AiEntry key = values.keySet().stream()
                .map(dictionary::entry)
                .flatMap(Optional::stream)
                .filter(AiEntry::isPrimaryKey)
                .findFirst()
                .orElseThrow(() -> new InvalidDigitalLinkException(Gs1Problem.NO_PRIMARY_KEY));
        List<String> best = List.of();
        int bestCount = -1;
        for (List<String> sequence : key.qualifierAlternatives()) {
            int count = (int) sequence.stream().filter(values::containsKey).count();
            if (count > bestCount) {
                best = sequence;
                bestCount = count;
            }
        }
        List<AiValue> qualifiers = new ArrayList<>();
        for (String ai : best) {
            if (values.containsKey(ai)) {
                qualifiers.add(new AiValue(ai, values.get(ai)));
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>(values);
        attributes.remove(key.ai());
        qualifiers.forEach(q -> attributes.remove(q.ai()));
        // the reference generator writes fixed-length AIs first, then the variable-length ones
        Map<String, String> ordered = new LinkedHashMap<>();
        for (boolean fixed : new boolean[] {true, false}) {
            attributes.forEach((ai, value) -> {
                if (dictionary.entry(ai).map(AiEntry::predefinedLength).orElse(false) == fixed) {
                    ordered.put(ai, value);
                }
            });
        }
        return DigitalLinkRules.checked(
                dictionary,
                options,
                stem,
                new AiValue(key.ai(), values.getOrDefault(key.ai(), "")),
                qualifiers,
                ordered,
                others);
    }
}
