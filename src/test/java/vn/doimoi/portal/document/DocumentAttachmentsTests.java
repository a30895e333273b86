package vn.doimoi.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.portal.AttachmentSummary;
import vn.doimoi.portal.DocumentType;

/** An editor attaches the signed text to a document; a reader downloads it under its name. */
@DoimoiSpringTest
class DocumentAttachmentsTests {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Documents documents;

    @Autowired
    DocumentAttachments attachments;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "dt" + UUID.randomUUID().toString().substring(0, 6);

    private UUID document() {
        return documents.create(new DocumentData(
                DocumentType.PLAN,
                "12/KH-UBND-" + marker,
                "Ủy ban nhân dân tỉnh " + marker,
                null,
                LocalDate.of(2024, 3, 1),
                null,
                "Kế hoạch chuyển đổi số " + marker,
                null));
    }

    @Test
    void anAttachedPdfIsListedAndDownloadedWithItsVietnameseNameAndTypeAndAudited() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        UUID id = document();

        mvc.perform(MockMvcRequestBuilders.multipart("/editor/documents/" + id + "/attachments")
                .file(new MockMultipartFile("file", "Kế hoạch 12-KH.pdf", "application/octet-stream", PDF))
                .with(csrf())
                .with(user(testUsers.principal(editor))));

        List<AttachmentSummary> files = attachments.of(id);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("Kế hoạch 12-KH.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
        });
        String page = mvc.perform(MockMvcRequestBuilders.get("/documents/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"" + files.get(0).url() + "\"").contains("Kế hoạch 12-KH.pdf");

        MockHttpServletResponse download = mvc.perform(
                        MockMvcRequestBuilders.get(files.get(0).url()))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2012-KH.pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);

        List<String> actions = jdbc.queryForList(
                "select action from identity.audit_log where entity_type = 'portal.document' and entity_id = ? order by seq",
                String.class,
                id.toString());
        assertThat(actions).containsExactly("document.created", "document.attachmentAdded");
    }

    @Test
    void anHtmlFileNamedPdfIsRefusedAndNothingIsAttached() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        UUID id = document();

        String page = mvc.perform(MockMvcRequestBuilders.multipart("/editor/documents/" + id + "/attachments")
                        .file(new MockMultipartFile(
                                "file", "van-ban.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes()))
                        .with(csrf())
                        .with(user(testUsers.principal(editor))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Loại tệp không được chấp nhận");
        assertThat(attachments.of(id)).isEmpty();
    }

    @Test
    void anAttachmentOfAnotherDocumentIsNotFound() throws Exception {
        UUID first = document();
        UUID attachment = attachments.attach(first, "a.pdf", new java.io.ByteArrayInputStream(PDF), PDF.length);
        UUID other = documents.create(new DocumentData(
                DocumentType.DECISION,
                "99/QĐ-" + marker,
                "Sở Khoa học và Công nghệ " + marker,
                null,
                LocalDate.of(2024, 3, 2),
                null,
                "Quyết định khác " + marker,
                null));

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/documents/" + other + "/attachments/" + attachment))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
