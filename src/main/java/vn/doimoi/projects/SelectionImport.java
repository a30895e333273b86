package vn.doimoi.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Brings in calls for tasks followed elsewhere until now (the Department's register, the demo)
 * with the moment each step happened: the call, its dossiers, their opening, the selection
 * council, the budget appraisal and the approval. Each step goes through the same rules as on
 * screen and runs as the signed-in user (STAFF; the applicant's member for a dossier submitted
 * online). The council's seats, meeting and sheets come through {@link CouncilImport}.
 */
public interface SelectionImport {

    /** Whether there is any call yet. */
    boolean hasCalls();

    /** The call, created and opened at {@code openedAt}. */
    UUID openedCall(CallData call, Instant openedAt);

    /** A dossier received on paper (STAFF) at {@code at}. */
    UUID paperDossier(UUID callId, UUID applicantOrganisationId, DossierData dossier, Instant at);

    /** A dossier the signed-in member drafted and submitted online at {@code at}. */
    UUID onlineDossier(UUID callId, DossierData dossier, Instant at);

    /** The call closed and its dossiers opened at {@code at}, all found complete, with the minutes. */
    void dossiersOpened(UUID callId, String minutes, Instant at);

    /** The selection council formed by {@code decisionNumber} at {@code at}; answers its id. */
    UUID council(UUID callId, String decisionNumber, Instant at);

    /** The council's conclusion at {@code at}; answers the task of the selected dossier, if one passed. */
    @Nullable
    UUID concluded(UUID councilId, Instant at);

    /** The appraisal group's figures for the task's budget lines, in their order, at {@code at}. */
    void appraised(UUID taskId, List<DossierData.Line> approved, String reason, String note, Instant at);

    /** The province's approval decision, recorded at {@code at}. */
    void approved(UUID taskId, String decisionNumber, LocalDate signedOn, String signer, Instant at);
}
