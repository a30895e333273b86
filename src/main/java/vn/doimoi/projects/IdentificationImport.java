package vn.doimoi.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Brings in a year's identification of tasks followed elsewhere until now with the moment each
 * step happened: the proposals, the round and its council, the outcome of each proposal, the
 * province's decision approving the ordered list, and the call drafted from it. Each step goes
 * through the same rules as on screen and runs as the signed-in user (STAFF; a member for a
 * proposal sent online). The council's seats, meeting and sheets come through {@link CouncilImport}.
 */
public interface IdentificationImport {

    /** Whether there is any identification round yet. */
    boolean hasRounds();

    /** A proposal the signed-in member sent online at {@code at}. */
    UUID proposal(ImportedProposal proposal, Instant at);

    /** A proposal of an organisation received on paper at {@code at}. */
    UUID paperProposal(UUID organisationId, ImportedProposal proposal, Instant at);

    /** The round of a year with its proposals and its council formed by {@code decisionNumber} at {@code at}; answers its id. */
    UUID round(int year, String title, List<UUID> proposalIds, String decisionNumber, Instant at);

    /** The council of a round. */
    UUID councilOf(UUID roundId);

    /** The council's conclusions on one proposal: task name, objectives, method, products. */
    void outcome(
            UUID roundId,
            UUID proposalId,
            String taskName,
            String objectives,
            SelectionMethod method,
            List<CallData.Product> products,
            Instant at);

    /** The round concluded at {@code at}: the ordered list is drafted from the recommended proposals. */
    void concluded(UUID roundId, Instant at);

    /** The province's decision approving the ordered list, with its signed PDF. */
    void listApproved(
            UUID roundId, String number, LocalDate signedOn, String signer, String fileName, byte[] pdf, Instant at);

    /** The call drafted for a shortlisted proposal at {@code at}, waiting for STAFF to complete and open it. */
    UUID callDrafted(UUID proposalId, LocalDate deadline, Instant at);
}
