package vn.doimoi.portal.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import vn.doimoi.portal.ArticleStatus;

interface ArticleRepository extends JpaRepository<Article, UUID>, JpaSpecificationExecutor<Article> {

    boolean existsBySlug(String slug);

    Optional<Article> findBySlug(String slug);

    Page<Article> findByStatusAndPublishedAtLessThanEqualOrderByPublishedAtDesc(
            ArticleStatus status, Instant now, Pageable page);

    Page<Article> findByStatusAndCategoryIdAndPublishedAtLessThanEqualOrderByPublishedAtDesc(
            ArticleStatus status, UUID categoryId, Instant now, Pageable page);

    @Query("""
            select a from Article a
            where a.status = vn.doimoi.portal.ArticleStatus.PUBLISHED and a.categoryId = :categoryId
              and a.id <> :except and a.publishedAt <= :now
            order by a.publishedAt desc""")
    Page<Article> related(UUID categoryId, UUID except, Instant now, Pageable page);

    Page<Article> findAllByOrderByUpdatedAtDesc(Pageable page);

    List<Article> findByStatus(ArticleStatus status);

    List<Article> findByScheduledAtLessThanEqualOrderByScheduledAtAsc(Instant now);

    /** Published articles whose title, lead or text carries {@code phrase} (lower case, as typed). */
    @Query("""
            select a from Article a
            where a.status = vn.doimoi.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
              and (lower(a.title) like :phrase or lower(coalesce(a.lead, '')) like :phrase
                   or lower(a.body) like :phrase)
            order by a.publishedAt desc""")
    List<Article> citing(String phrase, Instant now, Pageable page);
}
