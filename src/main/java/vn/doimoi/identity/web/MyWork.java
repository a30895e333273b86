package vn.doimoi.identity.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkItemSource;
import vn.doimoi.shared.work.WorkSection;

/**
 * Gathers every module's work for the signed-in person into one list of sections (ADR 0044).
 * Modules may feed the same section (overdue items come from several processes): sections with
 * one key are merged, overdue lines first, then by due day.
 */
@Component
class MyWork {

    private static final Logger LOG = LoggerFactory.getLogger(MyWork.class);

    private static final Comparator<WorkItem> PRESSING_FIRST = Comparator.comparing((WorkItem item) -> !item.overdue())
            .thenComparing(item -> item.due() == null ? java.time.LocalDate.MAX : item.due());

    private final List<WorkItemSource> sources;

    MyWork(List<WorkItemSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** What the page shows; {@code incomplete} when a module could not answer. */
    record Gathered(List<WorkSection> sections, boolean incomplete) {}

    Gathered gather() {
        Map<String, List<WorkItem>> items = new LinkedHashMap<>();
        Map<String, Integer> orders = new LinkedHashMap<>();
        boolean incomplete = false;
        for (WorkItemSource source : sources) {
            List<WorkSection> sections;
            try {
                sections = source.sections();
            } catch (RuntimeException e) {
                // one module's failure must not take the person's whole workspace down
                LOG.error(
                        "work items of {} could not be read", source.getClass().getName(), e);
                incomplete = true;
                continue;
            }
            for (WorkSection section : sections) {
                items.computeIfAbsent(section.key(), key -> new ArrayList<>()).addAll(section.items());
                orders.merge(section.key(), section.order(), Math::min);
            }
        }
        List<WorkSection> merged = items.entrySet().stream()
                .map(e -> new WorkSection(
                        e.getKey(),
                        orders.get(e.getKey()),
                        e.getValue().stream().sorted(PRESSING_FIRST).toList()))
                .sorted(Comparator.comparingInt(WorkSection::order).thenComparing(WorkSection::key))
                .toList();
        return new Gathered(merged, incomplete);
    }
}
