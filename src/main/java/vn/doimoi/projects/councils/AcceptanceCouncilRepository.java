package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AcceptanceCouncilRepository extends JpaRepository<AcceptanceCouncil, UUID> {

    Optional<AcceptanceCouncil> findByTaskId(UUID taskId);

    /** The councils on which this directory person has a seat, newest first. */
    @Query("select c from ExecutionAcceptanceCouncil c where exists "
            + "(select s from ExecutionAcceptanceCouncil c2 join c2.seats s where c2 = c and s.personId = :personId) "
            + "order by c.formedOn desc")
    List<AcceptanceCouncil> findBySeatPerson(@Param("personId") UUID personId);

    List<AcceptanceCouncil> findAllByOrderByFormedOnDesc();
}
