package vn.doimoi.opendata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The arguments of one OAI-PMH request, checked as the protocol says (verb, required, optional and
 * exclusive arguments, each once, of the shapes it allows); or the error the request is answered with.
 *
 * @param verb the verb, when it is one
 * @param values each argument but the verb, once
 * @param error {@code badVerb} or {@code badArgument}; null when the request may be answered
 * @param reason why, in the words the error element carries
 */
record OaiArguments(
        String verb, Map<String, String> values, @Nullable String error, String reason) {

    /** What OAI-PMH allows in a metadataPrefix or an identifier echoed in the request element. */
    private static final Pattern PREFIX_SHAPE = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]{1,100}");

    private static final Pattern IDENTIFIER_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,300}");

    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of(),
            "ListSets", Set.of(),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", Set.of("metadataPrefix"),
            "ListRecords", Set.of("metadataPrefix"));
    private static final Map<String, Set<String>> OPTIONAL = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "GetRecord", Set.of(),
            "ListIdentifiers", Set.of("from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("from", "until", "set", "resumptionToken"));

    static OaiArguments of(MultiValueMap<String, String> arguments) {
        List<String> verbs = arguments.getOrDefault("verb", List.of());
        if (verbs.size() != 1 || !REQUIRED.containsKey(verbs.get(0))) {
            return refused("badVerb", verbs.isEmpty() ? "No verb given" : "Not an OAI-PMH verb, or more than one");
        }
        String verb = verbs.get(0);
        Map<String, String> args = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : arguments.entrySet()) {
            String name = entry.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!REQUIRED.get(verb).contains(name) && !OPTIONAL.get(verb).contains(name)) {
                return refused("badArgument", "Argument not allowed with " + verb + ": " + shorten(name));
            }
            if (entry.getValue().size() != 1) {
                return refused("badArgument", "Argument repeated: " + name);
            }
            args.put(name, entry.getValue().get(0));
        }
        boolean resuming = args.containsKey("resumptionToken");
        if (resuming && args.size() > 1) {
            return refused("badArgument", "resumptionToken is an exclusive argument");
        }
        if (!resuming) {
            for (String required : REQUIRED.get(verb)) {
                if (!args.containsKey(required)) {
                    return refused("badArgument", "Missing argument: " + required);
                }
            }
        }
        String prefix = args.get("metadataPrefix");
        if (prefix != null && !PREFIX_SHAPE.matcher(prefix).matches()) {
            return refused("badArgument", "Not a metadataPrefix");
        }
        String identifier = args.get("identifier");
        if (identifier != null && !IDENTIFIER_SHAPE.matcher(identifier).matches()) {
            return refused("badArgument", "Not an identifier");
        }
        return new OaiArguments(verb, args, null, "");
    }

    private static OaiArguments refused(String error, String reason) {
        return new OaiArguments("", Map.of(), error, reason);
    }

    private static String shorten(String text) {
        String kept = Xml.clean(text);
        return kept.length() > 40 ? kept.substring(0, 40) + "…" : kept;
    }
}
