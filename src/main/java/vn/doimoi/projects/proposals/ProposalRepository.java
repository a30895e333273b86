package vn.doimoi.projects.proposals;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    List<Proposal> findAllByOrderByCreatedAtDesc();

    List<Proposal> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

    List<Proposal> findByStateOrderByCreatedAt(ProposalState state);
}
