package vn.doimoi.projects.results;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultRepository extends JpaRepository<Result, UUID> {

    Optional<Result> findByTaskId(UUID taskId);

    List<Result> findByStateOrderByRegisteredOnDesc(ResultState state);
}
