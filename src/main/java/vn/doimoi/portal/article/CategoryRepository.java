package vn.doimoi.portal.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, UUID> {

    List<Category> findAllByOrderByPositionAscNameAsc();

    Optional<Category> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
