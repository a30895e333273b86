package vn.doimoi.market.deal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.doimoi.market.DealStage;

interface DealRepository extends JpaRepository<Deal, UUID> {

    @Query("select d from Deal d where d.ownerOrgId = ?1 or d.interestedOrgId = ?1 order by d.createdAt desc")
    List<Deal> forOrganisation(UUID organisation);

    /**
     * A broker's deals: those it brokers, those it is proposed for, and open deals without a
     * broker whose parties seek one (the last two shown withheld, ADR 0032).
     */
    @Query("select d from Deal d where d.brokerUserId = ?1 or exists (select p from BrokerProposal p"
            + " where p.dealId = d.id and (p.brokerUserId = ?1"
            + " or (p.seeking = true and d.brokerUserId is null and d.stage in ?2)))"
            + " order by d.createdAt desc")
    List<Deal> forBroker(UUID broker, Collection<DealStage> open);

    List<Deal> findByStageIn(Collection<DealStage> stages);

    boolean existsByListingIdAndInterestedOrgIdAndStageIn(UUID listing, UUID interested, Collection<DealStage> stages);

    List<Deal> findAllByOrderByCreatedAtDesc();
}
