package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.CouncilRole;

/**
 * What a process tells the council engine about what its councils judge: selection about a call's
 * valid dossiers, identification about a round's proposals (and, next, others through the
 * module's API). One bean per {@link CouncilPurpose}.
 */
public interface CouncilSubject {

    CouncilPurpose purpose();

    /** The items the council scores, in order, by the name pages show (applicant, proposal title). */
    Map<UUID, String> items(UUID subjectId);

    /** Who is behind the items: a member tied to any of them has a conflict of interest. */
    List<ConflictRules.DossierFacts> parties(UUID subjectId);

    /** The notice a member receives when seated without a conflict. */
    Invitation invitation(UUID subjectId, UUID councilId, CouncilRole role);

    /** Refuses scoring when the process no longer takes sheets; by default the council's state decides. */
    default void checkScoring(UUID subjectId) {}

    /** A notice to a seated member: subject, body and the page to open. */
    record Invitation(String subject, String body, String link) {}
}
