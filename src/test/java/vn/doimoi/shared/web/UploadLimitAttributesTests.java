package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/** Signed-in pages carry the upload limits for upload-limit.js; anonymous readers' pages do not. */
@DoimoiSpringTest
class UploadLimitAttributesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Test
    void aSignedInPageCarriesTheLimitsAndTheirReasonsInVietnamese() throws Exception {
        String member = testUsers.create(Role.ORG_MEMBER);

        String page = html(MockMvcRequestBuilders.get("/")
                .with(SecurityMockMvcRequestPostProcessors.user(testUsers.principal(member))));

        assertThat(page)
                .contains("<script src=\"/js/upload-limit.js\" defer></script>")
                .contains("data-upload-file-max=\"20971520\"")
                .contains("data-upload-request-max=\"26214400\"")
                .contains("data-upload-file-message=\"Tệp quá lớn: tối đa 20 MB\"")
                .contains("data-upload-request-message=\"Dữ liệu gửi lên quá lớn: tổng các tệp tối đa 25 MB\"");
    }

    @Test
    void anAnonymousReadersPageStaysWithoutThem() throws Exception {
        String page = html(MockMvcRequestBuilders.get("/"));

        assertThat(page).contains("<body").doesNotContain("data-upload-").doesNotContain("upload-limit.js");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
