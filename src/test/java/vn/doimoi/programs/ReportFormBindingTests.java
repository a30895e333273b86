package vn.doimoi.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/**
 * The agency's report form is a bound object (ADR 0038): a progress the form does not offer and a
 * version that is no number answer 400 with a Vietnamese message naming the field, never 500.
 */
@DoimoiSpringTest
class ReportFormBindingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Test
    void aProgressTheFormDoesNotOfferAnswers400InVietnamese() throws Exception {
        MockHttpServletResponse response = submit("progress", "XONG_SOM");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("không hợp lệ cho tham số").contains("progress");
    }

    @Test
    void aVersionThatIsNoNumberAnswers400InVietnamese() throws Exception {
        MockHttpServletResponse response = submit("version", "mot");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("không hợp lệ cho tham số").contains("version");
    }

    private MockHttpServletResponse submit(String field, String value) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period", "2026-Q2");
        fields.put("progress", "IN_PROGRESS");
        fields.put("narrative", "Báo cáo thử.");
        fields.put("figures[value-" + UUID.randomUUID() + "]", "12,5");
        fields.put(field, value);
        var request = post("/programs/reports/assignments/" + UUID.randomUUID() + "/new")
                .with(csrf())
                .with(user(testUsers.principal(testUsers.create(Role.STAFF))));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
