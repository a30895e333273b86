package vn.doimoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.DomainException;

/** The one search over Hibernate Search's Lucene index, as a visitor types queries. */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteSearchTests {

    @Autowired
    SiteSearch search;

    @Autowired
    Organisations organisations;

    @Autowired
    MockMvc mvc;

    private final String marker = "zx" + UUID.randomUUID().toString().substring(0, 6);
    private UUID institute;

    @BeforeAll
    void organisationsToFind() {
        institute = organisations.create(data(
                OrganisationType.INSTITUTE,
                "Viện Khoa học và Công nghệ Nông nghiệp " + marker,
                "Nghiên cứu giống lúa chịu mặn và quy trình canh tác hữu cơ."));
        organisations.create(data(
                OrganisationType.ENTERPRISE,
                "Công ty Hòa Phát Nông sản " + marker,
                "Chế biến nông sản, chuyển đổi số trong sản xuất."));
        organisations.create(data(
                OrganisationType.SERVICE_PROVIDER,
                "Trung tâm Đổi mới sáng tạo " + marker,
                "Ươm tạo doanh nghiệp khởi nghiệp."));
    }

    @Test
    void findsVietnameseTextTypedWithoutDiacritics() {
        // among organisations: the portal's seed article also speaks of "khoa học và công nghệ"
        SearchResults results = search.search("khoa hoc cong nghe " + marker, "organisation", 0, 10);

        assertThat(results.hits())
                .first()
                .extracting(SearchHit::title)
                .isEqualTo("Viện Khoa học và Công nghệ Nông nghiệp " + marker);
        assertThat(results.hits().get(0).url()).isEqualTo("/organisations/" + institute);
        assertThat(results.hits().get(0).titleHtml()).contains("<mark>Khoa</mark>");
    }

    @Test
    void eitherTonePlacementFindsTheOther() {
        assertThat(search.search("hoà phát " + marker, null, 0, 10).hits())
                .first()
                .extracting(SearchHit::title)
                .isEqualTo("Công ty Hòa Phát Nông sản " + marker);
    }

    @Test
    void doiMoiWithAndWithoutMarksFindsDoiMoi() {
        assertThat(search.search("đổi mới " + marker, null, 0, 10).hits())
                .first()
                .extracting(SearchHit::title)
                .isEqualTo("Trung tâm Đổi mới sáng tạo " + marker);
        assertThat(search.search("doi moi " + marker, null, 0, 10).hits())
                .first()
                .extracting(SearchHit::title)
                .isEqualTo("Trung tâm Đổi mới sáng tạo " + marker);
    }

    @Test
    void searchesSummariesAndHighlightsThem() {
        SearchResults results = search.search("lua chiu man", null, 0, 10);

        assertThat(results.hits())
                .extracting(SearchHit::title)
                .contains("Viện Khoa học và Công nghệ Nông nghiệp " + marker);
        assertThat(results.countsByType()).containsKey("organisation");
        assertThat(results.hits().get(0).snippetHtml()).contains("<mark>lúa</mark>");
    }

    @Test
    void highlightsNeverLetMarkupThrough() {
        organisations.create(data(OrganisationType.OTHER, "Hội <script>alert(1)</script> " + marker, null));

        SearchResults results = search.search("hoi " + marker, null, 0, 10);

        assertThat(results.hits()).isNotEmpty();
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.titleHtml()).doesNotContain("<script>"));
    }

    @Test
    void anUnknownTypeIsABadRequestWithAVietnameseProblem() throws Exception {
        assertThatThrownBy(() -> search.search("x", "khong-co", 0, 10)).isInstanceOf(DomainException.class);

        var response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/search")
                        .param("q", "x")
                        .param("type", "khong-co"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Không có loại thông tin");
    }

    @Test
    void theSearchPageShowsResultsWithoutJavaScript() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/search").param("q", "doi moi sang tao " + marker))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Trung tâm <mark>Đổi</mark> <mark>mới</mark>");
    }

    @Test
    void facetsCountByFieldAndProvinceAndFilterTheResults() {
        // given two organisations and a scientist in different fields and provinces
        String tag = "fc" + UUID.randomUUID().toString().substring(0, 5);
        organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Nông trại lúa " + tag,
                null,
                null,
                null,
                java.util.Set.of("401"),
                "Tây Ninh",
                null,
                null,
                null,
                null,
                null,
                null));
        organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Xưởng cơ khí " + tag,
                null,
                null,
                null,
                java.util.Set.of("203"),
                "Đồng Tháp",
                null,
                null,
                null,
                null,
                null,
                null));

        // when searching for the tag, then filtering by field 401
        SearchResults all = search.search(tag, null, java.util.Map.of(), 0, 10);
        SearchResults crops = search.search(tag, null, java.util.Map.of("fieldCode", "401"), 0, 10);

        // then
        assertThat(all.facets().get("fieldCode")).containsEntry("401", 1L).containsEntry("203", 1L);
        assertThat(all.facets().get("province")).containsEntry("Tây Ninh", 1L).containsEntry("Đồng Tháp", 1L);
        assertThat(crops.hits()).extracting(SearchHit::title).containsExactly("Nông trại lúa " + tag);
        assertThat(crops.filters()).containsEntry("fieldCode", "401");
        assertThat(search.facetLabel("fieldCode", "401", "vi")).isEqualTo("401 Trồng trọt");
        // the page names every value of a facet at once, the same names, unknown values as they are
        assertThat(search.facetLabels("fieldCode", List.of("401", "203", "999x"), "vi"))
                .containsEntry("401", "401 Trồng trọt")
                .containsEntry("203", search.facetLabel("fieldCode", "203", "vi"))
                .containsEntry("999x", "999x");
        assertThat(search.facetLabels("province", List.of("Tây Ninh"), "vi")).containsEntry("Tây Ninh", "Tây Ninh");
    }

    @Test
    void anUnknownFacetIsABadRequest() {
        assertThatThrownBy(() -> search.search("x", null, java.util.Map.of("salary", "1"), 0, 10))
                .isInstanceOf(DomainException.class)
                .hasMessage("search.error.unknownFacet");
    }

    private static OrganisationData data(OrganisationType type, String name, String description) {
        return new OrganisationData(type, name, null, null, "Tây Ninh", null, null, null, null, null, description);
    }
}
