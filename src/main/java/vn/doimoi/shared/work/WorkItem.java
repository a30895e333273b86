package vn.doimoi.shared.work;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing that waits for the signed-in person: a message key and its arguments (the page says it
 * in the reader's language), where to act, by when, whether that day has passed, and how many
 * things the line stands for (a queue of 12 listings is one line with a count of 12).
 *
 * @param titleKey message key of the line, e.g. {@code me.item.reportDue}
 * @param titleArgs its arguments: names and codes from the records, shown as they are
 * @param link the page where the person acts; a path on this site
 * @param due the day it is due, if it has one
 * @param overdue whether the due day has passed (or the item is late in the module's own terms)
 * @param count how many things the line stands for; 1 for a single record
 */
public record WorkItem(
        String titleKey,
        List<String> titleArgs,
        String link,
        @Nullable LocalDate due,
        boolean overdue,
        int count) {

    public WorkItem {
        titleArgs = List.copyOf(titleArgs);
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a work item links to a page of this site: " + link);
        }
    }

    /** A single record to act on, without a due day. */
    public static WorkItem of(String titleKey, String link, String... args) {
        return new WorkItem(titleKey, List.of(args), link, null, false, 1);
    }

    /** A single record due on a day; overdue once {@code today} is after it. */
    public static WorkItem due(String titleKey, String link, LocalDate due, LocalDate today, String... args) {
        return new WorkItem(titleKey, List.of(args), link, due, today.isAfter(due), 1);
    }

    /** A queue of {@code count} records behind one page. */
    public static WorkItem queue(String titleKey, String link, int count) {
        return new WorkItem(titleKey, List.of(String.valueOf(count)), link, null, false, count);
    }
}
