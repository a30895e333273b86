package vn.doimoi.rules.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.doimoi.shared.DomainException;

/**
 * A version's values as the editor shows them: one line per leaf, named by its path
 * ({@code quorum.numerator}, {@code scoring.criteria[2].max}). An edit sets leaves that exist, in the
 * type they have; the shape of a rule is the code's, its values the Department's.
 */
public final class Leaves {

    /** One value: its path, its type and its text. */
    public record Leaf(String path, LeafType type, String text) {

        /** The path without list positions, the key of its label ({@code scoring.criteria.max}). */
        public String labelKey() {
            return path.replaceAll("\\[\\d+]", "");
        }
    }

    public enum LeafType {
        NUMBER,
        BOOLEAN,
        TEXT,
        EMPTY
    }

    private Leaves() {}

    public static List<Leaf> of(JsonNode values) {
        List<Leaf> leaves = new ArrayList<>();
        collect("", values, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, List<Leaf> leaves) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else if (node.isNumber()) {
            leaves.add(new Leaf(
                    path,
                    LeafType.NUMBER,
                    node.decimalValue().stripTrailingZeros().toPlainString()));
        } else if (node.isBoolean()) {
            leaves.add(new Leaf(path, LeafType.BOOLEAN, Boolean.toString(node.booleanValue())));
        } else if (node.isNull()) {
            leaves.add(new Leaf(path, LeafType.EMPTY, ""));
        } else {
            leaves.add(new Leaf(path, LeafType.TEXT, node.asString()));
        }
    }

    /** A copy of {@code values} with the given leaves set; an unknown path or a mistyped value is refused. */
    public static JsonNode with(JsonNode values, Map<String, String> edits) {
        JsonNode copy = values.deepCopy();
        Map<String, Leaf> known = new java.util.HashMap<>();
        of(values).forEach(leaf -> known.put(leaf.path(), leaf));
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            Leaf leaf = known.get(edit.getKey());
            if (leaf == null) {
                throw DomainException.invalid("rules.error.unknownValue", edit.getKey());
            }
            if (leaf.type() == LeafType.EMPTY) {
                continue;
            }
            set(copy, edit.getKey(), parse(leaf, edit.getValue().strip()));
        }
        return copy;
    }

    private static JsonNode parse(Leaf leaf, String text) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (leaf.type()) {
            case NUMBER -> {
                try {
                    yield nodes.numberNode(new BigDecimal(text.replace(',', '.')));
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("rules.error.notANumber", leaf.path());
                }
            }
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw DomainException.invalid("rules.error.notAYesNo", leaf.path());
                }
                yield nodes.booleanNode(Boolean.parseBoolean(text));
            }
            case TEXT -> {
                if (text.isEmpty()) {
                    throw DomainException.invalid("rules.error.emptyValue", leaf.path());
                }
                yield nodes.stringNode(text);
            }
            case EMPTY -> nodes.nullNode();
        };
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        List<String> steps = steps(path);
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            parent = child(parent, steps.get(i));
        }
        String last = steps.get(steps.size() - 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (parent instanceof ObjectNode object) {
            object.set(last, value);
        }
    }

    private static JsonNode child(JsonNode node, String step) {
        JsonNode child = node instanceof ArrayNode array ? array.get(Integer.parseInt(step)) : node.get(step);
        if (!(child instanceof ContainerNode<?>)) {
            throw new IllegalStateException(step);
        }
        return child;
    }

    /** {@code a.b[2].c} as {@code a, b, 2, c}. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                steps.add(part.substring(bracket + 1, close));
                bracket = part.indexOf('[', close);
            }
        }
        return steps;
    }
}
