package vn.doimoi.traceability.epcis;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the tree the event hash is computed from: a name, a text value and children, the
 * shape the XML binding gives an event (the JSON-LD is brought to it first, so both bindings
 * hash alike). A {@link Pair} is a type/value couple of a business transaction, source or
 * destination, whose order is kept as sent.
 */
sealed interface PreHashNode extends Comparable<PreHashNode> permits PreHashNode.Element, PreHashNode.Pair {

    /** An element: name, text ("" when none) and children (mutable: the walk consumes them). */
    record Element(String name, String text, List<PreHashNode> children) implements PreHashNode {

        public Element {
            children = new ArrayList<>(children);
        }

        Element renamed(String newName) {
            return new Element(newName, text, children);
        }
    }

    /** Two elements kept together in the order sent (type, then the transaction or party). */
    record Pair(Element first, Element second) implements PreHashNode {}

    /** The order of the reference implementation's tuple sort: name, then text, then children. */
    @Override
    default int compareTo(PreHashNode other) {
        if (this instanceof Element a && other instanceof Element b) {
            int byName = a.name().compareTo(b.name());
            if (byName != 0) {
                return byName;
            }
            int byText = a.text().compareTo(b.text());
            return byText != 0 ? byText : compareLists(a.children(), b.children());
        }
        if (this instanceof Pair a && other instanceof Pair b) {
            int byFirst = a.first().compareTo(b.first());
            return byFirst != 0 ? byFirst : a.second().compareTo(b.second());
        }
        return this instanceof Element ? -1 : 1;
    }

    private static int compareLists(List<PreHashNode> a, List<PreHashNode> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byChild = a.get(i).compareTo(b.get(i));
            if (byChild != 0) {
                return byChild;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
