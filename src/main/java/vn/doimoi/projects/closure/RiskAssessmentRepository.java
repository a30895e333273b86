package vn.doimoi.projects.closure;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, UUID> {}
