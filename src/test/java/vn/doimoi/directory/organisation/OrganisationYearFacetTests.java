package vn.doimoi.directory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.search.SearchHit;
import vn.doimoi.search.SearchResults;
import vn.doimoi.search.SiteSearch;

/** The search's year facet on organisations: the year each entered the directory, counted and filterable. */
@DoimoiSpringTest
class OrganisationYearFacetTests {

    @Autowired
    Organisations organisations;

    @Autowired
    SiteSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    MockMvc mvc;

    private final String tag = "yr" + UUID.randomUUID().toString().substring(0, 5);

    @Test
    void yearsAreCountedNewestFirstAndAYearFiltersTheResults() throws Exception {
        // given an organisation listed in 2019 (Vietnam time) and two listed now
        UUID old = organisations.create(organisation("Hợp tác xã Lúa Sạch " + tag));
        organisations.create(organisation("Công ty Lúa Mới " + tag));
        organisations.create(organisation("Viện Lúa Mới " + tag));
        listedAt(old, "2019-12-31T17:30:00Z"); // 00:30 on 1 January 2020 in Vietnam
        String thisYear = String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));

        // when a visitor searches, then picks 2020
        SearchResults all = search.search(tag, null, Map.of(), 0, 10);
        SearchResults in2020 = search.search(tag, null, Map.of("year", "2020"), 0, 10);
        String page = mvc.perform(MockMvcRequestBuilders.get("/search").param("q", tag))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        // then the facet counts each year, newest first, and the filter keeps only 2020
        assertThat(all.facets().get("year")).containsEntry("2020", 1L).containsEntry(thisYear, 2L);
        assertThat(all.facets().get("year").keySet()).containsExactly(thisYear, "2020");
        assertThat(in2020.hits()).extracting(SearchHit::title).containsExactly("Hợp tác xã Lúa Sạch " + tag);
        assertThat(in2020.total()).isEqualTo(1);
        assertThat(page).contains("Năm").contains("2020 (1)").contains("year=2020");
    }

    private void listedAt(UUID id, String instant) throws InterruptedException {
        int updated = jdbc.sql("update directory.organisation set created_at = cast(? as timestamptz) where id = ?")
                .params(instant, id)
                .update();
        assertThat(updated).isEqualTo(1);
        Search.mapping(entityManagerFactory)
                .scope(Organisation.class)
                .massIndexer()
                .startAndWait();
    }

    private static OrganisationData organisation(String name) {
        return new OrganisationData(
                OrganisationType.ENTERPRISE,
                name,
                null,
                null,
                null,
                Set.of("401"),
                "Tây Ninh",
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
