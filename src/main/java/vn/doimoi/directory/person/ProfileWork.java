package vn.doimoi.directory.person;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.security.CurrentActor;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkItemSource;
import vn.doimoi.shared.work.WorkSection;

/**
 * The scientist's own profile in "Việc của tôi" (ADR 0044): a person linked to the account keeps it
 * current (councils are drawn from it); an expert not yet linked is told so instead of meeting a
 * "not found" page.
 */
@Component
record ProfileWork(People people, CurrentActor actor) implements WorkItemSource {

    @Override
    public List<WorkSection> sections() {
        if (!actor.isSignedIn()) {
            return List.of();
        }
        boolean linked = people.editableOwn().isPresent();
        if (linked) {
            return List.of(Heading.PROFILE.of(List.of(WorkItem.of("me.item.ownProfile", "/my-profile"))));
        }
        return actor.hasRole("EXPERT") ? List.of(Heading.PROFILE.of(List.of())) : List.of();
    }
}
