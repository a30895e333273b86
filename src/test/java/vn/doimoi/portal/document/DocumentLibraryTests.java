package vn.doimoi.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.search.SearchHit;
import vn.doimoi.search.SiteSearch;

/** The documents library searched as Decree 42/2022 asks: number, type, body, dates, text. */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentLibraryTests {

    @Autowired
    Documents documents;

    @Autowired
    SiteSearch search;

    private final String marker = "dk" + UUID.randomUUID().toString().substring(0, 6);
    private String decree;
    private UUID decreeId;
    private UUID planId;

    @BeforeAll
    void documentsToFind() {
        decree = "42/2022/NĐ-CP-" + marker;
        decreeId = documents.create(new DocumentData(
                DocumentType.DECREE,
                decree,
                "Chính phủ " + marker,
                "Lê Minh Khái",
                LocalDate.of(2022, 6, 24),
                LocalDate.of(2022, 8, 15),
                "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến " + marker,
                "Cổng thông tin điện tử của cơ quan nhà nước."));
        planId = documents.create(new DocumentData(
                DocumentType.PLAN,
                "118/KH-UBND-" + marker,
                "Ủy ban nhân dân tỉnh " + marker,
                null,
                LocalDate.of(2024, 5, 10),
                null,
                "Kế hoạch thực hiện Chương trình 54-CTr/TU về khoa học và công nghệ " + marker,
                null));
    }

    @Test
    void findsADocumentByItsExactNumberInAnySpelling() {
        var results = documents.search(
                new DocumentQuery(null, decree.toLowerCase().replace("đ", "Đ"), null, null, null, null), 0, 10);

        assertThat(results.items()).extracting(DocumentSummary::id).containsExactly(decreeId);
    }

    @Test
    void filtersByTypeBodyAndDateRange() {
        var byType = documents.search(new DocumentQuery(marker, null, DocumentType.PLAN, null, null, null), 0, 10);
        var byBody =
                documents.search(new DocumentQuery(null, null, null, "uy ban nhan dan " + marker, null, null), 0, 10);
        var byDates = documents.search(
                new DocumentQuery(marker, null, null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                0,
                10);

        assertThat(byType.items()).extracting(DocumentSummary::id).containsExactly(planId);
        assertThat(byBody.items()).extracting(DocumentSummary::id).containsExactly(planId);
        assertThat(byDates.items()).extracting(DocumentSummary::id).containsExactly(decreeId);
    }

    @Test
    void findsByTextWithoutDiacritics() {
        var results = documents.search(
                new DocumentQuery("dich vu cong truc tuyen " + marker, null, null, null, null, null), 0, 10);

        assertThat(results.items()).extracting(DocumentSummary::id).first().isEqualTo(decreeId);
    }

    @Test
    void documentsAreInTheOneSearch() {
        assertThat(search.search("ke hoach khoa hoc cong nghe " + marker, "document", 0, 10)
                        .hits())
                .extracting(SearchHit::url)
                .contains("/documents/" + planId);
    }

    @Test
    void programme54IsTheFirstDocument() {
        var results = documents.search(new DocumentQuery(null, "54-ctr/tu", null, null, null, null), 0, 10);

        assertThat(results.items()).extracting(DocumentSummary::issuedOn).contains(LocalDate.of(2024, 4, 8));
        assertThat(results.items()).extracting(DocumentSummary::type).contains(DocumentType.PROGRAMME);
    }
}
