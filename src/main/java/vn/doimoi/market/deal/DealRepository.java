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

    @Query("select d from Deal d where d.brokerUserId = ?1 or (d.brokerUserId is null and d.stage = ?2)"
            + " order by d.createdAt desc")
    List<Deal> forBroker(UUID broker, DealStage waiting);

    List<Deal> findByStageIn(Collection<DealStage> stages);

    boolean existsByListingIdAndInterestedOrgIdAndStageIn(UUID listing, UUID interested, Collection<DealStage> stages);

    List<Deal> findAllByOrderByCreatedAtDesc();
}
