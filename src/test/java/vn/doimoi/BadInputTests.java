package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.identity.Role;

/**
 * Each kind of hostile input the probe of issue 16 turned into a 500 now answers 400 with a
 * Vietnamese message: a page (never JSON) for a form, an RFC 9457 problem under {@code /api/**}.
 */
@DoimoiSpringTest
class BadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Test
    void nulByteInAFormFieldAnswersAPageNamingTheField() throws Exception {
        // given a member's proposal whose title hides a NUL byte
        var post = MockMvcRequestBuilders.post("/proposals/new")
                .param("title", "Đề xuất\u0000ẩn")
                .param("problem", "Vấn đề")
                .accept(MediaType.TEXT_HTML);

        // when it is sent
        MockHttpServletResponse response = send(post, Role.ORG_MEMBER);

        // then a 400 page says which field holds the forbidden character
        assertPage(response, 400).contains("chứa ký tự điều khiển").contains("title");
    }

    @Test
    void nulByteInAnApiQueryAnswersAVietnameseProblem() throws Exception {
        MockHttpServletResponse response =
                send(MockMvcRequestBuilders.get("/api/v1/search").param("q", "a\u0000b"), null);

        assertProblem(response).contains("Trường \\\"q\\\" chứa ký tự điều khiển");
    }

    @Test
    void unknownTaskTypeInTheCallFormShowsTheFormAgainWith400() throws Exception {
        var post = MockMvcRequestBuilders.post("/staff/tasks/calls/new")
                .param("title", "Đặt hàng thử " + UUID.randomUUID())
                .param("type", "KHONG_CO")
                .param("method", "COMPETITION");

        MockHttpServletResponse response = send(post, Role.STAFF);

        assertPage(response, 400)
                .contains("KHONG_CO")
                .contains("không hợp lệ cho tham số")
                .contains("type");
    }

    @Test
    void unknownPriorityAreaInTheProposalFormShowsTheFormAgainWith400() throws Exception {
        var post = MockMvcRequestBuilders.post("/proposals/new")
                .param("title", "Đề xuất thử")
                .param("problem", "Vấn đề")
                .param("priorityArea", "KHONG_CO");

        MockHttpServletResponse response = send(post, Role.ORG_MEMBER);

        assertPage(response, 400).contains("không hợp lệ cho tham số").contains("priorityArea");
    }

    @Test
    void unknownIpStatusInTheListingFormMarksTheField() throws Exception {
        var post = MockMvcRequestBuilders.post("/market/my/listings/new")
                .param("kind", "OFFER")
                .param("title", "Công nghệ thử")
                .param("summary", "Tóm tắt")
                .param("ipStatus", "KHONG_CO")
                .param("validUntil", "2027-12-31");

        MockHttpServletResponse response = send(post, Role.ORG_MEMBER);

        assertPage(response, 400).contains("Vui lòng chọn một giá trị trong danh sách.");
    }

    @Test
    void hugePageOnTheNewsAnswers400Page() throws Exception {
        MockHttpServletResponse response =
                send(MockMvcRequestBuilders.get("/news").param("page", "100000000"), null);

        assertPage(response, 400).contains("Số trang không hợp lệ");
    }

    @Test
    void hugePageOnTheMarketApiAnswersAProblem() throws Exception {
        MockHttpServletResponse response =
                send(MockMvcRequestBuilders.get("/api/v1/market/listings").param("page", "999999999999"), null);

        assertProblem(response).contains("Số trang không hợp lệ: chỉ có các trang từ 0 đến 10.000.");
    }

    @Test
    void textLongerThanItsColumnAnswers400() throws Exception {
        // given a category name far longer than its column
        var post = MockMvcRequestBuilders.post("/editor/categories").param("name", "Chuyên mục ".repeat(7_000));

        MockHttpServletResponse response = send(post, Role.EDITOR);

        assertPage(response, 400).contains("Tối đa 200 ký tự.");
    }

    @Test
    void malformedFilenameStarInAnUploadAnswers400Page() throws Exception {
        // given an import whose file part names itself with a broken RFC 5987 filename*
        MockPart part = new MockPart("file", "nội dung".getBytes(StandardCharsets.UTF_8));
        part.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, "form-data; name=\"file\"; filename*=UTF-8''%ZZ%");
        var post = MockMvcRequestBuilders.post("/admin/organisations/import")
                .contentType("multipart/form-data; boundary=ranh-gioi")
                .accept(MediaType.TEXT_HTML)
                .with(request -> {
                    request.addPart(part);
                    return request;
                });

        MockHttpServletResponse response = send(post, Role.STAFF);

        assertPage(response, 400).contains("Không đọc được dữ liệu tải lên");
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, Role role) throws Exception {
        if (role != null) {
            request.with(user(testUsers.principal(testUsers.create(role))));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertPage(MockHttpServletResponse response, int status)
            throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return assertThat(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(MockHttpServletResponse response)
            throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return assertThat(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
