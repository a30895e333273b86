package vn.doimoi.projects.identification;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderedListRepository extends JpaRepository<OrderedList, UUID> {

    Optional<OrderedList> findByRoundId(UUID roundId);
}
