package vn.doimoi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.document.DocumentAttachments;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;

/**
 * Issue 18 #7: the seed article, document 54-CTr/TU and the programme link to each other from
 * their data; editors narrow their desk and attach files on the document form itself; a call's
 * field codes come with their names.
 */
@DoimoiSpringTest
class PortalJourneyTests {

    static final String PROGRAMME = "/programs/00000054-0000-4000-8000-000000000000";
    static final String DOCUMENT = "/documents/6a1f3c1e-0000-4000-8000-000000000201";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Articles articles;

    @Autowired
    DocumentAttachments attachments;

    @Autowired
    Documents documents;

    @Autowired
    CallRepository calls;

    @Test
    void theSeedArticleTheDocumentAndTheProgrammeLinkToEachOther() throws Exception {
        // the programme records 54-CTr/TU as its basis: its page links the document and the article citing it
        List<String> fromProgramme = references(PROGRAMME);
        assertThat(fromProgramme).contains(DOCUMENT);
        String article = fromProgramme.stream()
                .filter(url -> url.startsWith("/news/"))
                .findFirst()
                .orElseThrow();

        // the document's page links the programme and the article
        assertThat(references(DOCUMENT)).contains(PROGRAMME, article);

        // the article cites the number in its text: its page links the document and the programme
        assertThat(references(article)).contains(DOCUMENT, PROGRAMME).doesNotContain(article);
    }

    @Test
    void editorsNarrowTheirDeskByWordsStateCategoryAndAuthor() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID category = articles.categories().get(0).id();
        UUID draft = articles.create(new ArticleData("Sen đá " + marker, null, "<p>Nháp</p>", "Lê Văn Tám", category));
        UUID published = articles.create(
                new ArticleData("Sen đá " + marker + " đã đăng", null, "<p>Đăng</p>", "Võ Thị Sáu", category));
        articles.publish(published, articles.editable(published).version());
        String editor = testUsers.create(Role.EDITOR);

        assertThat(desk(editor, "q", "SEN ĐÁ " + marker)).containsExactlyInAnyOrder(draft, published);
        assertThat(desk(editor, "q", marker, "status", "DRAFT")).containsExactly(draft);
        assertThat(desk(editor, "q", marker, "author", "thị sáu")).containsExactly(published);
        assertThat(desk(editor, "q", marker, "category", category.toString())).hasSize(2);
        assertThat(desk(editor, "q", marker + "%")).isEmpty();
        mvc.perform(get("/editor/articles").param("status", "GONE").with(user(testUsers.principal(editor))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEditorAttachesFilesOnTheDocumentFormItself() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        MockMultipartFile pdf = new MockMultipartFile(
                "files",
                "quyet-dinh.pdf",
                "application/pdf",
                "%PDF-1.4\n% quyết định\n".getBytes(StandardCharsets.UTF_8));
        MockMultipartFile forged = new MockMultipartFile(
                "files", "phu-luc.pdf", "application/pdf", "<html>giả</html>".getBytes(StandardCharsets.UTF_8));

        // when the editor saves a new document with a PDF chosen on the form
        String saved = mvc.perform(documentForm("/editor/documents/new", marker, "1", editor)
                        .file(pdf)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        // then the document is saved with its file
        assertThat(saved).startsWith("/documents/");
        UUID id = UUID.fromString(saved.substring("/documents/".length()));
        assertThat(attachments.of(id)).extracting(AttachmentSummary::fileName).containsExactly("quyet-dinh.pdf");
        assertThat(Jsoup.parse(body(get(saved))).select(".attachments").text()).contains("quyet-dinh.pdf");

        // when a forged file comes with an edit, the edit is kept, the file refused with the reason
        String back = mvc.perform(documentForm("/editor/documents/" + id, marker, "2", editor)
                        .file(forged)
                        .param("version", String.valueOf(documents.editable(id).version())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).isEqualTo("/editor/documents/" + id);
        assertThat(attachments.of(id)).hasSize(1);
    }

    @Test
    void aCallsFieldCodesComeWithTheirNames() throws Exception {
        UUID call = ApprovedTasks.openCall(calls);
        assertThat(Jsoup.parse(body(get("/calls/" + call)))
                        .select("#call-fields")
                        .text())
                .isEqualTo("401 — Trồng trọt");
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder documentForm(
            String url, String marker, String sequence, String editor) {
        return multipart(url)
                .param("type", "DECISION")
                .param("number", sequence + "/QĐ-PT-" + marker)
                .param("issuingBody", "Ủy ban nhân dân tỉnh")
                .param("issuedOn", "01/03/2026")
                .param("title", "Quyết định thử " + marker)
                .with(csrf())
                .with(user(testUsers.principal(editor)));
    }

    private List<UUID> desk(String editor, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/editor/articles").with(user(testUsers.principal(editor)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(body(request)).select("#desk tbody a[href^=/editor/articles/]").stream()
                .map(a -> UUID.fromString(a.attr("href").substring("/editor/articles/".length())))
                .toList();
    }

    private List<String> references(String page) throws Exception {
        Document html = Jsoup.parse(body(get(page)));
        return html.select("#references a").stream().map(a -> a.attr("href")).toList();
    }

    private String body(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
