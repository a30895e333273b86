package vn.doimoi.ecosystem.awards;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRoundRepository extends JpaRepository<AwardRound, UUID> {

    List<AwardRound> findAllByOrderByYearDescCreatedAtDesc();

    List<AwardRound> findByStateOrderByCreatedAtAsc(RoundState state);
}
