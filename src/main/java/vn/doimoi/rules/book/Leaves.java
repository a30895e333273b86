package vn.doimoi.rules.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    /**
     * A copy of {@code values} with the given leaves set; an unknown path or a mistyped value is refused.
     * Lists grow and shrink: a value posted for the slot after a list's last item ({@code terms[3]} of
     * three, {@code entries[6].level} of six) adds an item shaped like the first, and an item whose text
     * values are all posted empty is taken out (so a list of texts or of flat records is the
     * Department's to extend, e.g. the technologies of Decree 76/2018's lists).
     */
    public static JsonNode with(JsonNode values, Map<String, String> edits) {
        return edit(values, edits).values();
    }

    /**
     * The edited values and where each kept list item moved ({@code entries[4]} to {@code entries[3]}
     * when the fourth was taken out), so sources and unverified marks follow their value.
     */
    public record Edited(JsonNode values, Map<String, String> moved) {

        /** A path as it reads after the edit; null when its item was taken out. */
        public @Nullable String movedPath(String path) {
            for (Map.Entry<String, String> move : moved.entrySet()) {
                if (path.equals(move.getKey())
                        || path.startsWith(move.getKey() + ".")
                        || path.startsWith(move.getKey() + "[")) {
                    String target = move.getValue();
                    return target.isEmpty()
                            ? null
                            : target + path.substring(move.getKey().length());
                }
            }
            return path;
        }
    }

    public static Edited edit(JsonNode values, Map<String, String> edits) {
        JsonNode copy = values.deepCopy();
        for (Map.Entry<String, ArrayNode> list : lists(copy).entrySet()) {
            String slot = list.getKey() + "[" + list.getValue().size() + "]";
            boolean filled = edits.entrySet().stream()
                    .anyMatch(e -> within(e.getKey(), slot) && !e.getValue().isBlank());
            if (filled) {
                list.getValue().add(blank(list.getValue().get(0)));
            }
        }
        Map<String, Leaf> known = new java.util.HashMap<>();
        of(copy).forEach(leaf -> known.put(leaf.path(), leaf));
        for (String path : edits.keySet()) {
            if (!known.containsKey(path) && !isSlot(values, path)) {
                throw DomainException.invalid("rules.error.unknownValue", path);
            }
        }
        java.util.Set<String> removed = removedItems(known, edits);
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            Leaf leaf = known.get(edit.getKey());
            if (leaf == null || leaf.type() == LeafType.EMPTY || removed.contains(item(leaf.path()))) {
                continue;
            }
            set(copy, edit.getKey(), parse(leaf, edit.getValue().strip()));
        }
        Map<String, String> moved = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, ArrayNode> list : lists(copy).entrySet()) {
            ArrayNode array = list.getValue();
            int kept = 0;
            int size = array.size();
            for (int i = 0; i < size; i++) {
                String from = list.getKey() + "[" + i + "]";
                if (removed.contains(from)) {
                    moved.put(from, "");
                } else {
                    if (kept != i) {
                        moved.put(from, list.getKey() + "[" + kept + "]");
                    }
                    kept++;
                }
            }
            for (int i = size - 1; i >= 0; i--) {
                if (removed.contains(list.getKey() + "[" + i + "]")) {
                    array.remove(i);
                }
            }
            if (array.isEmpty()) {
                throw DomainException.invalid("rules.error.emptyList", list.getKey());
            }
        }
        return new Edited(copy, moved);
    }

    /**
     * The leaves an editor shows, with one empty slot after each list that can grow (its items texts or
     * flat records), for an item to be added.
     */
    public static List<Leaf> withSlots(JsonNode values) {
        JsonNode copy = values.deepCopy();
        lists(copy).values().forEach(array -> array.add(blank(array.get(0))));
        return of(copy);
    }

    /** Whether a leaf is one of the empty slots {@link #withSlots} adds. */
    public static boolean isSlot(JsonNode values, String path) {
        for (Map.Entry<String, ArrayNode> list : lists(values.deepCopy()).entrySet()) {
            if (within(path, list.getKey() + "[" + list.getValue().size() + "]")) {
                return true;
            }
        }
        return false;
    }

    /** Items whose every text value was posted empty. */
    private static java.util.Set<String> removedItems(Map<String, Leaf> known, Map<String, String> edits) {
        Map<String, Boolean> allBlank = new java.util.HashMap<>();
        for (Leaf leaf : known.values()) {
            String item = item(leaf.path());
            if (item == null || leaf.type() != LeafType.TEXT) {
                continue;
            }
            String posted = edits.get(leaf.path());
            boolean blank = posted != null && posted.isBlank();
            allBlank.merge(item, blank, Boolean::logicalAnd);
        }
        java.util.Set<String> removed = new java.util.HashSet<>();
        allBlank.forEach((item, blank) -> {
            if (blank) {
                removed.add(item);
            }
        });
        return removed;
    }

    /** The list item a path belongs to ({@code a.b[2]} for {@code a.b[2].c}); null outside a list. */
    private static @Nullable String item(String path) {
        int close = path.lastIndexOf(']');
        return close < 0 ? null : path.substring(0, close + 1);
    }

    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".");
    }

    /** The lists that can grow: non-empty, their items texts or records of plain values. */
    private static Map<String, ArrayNode> lists(JsonNode root) {
        Map<String, ArrayNode> lists = new java.util.LinkedHashMap<>();
        collectLists("", root, lists);
        return lists;
    }

    private static void collectLists(String path, JsonNode node, Map<String, ArrayNode> lists) {
        if (node instanceof ArrayNode array) {
            if (!array.isEmpty() && array.valueStream().allMatch(Leaves::plainItem)) {
                lists.put(path, array);
            }
            for (int i = 0; i < array.size(); i++) {
                collectLists(path + "[" + i + "]", array.get(i), lists);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectLists(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), lists);
            }
        }
    }

    private static boolean plainItem(JsonNode item) {
        if (item.isString()) {
            return true;
        }
        return item.isObject()
                && item.valueStream().noneMatch(JsonNode::isContainer)
                && item.valueStream().anyMatch(JsonNode::isString);
    }

    /** An item shaped like {@code model} with empty texts (numbers and yes/no keep the model's). */
    private static JsonNode blank(JsonNode model) {
        if (model.isString()) {
            return JsonNodeFactory.instance.stringNode("");
        }
        ObjectNode copy = (ObjectNode) model.deepCopy();
        for (Map.Entry<String, JsonNode> field : model.properties()) {
            if (field.getValue().isString()) {
                copy.put(field.getKey(), "");
            }
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
