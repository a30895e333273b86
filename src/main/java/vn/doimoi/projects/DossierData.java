package vn.doimoi.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The application and its structured description (thuyết minh), as the applicant edits it or as
 * {@link SelectionImport} brings it in.
 */
public record DossierData(
        @Nullable UUID principalInvestigatorId,
        List<UUID> keyMemberIds,
        List<UUID> partnerOrganisationIds,
        String objectives,
        String content,
        String methods,
        String schedule,
        int durationMonths,
        List<Line> budget) {

    public DossierData {
        keyMemberIds = List.copyOf(keyMemberIds);
        partnerOrganisationIds = List.copyOf(partnerOrganisationIds);
        budget = List.copyOf(budget);
    }

    /** One budget line: the state's and the other sources' share. */
    public record Line(String item, BigDecimal stateAmount, BigDecimal otherAmount) {}
}
