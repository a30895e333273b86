package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a Digital Link must keep whichever way it was made (parsed, generated from element
 * strings, built for a product): known AIs, values in their format, qualifiers in the order of the
 * primary key's {@code dlpkey} alternative, no AI twice, and in the query only AIs flagged as data
 * attributes that could not have been path qualifiers.
 */
final class DigitalLinkRules {

    private DigitalLinkRules() {}

    static DigitalLink checked(
            Gs1Dictionary dictionary,
            DigitalLinkOptions options,
            String stem,
            AiValue primaryKey,
            List<AiValue> qualifiers,
            Map<String, String> attributes,
            Map<String, String> others) {
        AiEntry key = dictionary
                .entry(primaryKey.ai())
                .filter(AiEntry::isPrimaryKey)
                .orElseThrow(() -> new InvalidDigitalLinkException(Gs1Problem.NO_PRIMARY_KEY));
        Set<String> seen = new HashSet<>();
        AiValue checkedKey = checkedValue(dictionary, options, primaryKey, seen);
        List<AiValue> checkedQualifiers = new ArrayList<>();
        for (AiValue qualifier : qualifiers) {
            checkedQualifiers.add(checkedValue(dictionary, options, qualifier, seen));
        }
        List<List<String>> compatible = compatibleSequences(key, checkedQualifiers);
        Map<String, String> checkedAttributes = new LinkedHashMap<>();
        attributes.forEach((ai, value) -> {
            AiValue attribute = checkedAttribute(dictionary, options, new AiValue(ai, value), compatible, key, seen);
            checkedAttributes.put(attribute.ai(), attribute.value());
        });
        return new DigitalLink(stem, checkedKey, checkedQualifiers, checkedAttributes, others);
    }

    /** The primary key's qualifier alternatives the path qualifiers fit (in order, each optional). */
    private static List<List<String>> compatibleSequences(AiEntry key, List<AiValue> qualifiers) {
        List<List<String>> compatible =
                key.alternativesFitting(qualifiers.stream().map(AiValue::ai).toList());
        if (compatible.isEmpty()) {
            String wrong = qualifiers.stream()
                    .map(AiValue::ai)
                    .filter(ai -> key.qualifierAlternatives().stream().noneMatch(s -> s.contains(ai)))
                    .findFirst()
                    .orElse(qualifiers.get(qualifiers.size() - 1).ai());
            throw new InvalidDigitalLinkException(Gs1Problem.BAD_QUALIFIER, wrong, key.ai());
        }
        return compatible;
    }

    private static AiValue checkedAttribute(
            Gs1Dictionary dictionary,
            DigitalLinkOptions options,
            AiValue attribute,
            List<List<String>> compatible,
            AiEntry key,
            Set<String> seen) {
        String ai = attribute.ai();
        if (!dictionary.isKnown(ai)) {
            if (!options.permitUnknownAis()) {
                throw new InvalidDigitalLinkException(Gs1Problem.UNKNOWN_AI, ai);
            }
            if (options.unknownAiNotDataAttribute()) {
                throw new InvalidDigitalLinkException(Gs1Problem.NOT_A_DATA_ATTRIBUTE, ai);
            }
            requirePresent(attribute);
            if (!seen.add(ai)) {
                throw new InvalidDigitalLinkException(Gs1Problem.DUPLICATE_AI, ai);
            }
            return attribute;
        }
        if (seen.contains(ai)) {
            throw new InvalidDigitalLinkException(Gs1Problem.DUPLICATE_AI, ai);
        }
        if (compatible.stream().anyMatch(sequence -> sequence.contains(ai))) {
            throw new InvalidDigitalLinkException(Gs1Problem.BELONGS_IN_PATH, ai);
        }
        if (!dictionary.entry(ai).orElseThrow().dataAttribute()) {
            throw new InvalidDigitalLinkException(Gs1Problem.NOT_A_DATA_ATTRIBUTE, ai);
        }
        return checkedValue(dictionary, options, attribute, seen);
    }

    private static AiValue checkedValue(
            Gs1Dictionary dictionary, DigitalLinkOptions options, AiValue element, Set<String> seen) {
        requirePresent(element);
        if (!seen.add(element.ai())) {
            throw new InvalidDigitalLinkException(Gs1Problem.DUPLICATE_AI, element.ai());
        }
        String value = element.value();
        if (element.ai().equals("01")
                && options.permitZeroSuppressedGtin()
                && (value.length() == 8 || value.length() == 12 || value.length() == 13)) {
            value = "0".repeat(14 - value.length()) + value;
        }
        try {
            dictionary.validate(element.ai(), value, options.verifyCheckDigits());
        } catch (InvalidDigitalLinkException e) {
            throw e;
        } catch (InvalidGs1DataException e) {
            throw new InvalidDigitalLinkException(e);
        }
        return new AiValue(element.ai(), value);
    }

    private static void requirePresent(AiValue element) {
        if (element.value().isEmpty()) {
            throw new InvalidDigitalLinkException(Gs1Problem.EMPTY_VALUE, element.ai());
        }
        if (element.value().indexOf('\0') >= 0) {
            throw new InvalidDigitalLinkException(Gs1Problem.NUL_CHARACTER, element.ai());
        }
    }
}
