package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.user.UserAccounts;

@DoimoiSpringTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccounts users;

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
        // given an administrator
        var admin = testUsers.principal(testUsers.create(Role.ADMIN));

        // when they post a new organisation without the token, then with it
        var without = mvc.perform(MockMvcRequestBuilders.post("/admin/organisations/new")
                        .with(user(admin))
                        .param("type", "ENTERPRISE")
                        .param("name", "Công ty không có mã CSRF")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        var with = mvc.perform(MockMvcRequestBuilders.post("/admin/organisations/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("type", "ENTERPRISE")
                        .param("name", "Công ty có mã CSRF")
                        .param("version", "0"))
                .andReturn()
                .getResponse();

        // then
        assertThat(without.getStatus()).isEqualTo(403);
        assertThat(with.getStatus()).isEqualTo(302);
        assertThat(with.getRedirectedUrl()).startsWith("/organisations/");
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        String username = testUsers.create(Role.EXPERT);

        MockHttpServletResponse response = signIn(username, TestUsers.PASSWORD);

        assertThat(response.getRedirectedUrl()).isEqualTo("/me");
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        // given a user an administrator has disabled
        String username = testUsers.create(Role.EXPERT);
        var editable = users.editable(testUsers.id(username));
        var user = editable.user();
        users.update(
                user.id(),
                editable.version(),
                new UserAccounts.UserData(user.displayName(), user.email(), EnumSet.copyOf(user.roles()), null, false));

        // when they sign in with the right password
        MockHttpServletResponse response = signIn(username, TestUsers.PASSWORD);

        // then they are not signed in, and told only what every failed sign-in is told (issue 16)
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=bad");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(MockMvcRequestBuilders.get("/")).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theApiDocumentationIsPublic() throws Exception {
        // Swagger UI's files are static resources, outside the handler mappings the matrix reads.
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/api/swagger-ui/index.html"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse spec =
                mvc.perform(MockMvcRequestBuilders.get("/api/docs")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(spec.getStatus()).isEqualTo(200);
        assertThat(spec.getContentAsString()).contains("/api/v1/search").contains("/api/v1/organisations");
    }

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn()
                .getResponse();
    }
}
