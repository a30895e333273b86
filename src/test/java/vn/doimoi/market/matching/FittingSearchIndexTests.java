package vn.doimoi.market.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.MarketFixture;

/**
 * The one-pass matching search reads ids and filter fields as Hibernate Search writes them: if a
 * new version named them otherwise, matching would quietly take its slower path.
 */
@DoimoiSpringTest
class FittingSearchIndexTests {

    @Autowired
    MarketFixture fixture;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void findsListingsOfTheIndexByTheirIdsKindAndTrl() throws Exception {
        MarketFixture.Party owner = fixture.member();
        String words = "Máy sấy thanh long " + UUID.randomUUID();
        UUID mature = fixture.published(owner, ListingKind.OFFER, words, words, "20701", 8, false);
        UUID early = fixture.published(owner, ListingKind.OFFER, words, words, "20701", 3, false);

        try (IndexReader reader = Search.mapping(entityManagerFactory)
                .scope(Object.class, List.of("Listing"))
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            var fitting = FittingSearch.best(
                    reader,
                    new MatchAllDocsQuery(),
                    IntPoint.newRangeQuery("trl", 6, Integer.MAX_VALUE),
                    Set.of(),
                    10_000);

            assertThat(fitting).isNotNull();
            List<UUID> ids = fitting.stream().map(FittingSearch.Hit::id).toList();
            assertThat(ids).contains(mature).doesNotContain(early);
        }
    }
}
