package vn.doimoi.shared.work;

import java.util.List;
import java.util.Locale;

/**
 * The headings of "Việc của tôi", in the order the page shows them: what is late first, then what
 * others wait for, then one's own records. Modules feed a heading; the page merges what several
 * modules put under one (overdue items come from every process).
 */
public enum Heading {
    OVERDUE,
    INVITATIONS,
    SCORING,
    DOSSIERS_TO_OPEN,
    COUNCILS_TO_RUN,
    APPROVALS,
    MODERATION,
    ARTICLES,
    ASSIGNMENTS,
    TASKS,
    DOSSIERS,
    PROPOSALS,
    LISTINGS,
    DEALS,
    PROFILE,
    ADMINISTRATION;

    /** The message key of the heading, e.g. {@code me.section.dossiersToOpen}. */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("me.section.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** This heading with these lines. */
    public WorkSection of(List<WorkItem> items) {
        return new WorkSection(key(), ordinal(), items);
    }
}
