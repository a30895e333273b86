package vn.doimoi.market.deal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BrokerProposalRepository extends JpaRepository<BrokerProposal, UUID> {}
