package vn.doimoi.directory.person;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Why an expert should not judge an organisation's work: they belong to it, or they declared a
 * relative there. The keys name the reason on the expert finder's page.
 */
final class ExpertConflicts {

    private ExpertConflicts() {}

    static List<String> of(Person person, @Nullable OrganisationSummary organisation) {
        if (organisation == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        if (organisation.id().equals(person.data().organisationId())) {
            keys.add("expert.conflict.sameOrganisation");
        }
        String relatives = person.declaredRelatives();
        if (relatives != null && VietnameseText.fold(relatives).contains(VietnameseText.fold(organisation.name()))) {
            keys.add("expert.conflict.declaredRelation");
        }
        return keys;
    }
}
