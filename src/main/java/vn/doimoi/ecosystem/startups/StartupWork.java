package vn.doimoi.ecosystem.startups;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Startups in "Việc của tôi": STAFF decide the applications waiting for recognition; a member sees
 * its organisation's refused application, to complete and apply again.
 */
@Component
record StartupWork(InnovatorProfileRepository profiles, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        List<WorkSection> sections = new ArrayList<>();
        if (me.isStaff()) {
            List<WorkItem> applied = profiles.findByStateOrderByAppliedAtAsc(RecognitionState.APPLIED).stream()
                    .map(p -> WorkItem.of(
                            "me.item.startupToRecognise", "/staff/ecosystem/startups/" + p.id(), p.product()))
                    .toList();
            sections.add(Heading.APPROVALS.of(applied));
        }
        if (me.has(Role.ORG_MEMBER) && me.organisationId() != null) {
            profiles.findByOrganisationId(me.organisationId())
                    .filter(p -> p.state() == RecognitionState.REFUSED)
                    .ifPresent(p -> sections.add(Heading.PROFILE.of(
                            List.of(WorkItem.of("me.item.startupRefused", "/ecosystem/startups/my", p.product())))));
        }
        return sections;
    }
}
