package vn.doimoi.projects.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallRepository extends JpaRepository<Call, UUID> {

    List<Call> findAllByOrderByCreatedAtDesc();

    List<Call> findByStateInOrderByDeadlineOn(Collection<CallState> states);

    long countByCodeStartingWith(String prefix);
}

interface DossierRepository extends JpaRepository<Dossier, UUID> {

    List<Dossier> findByCallIdOrderByCreatedAt(UUID callId);

    List<Dossier> findByApplicantOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

    Optional<Dossier> findByCallIdAndApplicantOrganisationId(UUID callId, UUID organisationId);
}

interface CouncilRepository extends JpaRepository<Council, UUID> {

    List<Council> findAllByOrderByCreatedAtDesc();

    List<Council> findByKindOrderByCreatedAtDesc(String kind);

    Optional<Council> findByCallId(UUID callId);
}

interface TaskRepository extends JpaRepository<Task, UUID> {

    List<Task> findAllByOrderByCreatedAtDesc();

    List<Task> findByStateOrderByCreatedAtDesc(TaskState state);

    Optional<Task> findByDossierId(UUID dossierId);
}

interface SanctionRepository extends JpaRepository<Sanction, UUID> {

    List<Sanction> findByPersonId(UUID personId);
}

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    List<Proposal> findAllByOrderByCreatedAtDesc();

    List<Proposal> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

    List<Proposal> findByStateOrderByCreatedAt(ProposalState state);
}

interface RoundRepository extends JpaRepository<IdentificationRound, UUID> {

    List<IdentificationRound> findAllByOrderByYearDesc();

    Optional<IdentificationRound> findByYear(int year);

    Optional<IdentificationRound> findByCouncilId(UUID councilId);
}

interface OrderedListRepository extends JpaRepository<OrderedList, UUID> {

    Optional<OrderedList> findByRoundId(UUID roundId);
}
