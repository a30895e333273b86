package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/**
 * Issue 16 #13: Prometheus scrapes with a credential of its own (configured in
 * application-test.properties as a bcrypt hash) that opens the metrics and nothing else.
 */
@DoimoiSpringTest
class PrometheusScrapeTests {

    private static final String SCRAPER = "prometheus";
    private static final String SCRAPER_PASSWORD = "scrape-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Test
    void prometheusScrapesTheMetricsWithItsOwnCredentialWithoutOpeningASession() throws Exception {
        // when Prometheus scrapes with its credential
        var result = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
                .andReturn();
        MockHttpServletResponse response = result.getResponse();

        // then it reads the metrics as text, and no session is kept for it
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString()).contains("# HELP").contains("jvm_");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void theScrapeCredentialOpensNoOtherRoute() throws Exception {
        // when the same credential is tried elsewhere
        MockHttpServletResponse actuator = scrape(MockMvcRequestBuilders.get("/actuator"));
        MockHttpServletResponse users = scrape(MockMvcRequestBuilders.get("/admin/users"));
        MockHttpServletResponse audit = scrape(MockMvcRequestBuilders.get("/admin/audit"));

        // then each is refused as for a visitor who is not signed in
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {actuator, users, audit}) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }

    @Test
    void theMetricsAreRefusedWithoutACredentialOrWithAWrongOne() throws Exception {
        MockHttpServletResponse none = mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse wrong = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").with(httpBasic(SCRAPER, "not-the-password")))
                .andReturn()
                .getResponse();

        assertThat(none.getStatus()).isEqualTo(302);
        assertThat(none.getRedirectedUrl()).endsWith("/login");
        assertThat(wrong.getStatus()).isEqualTo(401);
    }

    @Test
    void aUserAccountCannotScrapeWithHttpBasic() throws Exception {
        // given a real administrator, whose password would open the metrics in a signed-in session
        String admin = testUsers.create(Role.ADMIN);

        // when they try HTTP Basic instead (no login throttling would guard it)
        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").with(httpBasic(admin, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse();

        // then
        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void signedInAdministratorsKeepReadingTheMetricsAndOtherRolesDoNot() throws Exception {
        var admin = testUsers.principal(testUsers.create(Role.ADMIN));
        var staff = testUsers.principal(testUsers.create(Role.STAFF));

        MockHttpServletResponse asAdmin = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").with(user(admin)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse asStaff = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").with(user(staff)))
                .andReturn()
                .getResponse();

        assertThat(asAdmin.getStatus()).isEqualTo(200);
        assertThat(asStaff.getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse scrape(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
                .andReturn()
                .getResponse();
    }
}
