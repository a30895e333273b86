package vn.doimoi.shared.work;

import java.util.List;

/**
 * A heading of "Việc của tôi" and what waits under it; an empty section still shows, saying there
 * is nothing, so a person sees what they would be told about.
 *
 * @param key message key of the heading, e.g. {@code me.section.councils}; its {@code .empty}
 *     sibling says that nothing waits
 * @param order where the section goes: lower first, so the most pressing work leads
 * @param items the lines, most pressing first
 */
public record WorkSection(String key, int order, List<WorkItem> items) {

    public WorkSection {
        items = List.copyOf(items);
    }

    /** How many things wait in the section (a queue line counts each of its records). */
    public int count() {
        return items.stream().mapToInt(WorkItem::count).sum();
    }

    /** Whether any line is past its day. */
    public boolean hasOverdue() {
        return items.stream().anyMatch(WorkItem::overdue);
    }
}
