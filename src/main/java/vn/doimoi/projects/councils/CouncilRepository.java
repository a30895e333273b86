package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CouncilRepository extends JpaRepository<Council, UUID> {

    List<Council> findByKindOrderByCreatedAtDesc(CouncilPurpose kind);

    Optional<Council> findByCallId(UUID callId);

    Optional<Council> findByRoundId(UUID roundId);

    Optional<Council> findByTaskId(UUID taskId);

    Optional<Council> findByReviewSubjectId(UUID subjectId);

    /** The councils of a purpose on which this directory person has a seat, newest first. */
    @Query("select c from Council c where c.kind = :kind and exists "
            + "(select s from Council c2 join c2.members s where c2 = c and s.personId = :personId) "
            + "order by c.createdAt desc")
    List<Council> findBySeatPerson(@Param("kind") CouncilPurpose kind, @Param("personId") UUID personId);
}
