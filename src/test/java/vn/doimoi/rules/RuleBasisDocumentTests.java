package vn.doimoi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.document.DocumentData;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.rules.book.RuleDrafts;

/**
 * Issue 19: a version's legal basis is a document of the portal's library. STAFF finds it by number
 * on the version page and picks it; the version page and the pages that cite the version link to the
 * document's public page; a document the library does not hold is refused in Vietnamese.
 */
@DoimoiSpringTest
class RuleBasisDocumentTests {

    static final String VERSION = "/staff/rules/transfer-screening/ND76-2018";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Documents documents;

    @Autowired
    RuleDrafts drafts;

    @Autowired
    vn.doimoi.rules.RuleCitations citations;

    @Autowired
    TestUsers testUsers;

    @Test
    void staffFindsTheDecreeByNumberPicksItAndEveryCitationLinksToItsPublicPage() throws Exception {
        String staff = testUsers.create(Role.STAFF);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID decree = documents.create(new DocumentData(
                DocumentType.DECREE,
                "76/2018/NĐ-CP",
                "Chính phủ " + marker,
                "Thủ tướng",
                LocalDate.of(2018, 5, 15),
                LocalDate.of(2018, 5, 15),
                "Nghị định quy định chi tiết một số điều của Luật Chuyển giao công nghệ",
                null));

        Document found = html(get(staff, VERSION + "?basisNumber=76/2018"));
        assertThat(found.select("#basis-pick input[value=" + decree + "]")).hasSize(1);
        assertThat(found.select("#basis-pick").text()).contains("76/2018/NĐ-CP");
        assertThat(html(get(staff, VERSION + "?basisNumber=9999/2099"))
                        .select("#basis-none-found")
                        .text())
                .contains("9999/2099");

        assertThat(pick(staff, decree.toString()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("notice", "rules.basisDocument.saved");

        assertThat(html(get(staff, VERSION)).select("#basis-document a").attr("href"))
                .isEqualTo("/documents/" + decree);
        // the public address of a version's basis, which the pages citing it link to, opens the document
        assertThat(mvc.get().uri("/rules/transfer-screening/ND76-2018/basis"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/documents/" + decree);
        assertThat(mvc.get().uri("/documents/" + decree)).hasStatusOk();
        // and the pages citing the version (councils, calls, rounds) link to that address from now on
        assertThat(citations.basisLink("transfer-screening", "ND76-2018"))
                .isEqualTo("/rules/transfer-screening/ND76-2018/basis");
        assertThat(citations.basisLink("transfer-screening", "NO-SUCH")).isNull();

        // unlinked again: the citation and its address remain, on a public page without working marks
        assertThat(pick(staff, "")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/rules/transfer-screening/ND76-2018/basis"))
                .hasStatusOk()
                .bodyText()
                .contains("Nghị định 76/2018/NĐ-CP")
                .doesNotContain("Chưa xác minh");
        // without a document in the library the citing pages keep the citation as plain text
        assertThat(citations.basisLink("transfer-screening", "ND76-2018")).isNull();
    }

    @Test
    void aDocumentTheLibraryDoesNotHoldIsRefusedIn400AndNothingChanges() throws Exception {
        String staff = testUsers.create(Role.STAFF);

        assertThat(pick(staff, UUID.randomUUID().toString()))
                .hasStatus(400)
                .bodyText()
                .contains("Văn bản được chọn không có trong thư viện văn bản của cổng thông tin.");
        assertThat(pick(staff, "không-phải-mã")).hasStatus(400).bodyText().contains("không có trong thư viện");
        assertThat(html(get(staff, VERSION)).select("#basis-document").text())
                .isEqualTo("Chưa gắn văn bản của thư viện");

        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        assertThat(pick(member, UUID.randomUUID().toString())).hasStatus(403);
        assertThat(mvc.get().uri("/rules/no-such-kind/X/basis")).hasStatus(404);
        assertThat(mvc.get().uri("/rules/transfer-screening/NO-SUCH/basis")).hasStatus(404);
    }

    private MvcTestResult pick(String username, String documentId) {
        long row = drafts.row("transfer-screening", "ND76-2018").rowVersion();
        return mvc.post()
                .uri(VERSION + "/basis-document")
                .with(user(testUsers.principal(username)))
                .with(csrf())
                .param("documentId", documentId)
                .param("rowVersion", Long.toString(row))
                .exchange();
    }

    private MvcTestResult get(String username, String uri) {
        return mvc.get().uri(uri).with(user(testUsers.principal(username))).exchange();
    }

    private static Document html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
