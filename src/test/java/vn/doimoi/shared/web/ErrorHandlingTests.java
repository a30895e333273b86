package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;

/** People get Vietnamese error pages; API clients get RFC 9457 problems. */
@DoimoiSpringTest
class ErrorHandlingTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownOrganisationPageIsAVietnamese404Page() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/organisations/" + UUID.randomUUID())
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"vi\"")
                .contains("Không tìm thấy");
    }

    @Test
    void theErrorPageSpeaksEnglishWhenAskedTo() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/organisations/" + UUID.randomUUID())
                        .param("lang", "en")
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();

        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"en\"")
                .contains("No organisation");
    }

    @Test
    void anUnknownRecordInTheApiIsAProblemDetail() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/organisations/" + UUID.randomUUID()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":404")
                .contains("\"title\":\"Không tìm thấy trang\"");
    }

    @Test
    void aMalformedIdInTheApiIsA400ProblemNotAStackTrace() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/organisations/not-a-uuid"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Exception")
                .doesNotContain("Failed to convert")
                .contains("Giá trị \\\"not-a-uuid\\\" không hợp lệ cho tham số \\\"id\\\"");
    }

    @Test
    void signingInIsRequiredForTheApiAsAProblemInVietnamese() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/not-public"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Chưa đăng nhập");
    }
}
