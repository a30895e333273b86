package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.document.DocumentData;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.SupervisionTests;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;
import vn.doimoi.projects.tasks.TaskRepository;

/**
 * Issue 18 #9 and "Tests": notes meant for developers ("chưa đối chiếu", "cần kiểm tra",
 * "unverified", TODO, FIXME) never reach a reader: not on any public page ({@link PublicPages}'
 * lists, the pages they link to, and the detail pages of a task, call, document and article made
 * here), and not in any PDF the application generates for a task or a programme. Read through
 * MockMvc (no browser needed), with the same walk as the browser tests.
 */
@DoimoiSpringTest
class InternalMarkersTests {

    private static final Pattern MARKERS =
            Pattern.compile("chưa đối chiếu|cần kiểm tra|unverified|\\bTODO\\b|\\bFIXME\\b", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskRepository tasks;

    @Autowired
    TaskExecutions executions;

    @Autowired
    Documents documents;

    @Autowired
    Articles articles;

    @Test
    void noPublicPageCarriesANoteForDevelopers() throws Exception {
        // given a task, an open call, a document and an article of the test's own
        TaskApproved task = ApprovedTasks.approved(calls, dossiers, tasks, testUsers.organisation());
        UUID call = ApprovedTasks.openCall(calls);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID document = documents.create(new DocumentData(
                DocumentType.DECISION,
                "12/QĐ-KT-" + marker,
                "Ủy ban nhân dân tỉnh",
                "Chủ tịch",
                LocalDate.of(2026, 3, 1),
                null,
                "Quyết định kiểm thử " + marker,
                "Tóm tắt"));
        UUID article = articles.create(new ArticleData(
                "Bài viết kiểm thử " + marker,
                "Mở đầu",
                "<p>Nội dung bài viết.</p>",
                "Ban biên tập",
                articles.categories().get(0).id()));
        articles.publish(article, articles.editable(article).version());

        // when a reader walks the public lists, what they link to, and those detail pages
        Set<String> pages = new LinkedHashSet<>(PublicPages.LISTS);
        for (String list : PublicPages.LISTS) {
            pages.addAll(linkedFrom(list));
        }
        pages.add("/tasks/" + task.taskId());
        pages.add("/calls/" + call);
        pages.add("/documents/" + document);
        pages.add("/news/by-id/" + article);

        // then none shows a developer's note
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            MockHttpServletResponse response =
                    mvc.perform(get(page)).andReturn().getResponse();
            if (response.getStatus() == 302 && response.getRedirectedUrl() != null) {
                response = mvc.perform(get(response.getRedirectedUrl()))
                        .andReturn()
                        .getResponse();
            }
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            String text = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                    .text();
            MARKERS.matcher(text).results().forEach(m -> found.add(page + ": " + m.group()));
        }
        assertThat(pages).hasSizeGreaterThan(PublicPages.LISTS.size() + 4);
        assertThat(found).isEmpty();
    }

    @Test
    void noGeneratedPdfCarriesANoteForDevelopers() throws Exception {
        // given a task with a signed contract whose acceptance council passed it
        UUID host = testUsers.organisation();
        CurrentUser staff = new CurrentUser(new UserId(UUID.randomUUID()), "canbo-pdf", EnumSet.of(Role.STAFF), null);
        CurrentUser member =
                new CurrentUser(new UserId(UUID.randomUUID()), "chunhiem-pdf", EnumSet.of(Role.ORG_MEMBER), host);
        UUID task = SignedTasks.inProgress(executions, staff, host);
        executions.submitAcceptance(
                member, task, "Báo cáo tổng hợp", "Tóm tắt", "Tài chính", "Đạt", List.of(), SignedTasks.CONTRIBUTIONS);
        UUID product = executions.task(staff, task).products().get(0).id();
        executions.concludeAcceptance(
                staff,
                task,
                Map.of(product, new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED)),
                Grade.PASSED,
                "Đạt yêu cầu");
        String staffUser = testUsers.create(Role.STAFF);

        // when STAFF downloads the contract, the acceptance minutes and a programme's summary
        List<String> found = new ArrayList<>();
        for (String pdf : List.of(
                "/execution/tasks/" + task + "/contract.pdf",
                "/execution/tasks/" + task + "/minutes.pdf",
                "/programs/manage/00000054-0000-4000-8000-000000000000/summary.pdf?period=2026-Q3")) {
            MockHttpServletResponse response = mvc.perform(get(pdf).with(user(testUsers.principal(staffUser))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(pdf).isEqualTo(200);
            assertThat(response.getContentType()).as(pdf).isEqualTo("application/pdf");
            String text = SupervisionTests.pdfText(response.getContentAsByteArray());
            assertThat(text.toLowerCase(Locale.ROOT)).as(pdf).isNotBlank();
            MARKERS.matcher(text).results().forEach(m -> found.add(pdf + ": " + m.group()));
        }

        // then none carries a developer's note
        assertThat(found).isEmpty();
    }

    private List<String> linkedFrom(String list) throws Exception {
        String html = body(get(list));
        List<String> links = new ArrayList<>();
        for (Element link : Jsoup.parse(html).select("main a[href^='/']")) {
            String path = link.attr("href");
            if (!PublicPages.notAPage(path) && !links.contains(path) && links.size() < 12) {
                links.add(path);
            }
        }
        return links;
    }

    private String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
