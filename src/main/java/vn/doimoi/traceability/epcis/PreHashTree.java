package vn.doimoi.traceability.epcis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.doimoi.traceability.epcis.PreHashNode.Element;
import vn.doimoi.traceability.epcis.PreHashNode.Pair;

/**
 * Turns an event's JSON-LD into the element tree of the XML binding, as the CBV 2.0 reference
 * implementation (RalphTro/epcis-event-hash-generator) does before it builds the pre-hash string:
 * CBV bare words become Web URIs, declared prefixes are expanded, a list becomes repeated elements
 * ({@code epcList} → {@code epc}, {@code quantityList} → {@code quantityElement}), comments drop out.
 */
final class PreHashTree {

    private static final Set<String> SKIPPED = Set.of("#text", "rdfs:comment", "comment", "@context");
    private static final Set<String> PAIR_LISTS = Set.of("sourceList", "destinationList", "bizTransactionList");
    private static final Set<String> KEEP_ORDER = Set.of("bizTransaction", "source", "destination");

    private final JsonLdContext context;
    private final Set<String> vocabularyIris;

    private PreHashTree(JsonLdContext context, Set<String> vocabularyIris) {
        this.context = context;
        this.vocabularyIris = vocabularyIris;
    }

    /** The event as an element named by its type, its fields as children. */
    static Element of(EpcisEvent event) {
        Set<String> iris = new HashSet<>();
        VocabularyPositions.collect(event, iris);
        Element tree = new PreHashTree(event.context(), iris).element(event.node());
        return corrected(tree);
    }

    private Element element(JsonNode json) {
        if (json.isArray()) {
            List<PreHashNode> children = new ArrayList<>();
            json.values().forEach(child -> children.add(element(child)));
            children.sort(null);
            return new Element("", "", children);
        }
        if (!json.isObject()) {
            return new Element("", scalar(json), List.of());
        }
        String name = json.has("type") ? scalar(json.get("type")) : "";
        String text = json.has("#text") ? scalar(json.get("#text")) : "";
        List<PreHashNode> children = new ArrayList<>();
        boolean keepOrder = false;
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            String key = field.getKey();
            keepOrder |= KEEP_ORDER.contains(key);
            if (SKIPPED.contains(key) || key.startsWith("@xmlns")) {
                continue;
            }
            Element child = element(field.getValue());
            String expanded = expandKey(key);
            if (field.getValue().isArray()) {
                for (PreHashNode element : child.children()) {
                    Element each = (Element) element;
                    children.add(new Element(expanded, each.text(), each.children()));
                }
            } else {
                children.add(new Element(expanded, child.text(), child.children()));
            }
        }
        if (!keepOrder) {
            children.sort(null);
        }
        return new Element(name, text, children);
    }

    private String scalar(JsonNode value) {
        if (value.isString()) {
            return expandValue(bareWord(value.stringValue()));
        }
        if (value.isNumber()) {
            return PreHashValues.pythonNumber(value.numberValue());
        }
        return value.isNull() ? "" : value.asString();
    }

    /** A bare word matched to the one CBV/GS1 vocabulary URI of this event ending in "-word" or "/word". */
    private String bareWord(String value) {
        String match = null;
        for (String iri : vocabularyIris) {
            if (iri.endsWith("-" + value) || iri.endsWith("/" + value)) {
                if (match != null) {
                    return value; // ambiguous: the reference leaves it as it is
                }
                match = iri;
            }
        }
        return match == null ? value : match;
    }

    private String expandKey(String key) {
        int colon = key.indexOf(':');
        String iri = colon > 0 ? context.declared(key.substring(0, colon)) : null;
        return iri == null ? key : "{" + iri + "}" + key.substring(colon + 1);
    }

    private String expandValue(String value) {
        int colon = value.indexOf(':');
        String iri = colon > 0 ? context.declared(value.substring(0, colon)) : null;
        return iri == null ? value : iri + value.substring(colon + 1);
    }

    /**
     * The JSON binding's lists brought to the XML shape: {@code xList: [a, b]} becomes an element
     * {@code xList} with children {@code x}, inputs and outputs are {@code epc}, quantities
     * {@code quantityElement}; transactions, sources and destinations become pairs.
     */
    private static Element corrected(Element node) {
        List<PreHashNode> children = new ArrayList<>(node.children());
        Map<String, List<Element>> lists = new LinkedHashMap<>();
        for (PreHashNode child : List.copyOf(children)) {
            if (child instanceof Element element && element.name().endsWith("List")) {
                lists.computeIfAbsent(element.name(), name -> new ArrayList<>())
                        .add(element.renamed(
                                element.name().substring(0, element.name().length() - 4)));
                children.remove(child);
            }
        }
        lists.forEach((name, elements) -> {
            List<PreHashNode> items = new ArrayList<>();
            for (Element element : elements) {
                items.add(PAIR_LISTS.contains(name) ? pair(element) : element);
            }
            children.add(new Element(name, "", items));
        });
        List<PreHashNode> epcs = new ArrayList<>();
        for (PreHashNode child : List.copyOf(children)) {
            if (child instanceof Element element && element.name().equals("childEPCs")) {
                epcs.add(new Element("epc", element.text(), List.of()));
                children.remove(child);
            }
        }
        if (!epcs.isEmpty()) {
            children.add(new Element("childEPCs", "", epcs));
        }
        List<PreHashNode> result = new ArrayList<>();
        for (PreHashNode child : children) {
            boolean pairs = child instanceof Element element && PAIR_LISTS.contains(element.name());
            result.add(pairs || child instanceof Pair ? child : corrected((Element) child));
        }
        return renamed(new Element(node.name(), node.text(), result));
    }

    private static PreHashNode pair(Element element) {
        List<PreHashNode> parts = element.children();
        if (parts.size() < 2) {
            return element; // a transaction without a type: kept whole rather than dropping the event
        }
        return new Pair((Element) parts.get(0), (Element) parts.get(1));
    }

    private static Element renamed(Element node) {
        return switch (node.name()) {
            case "inputEPC", "outputEPC" -> node.renamed("epc");
            case "inputQuantity", "outputQuantity", "childQuantity" -> node.renamed("quantityElement");
            case "quantity" -> node.children().isEmpty() ? node : node.renamed("quantityElement");
            default -> node;
        };
    }

    /** The CBV and GS1 vocabulary URIs an event uses, for matching its bare words. */
    static final class VocabularyPositions {

        private VocabularyPositions() {}

        static void collect(EpcisEvent event, Set<String> iris) {
            JsonNode json = event.node();
            JsonLdContext context = event.context();
            add(json.get("bizStep"), CbvVocabulary.BIZ_STEP, context, iris);
            add(json.get("disposition"), CbvVocabulary.DISPOSITION, context, iris);
            json.path("persistentDisposition")
                    .path("set")
                    .values()
                    .forEach(v -> add(v, CbvVocabulary.DISPOSITION, context, iris));
            json.path("persistentDisposition")
                    .path("unset")
                    .values()
                    .forEach(v -> add(v, CbvVocabulary.DISPOSITION, context, iris));
            json.path("bizTransactionList")
                    .values()
                    .forEach(v -> add(v.get("type"), CbvVocabulary.BIZ_TRANSACTION_TYPE, context, iris));
            json.path("sourceList")
                    .values()
                    .forEach(v -> add(v.get("type"), CbvVocabulary.SOURCE_DESTINATION_TYPE, context, iris));
            json.path("destinationList")
                    .values()
                    .forEach(v -> add(v.get("type"), CbvVocabulary.SOURCE_DESTINATION_TYPE, context, iris));
            add(json.path("errorDeclaration").get("reason"), CbvVocabulary.ERROR_REASON, context, iris);
            for (JsonNode element : json.path("sensorElementList").values()) {
                for (JsonNode report : element.path("sensorReport").values()) {
                    add(report.get("type"), CbvVocabulary.MEASUREMENT_TYPE, context, iris);
                    add(report.get("exception"), CbvVocabulary.SENSOR_ALERT_TYPE, context, iris);
                    add(report.get("component"), CbvVocabulary.COMPONENT, context, iris);
                }
            }
        }

        private static void add(
                @Nullable JsonNode value, CbvVocabulary vocabulary, JsonLdContext context, Set<String> iris) {
            if (value != null && value.isString()) {
                String iri = vocabulary.canonical(value.stringValue(), context);
                if (iri.startsWith("https://ref.gs1.org/cbv") || iri.startsWith("https://gs1.org/voc")) {
                    iris.add(iri);
                }
            }
        }
    }
}
