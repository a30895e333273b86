package vn.doimoi.market.listing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;

interface ListingRepository extends JpaRepository<Listing, UUID> {

    List<Listing> findByStatusInOrderByPublishedAtDesc(Collection<ListingStatus> statuses, Pageable page);

    List<Listing> findByKindAndStatusInOrderByPublishedAtDesc(
            ListingKind kind, Collection<ListingStatus> statuses, Pageable page);

    long countByKindAndStatusIn(ListingKind kind, Collection<ListingStatus> statuses);

    long countByStatusIn(Collection<ListingStatus> statuses);

    List<Listing> findByOwnerOrgIdOrderByUpdatedAtDesc(UUID owner);

    List<Listing> findByStatusOrderByUpdatedAtAsc(ListingStatus status);

    List<Listing> findByStatusIn(Collection<ListingStatus> statuses);

    Optional<Listing> findBySourceResultId(UUID resultId);

    @Query("select distinct l.region from Listing l where l.status in ?1 and l.region is not null order by l.region")
    List<String> findRegions(Collection<ListingStatus> statuses);

    @Query("select l.id from Listing l where l.ownerOrgId = ?1")
    List<UUID> findIdsByOwnerOrgId(UUID owner);
}
