package vn.doimoi.projects.selection;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallRepository extends JpaRepository<Call, UUID> {

    List<Call> findAllByOrderByCreatedAtDesc();

    List<Call> findByStateInOrderByDeadlineOn(Collection<CallState> states);

    long countByCodeStartingWith(String prefix);
}
