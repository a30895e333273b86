package vn.doimoi.projects.closure;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LiquidationRepository extends JpaRepository<Liquidation, UUID> {}
