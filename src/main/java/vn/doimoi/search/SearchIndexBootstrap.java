package vn.doimoi.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An empty index over a database that has data (a new machine, a deleted {@code data/index}, a
 * restored backup) is rebuilt in the background, so search never silently misses records; so is
 * an index written under an older {@link IndexMappingVersion} (a field added to a mapping).
 */
@Component
// First of the start-up runners, so a rebuild mostly happens before demo or seed data is written.
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final IndexMappingVersion mappingVersion;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, IndexMappingVersion mappingVersion) {
        this.entityManagerFactory = entityManagerFactory;
        this.mappingVersion = mappingVersion;
    }

    @Override
    public void run(ApplicationArguments args) {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        if (mapping.allIndexedEntities().isEmpty()) {
            return;
        }
        boolean current = mappingVersion.isCurrent();
        long indexed;
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(entityManager)
                    .search(mapping.scope(Object.class))
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        if (indexed > 0 && current) {
            return;
        }
        log.info(
                indexed == 0
                        ? "Chỉ mục tìm kiếm trống: đang lập chỉ mục lại trong nền / search index empty: re-indexing in the background"
                        : "Chỉ mục tìm kiếm theo cách lập cũ: đang lập chỉ mục lại trong nền / search index mapping changed: re-indexing in the background");
        mapping.scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(1)
                // a rebuilt index searched as one segment per index: fewer term lookups per query
                .mergeSegmentsOnFinish(true)
                .start()
                .whenComplete((done, error) -> {
                    if (error != null) {
                        log.error("Re-indexing failed", error);
                    } else {
                        mappingVersion.markCurrent();
                        log.info("Đã lập chỉ mục xong / re-indexing done");
                    }
                });
    }
}
