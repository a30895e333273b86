package vn.doimoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.person.People;
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.document.DocumentData;
import vn.doimoi.portal.document.DocumentQuery;
import vn.doimoi.portal.document.Documents;

/**
 * A reader who knows a document's number, in whatever spelling, or a person's name, finds that
 * document, that person and what the person wrote before anything that merely shares a word.
 */
@DoimoiSpringTest
class ExactMatchesComeFirstTests {

    @Autowired
    Documents documents;

    @Autowired
    Articles articles;

    @Autowired
    People people;

    @Autowired
    SiteSearch search;

    @Test
    void programme54IsFoundByEverySpellingOfItsNumberInTheLibrary() {
        for (String spelling : List.of("54", "54-CTr/TU", "54/CTr-TU", "54-ctr/tu", "54 - CTr / TU")) {
            // when the library is searched by number, or by text, in this spelling
            var byNumber = documents.search(new DocumentQuery(null, spelling, null, null, null, null), 0, 10);
            var byText = documents.search(new DocumentQuery(spelling, null, null, null, null, null), 0, 10);

            // then programme 54-CTr/TU is found, and first when typed as text
            assertThat(byNumber.items())
                    .as(spelling)
                    .extracting(DocumentSummary::number)
                    .contains("54-CTr/TU");
            assertThat(byText.items())
                    .as(spelling)
                    .extracting(DocumentSummary::number)
                    .first()
                    .isEqualTo("54-CTr/TU");
        }
    }

    @Test
    void anExactDocumentNumberRanksItsDocumentFirstInTheOneSearch() {
        // given another document whose title speaks of programme 54 with words the query shares
        String marker = UUID.randomUUID().toString().substring(0, 6);
        documents.create(new DocumentData(
                DocumentType.PLAN,
                "77/KH-UBND-" + marker,
                "Ủy ban nhân dân tỉnh " + marker,
                null,
                LocalDate.of(2024, 6, 1),
                null,
                "Kế hoạch triển khai chương trình 54 CTr TU, nhiều lần nhắc 54 CTr TU " + marker,
                null));

        UUID programme = documents
                .search(new DocumentQuery(null, "54-CTr/TU", null, null, null, null), 0, 1)
                .items()
                .get(0)
                .id();
        for (String spelling : List.of("54/CTr-TU", "54-ctr/tu")) {
            // when a reader types the number in the one search
            var hits = search.search(spelling, null, 0, 10).hits();

            // then its document comes first, before the plan that repeats the words
            assertThat(hits).as(spelling).first().extracting(SearchHit::url).isEqualTo("/documents/" + programme);
        }
    }

    @Test
    void aPersonsNameRanksThePersonAndWhatTheyWroteFirst() {
        // given a person, an article by them, and an article that only uses the same words
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String name = "Trịnh Khải Nguyên " + marker;
        UUID person = people.create(person(name), null);
        UUID category = articles.createCategory("Tác giả " + marker, 90);
        UUID byThem = articles.create(new ArticleData(
                "Ứng dụng công nghệ sinh học trong nông nghiệp " + marker,
                null,
                "<p>Bài viết về mô hình sản xuất.</p>",
                name,
                category));
        UUID mentions = articles.create(new ArticleData(
                "Trịnh Khải Nguyên " + marker + " được nhắc đến: Trịnh, Khải, Nguyên và nguyên liệu",
                null,
                "<p>Trịnh Khải Nguyên " + marker + " — khải hoàn, nguyên liệu, trịnh trọng.</p>",
                "Ban biên tập",
                category));
        articles.publish(byThem, articles.editable(byThem).version());
        articles.publish(mentions, articles.editable(mentions).version());

        // when a reader searches the name, without diacritics
        var hits = search.search("trinh khai nguyen " + marker, null, 0, 10).hits();

        // then the person and their article come before the article that only shares the words
        List<String> order = hits.stream().map(SearchHit::url).toList();
        String personUrl = order.stream()
                .filter(u -> u.contains(person.toString()))
                .findFirst()
                .orElseThrow();
        String articleUrl = hits.stream()
                .filter(h -> h.title().startsWith("Ứng dụng công nghệ sinh học"))
                .findFirst()
                .orElseThrow()
                .url();
        String mentionUrl = hits.stream()
                .filter(h -> h.title().contains("được nhắc đến"))
                .findFirst()
                .orElseThrow()
                .url();
        assertThat(order.indexOf(personUrl)).isLessThan(order.indexOf(mentionUrl));
        assertThat(order.indexOf(articleUrl)).isLessThan(order.indexOf(mentionUrl));
    }

    private static PersonData person(String name) {
        return new PersonData(
                name,
                null,
                Degree.TS,
                "Nghiên cứu viên",
                null,
                null,
                null,
                Set.of(),
                "Công nghệ sinh học",
                null,
                null,
                null,
                false,
                null,
                null,
                null);
    }
}
