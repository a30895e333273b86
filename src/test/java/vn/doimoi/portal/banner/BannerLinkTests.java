package vn.doimoi.portal.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/** A banner leads only to this site or to an http(s) address (issue 16 #10). */
@DoimoiSpringTest
class BannerLinkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.test",
                "/\\evil.test",
                "/x\\..\\evil",
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,x",
                "/tin\ttuc",
                "https://",
                "https:/evil.test",
                "http://user@evil.test/",
                "evil.test"
            })
    void aLinkToAnotherHostOrAScriptIsRefusedWithAVietnameseMessage(String link) throws Exception {
        String title = "Banner lạ " + UUID.randomUUID().toString().substring(0, 6);

        MockHttpServletResponse response = post(title, link);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Liên kết phải là địa chỉ http:// hoặc https://, hoặc một đường dẫn trong trang");
        assertThat(jdbc.queryForObject("select count(*) from portal.banner where title = ?", Long.class, title))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tin-tuc", "https://example.vn/x", "http://example.vn", "/news/bai-viet?page=2"})
    void aSitePathOrAWebAddressIsAccepted(String link) throws Exception {
        String title = "Banner tốt " + UUID.randomUUID().toString().substring(0, 6);

        MockHttpServletResponse response = post(title, link);

        assertThat(response.getRedirectedUrl()).isEqualTo("/editor/banners");
        assertThat(jdbc.queryForObject("select link from portal.banner where title = ?", String.class, title))
                .isEqualTo(link);
    }

    private MockHttpServletResponse post(String title, String link) throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        return mvc.perform(MockMvcRequestBuilders.multipart("/editor/banners")
                        .file(new MockMultipartFile("image", "banner.png", "image/png", BannersAndImagesTests.PNG))
                        .param("title", title)
                        .param("link", link)
                        .param("position", "SIDE")
                        .param("activeFrom", LocalDate.now().minusDays(1).toString())
                        .with(csrf())
                        .with(user(testUsers.principal(editor))))
                .andReturn()
                .getResponse();
    }
}
