package vn.doimoi.traceability.epcis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.doimoi.traceability.epcis.PreHashNode.Element;
import vn.doimoi.traceability.epcis.PreHashNode.Pair;

/**
 * The CBV 2.0 "EPCIS Event Hash ID": {@code ni:///sha-256;<hex>?ver=CBV2.0} (RFC 6920) of a
 * canonical pre-hash string, so the same event captured twice, in JSON or XML, with URNs or
 * Digital Link URIs, in any field order or time zone, gets the same identifier. The repository
 * uses it as {@code eventID} when the sender gives none, and to refuse a duplicate. The
 * canonicalisation follows the reference implementation (RalphTro/epcis-event-hash-generator)
 * and is held to its test vectors; {@code recordTime}, {@code eventID} and
 * {@code errorDeclaration} are not part of the identity.
 */
public final class EventHash {

    private static final Set<String> NOT_HASHED = Set.of("recordTime", "eventID", "type", "errorDeclaration");
    private static final Set<String> KEEP_ORDER = Set.of("bizTransaction", "source", "destination");

    private EventHash() {}

    /** The event hash ID of the event. */
    public static String of(EpcisEvent event) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(preHash(event).getBytes(StandardCharsets.UTF_8));
            return "ni:///sha-256;" + HexFormat.of().formatHex(digest) + "?ver=CBV2.0";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The canonical string that is hashed (to compare with another implementation's when hashes differ). */
    public static String preHash(EpcisEvent event) {
        Element tree = PreHashTree.of(event);
        List<PreHashNode> children = tree.children();
        String ordered = inOrder(children, PreHashOrder.EVENT);
        List<PreHashNode> rest = new ArrayList<>();
        for (PreHashNode child : children) {
            if (!(child instanceof Element element)
                    || !NOT_HASHED.contains(element.name()) && !ignored(element.name(), event)) {
                rest.add(child);
            }
        }
        return "eventType=" + tree.name() + ordered + generic(rest);
    }

    private static boolean ignored(String name, EpcisEvent event) {
        for (String field : event.ignoredFields()) {
            if (name.equals(field) || name.equals(expandedName(field, event))) {
                return true;
            }
        }
        return false;
    }

    private static String expandedName(String field, EpcisEvent event) {
        for (String prefix : List.of("https://", "http://", "urn:")) {
            if (field.startsWith(prefix)) {
                int cut = Math.max(field.lastIndexOf('/'), field.lastIndexOf(':'));
                return "{" + field.substring(0, cut + 1) + "}" + field.substring(cut + 1);
            }
        }
        return field;
    }

    /**
     * The fields named by the order, each group of same-named elements sorted; consumed elements
     * leave the list, so what remains afterwards is hashed as extensions.
     */
    private static String inOrder(List<PreHashNode> children, List<PreHashOrder> order) {
        StringBuilder text = new StringBuilder();
        List<PreHashNode> extensions = userExtensions(children);
        for (PreHashOrder field : order) {
            List<String> values = new ArrayList<>();
            for (PreHashNode child : List.copyOf(children)) {
                if (child instanceof Element element && element.name().equals(field.name())) {
                    String value = element(element, field.children());
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                    if (element.children().isEmpty()) {
                        children.remove(element);
                    }
                }
            }
            values.sort(null);
            values.forEach(text::append);
        }
        if (!extensions.isEmpty()) {
            text.append(generic(extensions));
        }
        return text.toString();
    }

    private static String element(Element element, List<PreHashOrder> order) {
        String nested = order.isEmpty() ? "" : inOrder(element.children(), order);
        String value = "";
        if (!element.text().isEmpty()) {
            String name = element.name().toLowerCase(Locale.ROOT);
            String text = element.text().strip();
            value = name.contains("time") && !name.contains("offset")
                    ? PreHashValues.timestamp(text)
                    : PreHashValues.canonical(text);
            value = value.isEmpty() ? "" : "=" + value;
        }
        return value.isEmpty() && nested.isEmpty() ? "" : element.name() + value + nested;
    }

    /** Namespaced fields nested in a structured field (a read point's, a sensor report's): hashed after it. */
    private static List<PreHashNode> userExtensions(List<PreHashNode> children) {
        List<PreHashNode> extensions = new ArrayList<>();
        if (children.size() <= 1) {
            return extensions;
        }
        for (PreHashNode child : children) {
            if (child instanceof Element element
                    && (element.name().contains("eventTime") || element.name().contains("action"))) {
                return extensions; // the event's own level: its extensions are hashed with the rest
            }
        }
        for (PreHashNode child : children) {
            if (child instanceof Element element
                    && element.name().contains("{")
                    && element.name().contains("/}")) {
                extensions.add(child);
            }
        }
        children.removeAll(extensions);
        return extensions;
    }

    /** Elements outside the fixed order: name=value and children, sorted unless the order is meaningful. */
    private static String generic(List<PreHashNode> children) {
        List<String> values = new ArrayList<>();
        boolean keepOrder = false;
        for (PreHashNode child : children) {
            if (child instanceof Pair pair) {
                values.add(generic(List.of(pair.first(), pair.second())));
            } else {
                Element element = (Element) child;
                keepOrder |= KEEP_ORDER.contains(element.name());
                String text = element.text().strip();
                values.add(element.name()
                        + (text.isEmpty() ? "" : "=" + PreHashValues.canonical(text))
                        + generic(element.children()));
            }
        }
        if (children.size() > 1 && !keepOrder) {
            values.sort(null);
        }
        return String.join("", values);
    }
}
